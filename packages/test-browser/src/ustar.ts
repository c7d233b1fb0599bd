import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

/**
 * Extracts the regular files of an uncompressed (us)tar archive into `target`. Enough for the small archives
 * shipped by @sparticuz/chromium; entries that would escape `target` are refused.
 */
export function extractTar(archive: Buffer, target: string): void {
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix === '' ? field(0, 100) : `${prefix}/${field(0, 100)}`;
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const mode = Number.parseInt(field(100, 8).trim() || '644', 8);
    const path = normalize(join(target, name));
    if (path !== target && !path.startsWith(target + sep)) throw new Error(`tar entry escapes its target: ${name}`);
    const body = archive.subarray(offset + 512, offset + 512 + size);
    if (type === '0' || type === '') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body, { mode });
    } else if (type === '5') {
      mkdirSync(path, { recursive: true });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}
