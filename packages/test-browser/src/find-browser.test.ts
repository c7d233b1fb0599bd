import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.js';

const noPacked = () => undefined;
const never = () => Promise.reject(new Error('unpack must not be called'));

describe('findBrowser lookup order', () => {
  it('takes CHROMIUM_PATH first, even when a system browser exists', async () => {
    const found = await findBrowser({
      env: { CHROMIUM_PATH: '/opt/my/chrome', PATH: '/usr/bin' },
      platform: 'linux',
      isExecutable: () => true,
      unpack: never,
    });
    expect(found).toMatchObject({ executablePath: '/opt/my/chrome', source: 'env' });
    expect(found.args).toContain('--no-sandbox');
  });

  it('refuses a CHROMIUM_PATH that is not executable instead of silently using another browser', async () => {
    await expect(
      findBrowser({
        env: { CHROMIUM_PATH: '/nope/chrome', PATH: '/usr/bin' },
        isExecutable: (p) => p !== '/nope/chrome',
      }),
    ).rejects.toThrow('CHROMIUM_PATH=/nope/chrome is not an executable file.');
  });

  it('then a Chromium on PATH, in PATH order', async () => {
    const found = await findBrowser({
      env: { PATH: '/home/me/bin:/usr/local/bin' },
      platform: 'linux',
      arch: 'x64',
      isExecutable: (p) => p === '/usr/local/bin/google-chrome' || p === '/usr/bin/chromium',
      unpack: never,
    });
    expect(found).toMatchObject({ executablePath: '/usr/local/bin/google-chrome', source: 'system' });
  });

  it('then the usual install location (macOS Chrome.app)', async () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const found = await findBrowser({
      env: { PATH: '/usr/bin' },
      platform: 'darwin',
      isExecutable: (p) => p === chrome,
    });
    expect(found).toMatchObject({ executablePath: chrome, source: 'system' });
  });

  it('then the Chromium inside @sparticuz/chromium on linux-x64', async () => {
    const found = await findBrowser({
      env: { PATH: '/usr/bin' },
      platform: 'linux',
      arch: 'x64',
      isExecutable: () => false,
      packedBinDir: () => '/pkg/bin',
      unpack: async (bin) => `${bin}/unpacked/chrome`,
    });
    expect(found).toMatchObject({ executablePath: '/pkg/bin/unpacked/chrome', source: 'npm-package' });
  });

  it.each([
    ['darwin', 'arm64'],
    ['linux', 'arm64'],
    ['win32', 'x64'],
  ] as const)('fails with one line naming CHROMIUM_PATH when nothing fits (%s-%s)', async (platform, arch) => {
    const error = await findBrowser({
      env: { PATH: '/usr/bin' },
      platform,
      arch,
      isExecutable: () => false,
      packedBinDir: () => '/pkg/bin',
      unpack: never,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toContain('CHROMIUM_PATH');
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
  });

  it('fails the same way on linux-x64 when the npm package is missing', async () => {
    await expect(
      findBrowser({ env: {}, platform: 'linux', arch: 'x64', isExecutable: () => false, packedBinDir: noPacked }),
    ).rejects.toThrow(NO_BROWSER_MESSAGE);
  });
});
