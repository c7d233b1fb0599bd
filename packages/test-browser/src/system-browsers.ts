import { delimiter, join } from 'node:path';

/** Executable names tried on PATH, most specific first. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The usual install locations when nothing is on PATH. */
const KNOWN_LOCATIONS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** Candidate paths for a system Chromium/Chrome, in lookup order (PATH first, then known locations). */
export function systemBrowserCandidates(platform: NodeJS.Platform, pathVariable: string | undefined): string[] {
  const fromPath: string[] = [];
  if (platform !== 'win32') {
    for (const dir of (pathVariable ?? '').split(delimiter)) {
      if (dir === '') continue;
      for (const name of PATH_NAMES) fromPath.push(join(dir, name));
    }
  }
  return [...fromPath, ...(KNOWN_LOCATIONS[platform] ?? [])];
}
