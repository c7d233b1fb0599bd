import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheRoot, unpackPackedChromium } from './packed-chromium.js';

// A stand-in for @sparticuz/chromium's bin/ directory: a tiny "browser" and two tiny tarballs, brotli-packed.
function fakeBinDir(root: string, browser: string): string {
  const bin = join(root, 'bin');
  const content = join(root, 'content');
  mkdirSync(join(content, 'lib'), { recursive: true });
  writeFileSync(join(content, 'lib', 'libfake.so'), 'lib');
  mkdirSync(bin);
  writeFileSync(join(bin, 'chromium.br'), brotliCompressSync(Buffer.from(browser)));
  const tar = (dir: string) => execFileSync('tar', ['--format=ustar', '-cf', '-', '-C', dir, '.']);
  writeFileSync(join(bin, 'al2023.tar.br'), brotliCompressSync(tar(content)));
  writeFileSync(join(bin, 'fonts.tar.br'), brotliCompressSync(tar(join(content, 'lib'))));
  return bin;
}

describe('unpackPackedChromium', () => {
  let root: string;
  let bin: string;
  let cache: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'packed-chromium-'));
    bin = fakeBinDir(root, '#!/bin/sh\necho fake\n');
    cache = join(root, 'cache');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('unpacks the browser, its libraries and a launcher, and leaves no lock or staging behind', async () => {
    const launcher = await unpackPackedChromium(bin, cache);
    const dir = join(launcher, '..');
    expect(readFileSync(join(dir, 'chromium'), 'utf8')).toBe('#!/bin/sh\necho fake\n');
    expect(existsSync(join(dir, 'lib', 'libfake.so'))).toBe(true);
    expect(execFileSync(launcher, { encoding: 'utf8' })).toBe('fake\n');
    expect(readdirSync(cache)).toEqual([dir.split('/').at(-1)]);
  });

  it('waits while another process holds the lock, then uses its copy', async () => {
    const first = await unpackPackedChromium(bin, cache);
    const dir = join(first, '..');
    rmSync(join(dir, 'ready'));
    mkdirSync(`${dir}.lock`); // "another process" is unpacking
    let settled = false;
    const waiting = unpackPackedChromium(bin, cache).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(settled).toBe(false);
    writeFileSync(join(dir, 'ready'), ''); // it finished
    rmSync(`${dir}.lock`, { recursive: true });
    await expect(waiting).resolves.toBe(first);
  });

  it('takes over a stale lock and replaces a copy that never got its ready marker', async () => {
    const first = await unpackPackedChromium(bin, cache);
    const dir = join(first, '..');
    rmSync(join(dir, 'ready'));
    writeFileSync(join(dir, 'chromium'), 'half a binary');
    mkdirSync(`${dir}.lock`);
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(`${dir}.lock`, old, old);
    await expect(unpackPackedChromium(bin, cache)).resolves.toBe(first);
    expect(readFileSync(join(dir, 'chromium'), 'utf8')).toBe('#!/bin/sh\necho fake\n');
    expect(existsSync(join(dir, 'ready'))).toBe(true);
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it('fails with one message naming the cache setting and CHROMIUM_PATH when it cannot unpack', async () => {
    writeFileSync(join(bin, 'al2023.tar.br'), 'not brotli');
    await expect(unpackPackedChromium(bin, cache)).rejects.toThrow(/PLIVO_VERIFY_CHROMIUM_CACHE.*CHROMIUM_PATH/);
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('defaultCacheRoot', () => {
  it('takes PLIVO_VERIFY_CHROMIUM_CACHE, else node_modules/.cache beside this package', () => {
    expect(defaultCacheRoot({ PLIVO_VERIFY_CHROMIUM_CACHE: '/somewhere' })).toBe('/somewhere');
    expect(defaultCacheRoot({})).toMatch(/test-browser\/node_modules\/\.cache$/);
  });
});
