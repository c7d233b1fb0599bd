import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import {
  defaultCacheRoot,
  packedChromiumBinDir,
  packedChromiumSupported,
  unpackPackedChromium,
} from './packed-chromium.js';

describe('launchBrowser on this machine', () => {
  it('launches the browser findBrowser picks and renders a page', async () => {
    const found = await findBrowser();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="x">hello</p><script>document.title = String(6 * 7)</script>');
      await expect(page.title()).resolves.toBe('42');
      await expect(page.locator('#x').textContent()).resolves.toBe('hello');
    } finally {
      await browser.close();
    }
    expect(['env', 'system', 'npm-package']).toContain(found.source);
  });
});

// The npm fallback, exercised even where a system browser exists (CI passes one through CHROMIUM_PATH).
describe.runIf(packedChromiumSupported(process.platform, process.arch))(
  'the Chromium inside @sparticuz/chromium',
  () => {
    it('unpacks once per cache directory, also when two processes race, and runs', async () => {
      const binDir = packedChromiumBinDir();
      expect(binDir).toBeDefined();
      // On the same disk as the real cache (not /tmp, which can be a small tmpfs on CI machines).
      const cache = mkdtempSync(join(defaultCacheRoot(), 'race-'));
      try {
        const [a, b] = await Promise.all([
          unpackPackedChromium(binDir as string, cache),
          unpackPackedChromium(binDir as string, cache),
        ]);
        expect(a).toBe(b);
        // One copy, no staging directory or lock left behind.
        expect(readdirSync(cache)).toEqual([a.split('/').at(-2)]);
        const version = execFileSync(a, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' });
        expect(version).toMatch(/^(Chromium|Google Chrome|HeadlessChrome)?\s*\S*\s*143\./);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    });
  },
);
