import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { extractTar } from './ustar.js';

/** The npm fallback only ships a linux-x64 binary. */
export function packedChromiumSupported(platform: NodeJS.Platform, arch: string): boolean {
  return platform === 'linux' && arch === 'x64';
}

/** Where @sparticuz/chromium keeps its brotli-packed browser, or undefined when the package is not installed. */
export function packedChromiumBinDir(): string | undefined {
  try {
    // build/cjs/index.cjs -> ../../bin
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    const bin = join(dirname(entry), '..', '..', 'bin');
    return existsSync(join(bin, 'chromium.br')) ? bin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the unpacked browser is cached: `PLIVO_VERIFY_CHROMIUM_CACHE`, else this package's `node_modules/.cache`
 * (on the checkout's disk, which can run programs), else the temporary directory. `/tmp` can be a small or
 * `noexec` tmpfs on CI machines, and the browser is ~190 MB.
 */
export function defaultCacheRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const fromEnv = env.PLIVO_VERIFY_CHROMIUM_CACHE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  // src/ (tests) and dist/ (built) are both one level below the package directory.
  const nodeModules = fileURLToPath(new URL('../node_modules', import.meta.url));
  const cache = join(nodeModules, '.cache');
  try {
    mkdirSync(cache, { recursive: true });
    accessSync(cache, constants.W_OK);
    return cache;
  } catch {
    return tmpdir();
  }
}

const LOCK_STALE_MS = 10 * 60_000;

/** Takes the unpack lock (a directory: atomic everywhere), or waits until another process has finished. */
async function lockOrWait(dir: string, owner: string): Promise<'locked' | 'ready'> {
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, 'ready'))) return 'ready';
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner'), owner);
      return 'locked';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A process that died mid-unpack leaves its lock behind; take it over after a generous while.
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The holder removed it meanwhile: try again.
      }
      await sleep(200);
    }
  }
}

function readOwner(lock: string): string | undefined {
  try {
    return readFileSync(join(lock, 'owner'), 'utf8');
  } catch {
    return undefined;
  }
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * Unpacks the Chromium inside @sparticuz/chromium once into a private cache directory and returns a launcher
 * script that runs it with the NSS libraries and fonts shipped beside it (so it needs nothing from the system).
 * One process unpacks while the others wait (a lock directory), into a staging directory renamed into place, so
 * no process sees half a binary and the disk holds at most one copy in progress.
 */
export async function unpackPackedChromium(binDir: string, cacheRoot = defaultCacheRoot()): Promise<string> {
  const packed = join(binDir, 'chromium.br');
  const key = `${statSync(packed).size.toString(36)}-${process.getuid?.() ?? 0}`;
  const dir = join(cacheRoot, `plivo-verify-chromium-${key}`);
  const launcher = join(dir, 'chrome');
  if (existsSync(join(dir, 'ready'))) return launcher;
  await mkdir(cacheRoot, { recursive: true });
  const owner = `${process.pid}-${randomBytes(4).toString('hex')}`;
  if ((await lockOrWait(dir, owner)) === 'ready') return launcher;

  const staging = `${dir}.${owner}`;
  try {
    if (existsSync(join(dir, 'ready'))) return launcher;
    // A copy without its marker is an earlier unpack that died before the rename finished: start over.
    rmSync(dir, { recursive: true, force: true });
    await mkdir(join(staging, 'fonts'), { recursive: true });
    await pipeline(
      createReadStream(packed),
      createBrotliDecompress(),
      createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
    );
    extractTar(brotliDecompressSync(readFileSync(join(binDir, 'al2023.tar.br'))), staging);
    extractTar(brotliDecompressSync(readFileSync(join(binDir, 'fonts.tar.br'))), join(staging, 'fonts'));
    // The system's fonts when it has any, plus the Open Sans shipped in the package for machines without.
    await writeFile(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
        `  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    await writeFile(
      join(staging, 'chrome'),
      `#!/bin/sh\n# Runs the Chromium unpacked from @sparticuz/chromium with its own libraries and fonts.\n` +
        `export LD_LIBRARY_PATH=${shellQuote(join(dir, 'lib'))}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}\n` +
        `export FONTCONFIG_FILE=${shellQuote(join(dir, 'fonts.conf'))}\n` +
        `exec ${shellQuote(join(dir, 'chromium'))} "$@"\n`,
      { mode: 0o755 },
    );
    await writeFile(join(staging, 'ready'), '');
    renameSync(staging, dir);
  } catch (error) {
    // Another process (one that took over a lock it thought stale) finished first: its copy is complete.
    if (existsSync(join(dir, 'ready'))) return launcher;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not unpack the Chromium from @sparticuz/chromium into ${cacheRoot} (${reason}); set ` +
        'PLIVO_VERIFY_CHROMIUM_CACHE to a directory with ~200 MB free, or CHROMIUM_PATH to a Chrome/Chromium.',
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
    // Only the holder removes the lock: after a takeover the lock may be another process's.
    if (readOwner(`${dir}.lock`) === owner) rmSync(`${dir}.lock`, { recursive: true, force: true });
  }
  return launcher;
}
