import { accessSync, constants } from 'node:fs';
import { packedChromiumBinDir, packedChromiumSupported, unpackPackedChromium } from './packed-chromium.js';
import { systemBrowserCandidates } from './system-browsers.js';

export interface FoundBrowser {
  /** The executable to give playwright-core's `chromium.launch({ executablePath })`. */
  executablePath: string;
  /** Flags suited to headless test runs (no sandbox for root/containers, no background network). */
  args: string[];
  /** Where it came from: `CHROMIUM_PATH`, a system install, or the Chromium inside `@sparticuz/chromium`. */
  source: 'env' | 'system' | 'npm-package';
}

/** Seams for tests; every field defaults to the running process. */
export interface FindBrowserOptions {
  env?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
  arch?: string;
  isExecutable?: (path: string) => boolean;
  packedBinDir?: () => string | undefined;
  unpack?: (binDir: string) => Promise<string>;
}

export const BROWSER_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium or Chrome found for the browser tests: set CHROMIUM_PATH to a Chrome/Chromium executable, or install ' +
  'one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask google-chrome; Windows: install Google ' +
  'Chrome); the bundled fallback (@sparticuz/chromium) covers linux-x64 only.';

function defaultIsExecutable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a browser for the project's browser tests, in this order: `CHROMIUM_PATH`; a system Chromium/Chrome on
 * PATH or at the usual Linux/macOS/Windows locations; the Chromium inside the `@sparticuz/chromium` npm package
 * (linux-x64). Throws one line naming `CHROMIUM_PATH` when none fits: a browser test must fail, never skip.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<FoundBrowser> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const isExecutable = options.isExecutable ?? defaultIsExecutable;
  const args = [...BROWSER_ARGS];

  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    // An explicit choice that is wrong is an error, not a reason to pick something else.
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return { executablePath: fromEnv, args, source: 'env' };
  }
  for (const candidate of systemBrowserCandidates(platform, env.PATH ?? env.Path)) {
    if (isExecutable(candidate)) return { executablePath: candidate, args, source: 'system' };
  }
  if (packedChromiumSupported(platform, arch)) {
    const binDir = (options.packedBinDir ?? packedChromiumBinDir)();
    if (binDir !== undefined) {
      const executablePath = await (options.unpack ?? unpackPackedChromium)(binDir);
      return { executablePath, args, source: 'npm-package' };
    }
  }
  throw new Error(NO_BROWSER_MESSAGE);
}
