import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { type FindBrowserOptions, findBrowser } from './find-browser.js';

/** Launches the browser `findBrowser()` picks (headless); extra `args` are appended to the defaults. */
export async function launchBrowser(options: LaunchOptions & { find?: FindBrowserOptions } = {}): Promise<Browser> {
  const { find, args = [], ...launchOptions } = options;
  const found = await findBrowser(find);
  return chromium.launch({ ...launchOptions, executablePath: found.executablePath, args: [...found.args, ...args] });
}
