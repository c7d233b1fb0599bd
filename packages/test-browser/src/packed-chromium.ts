import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
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

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * Unpacks the Chromium inside @sparticuz/chromium once into a private cache directory and returns a launcher
 * script that runs it with the NSS libraries and fonts shipped beside it (so it needs nothing from the system).
 * Unpacking goes to a staging directory renamed into place, so concurrent test processes never see half a binary.
 */
export async function unpackPackedChromium(binDir: string, cacheRoot = tmpdir()): Promise<string> {
  const packed = join(binDir, 'chromium.br');
  const key = `${statSync(packed).size.toString(36)}-${process.getuid?.() ?? 0}`;
  const dir = join(cacheRoot, `plivo-verify-chromium-${key}`);
  const launcher = join(dir, 'chrome');
  if (existsSync(join(dir, 'ready'))) return launcher;

  const staging = `${dir}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
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
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process won the race; its copy is complete (it was renamed into place with its marker).
      if (!existsSync(join(dir, 'ready'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return launcher;
}
