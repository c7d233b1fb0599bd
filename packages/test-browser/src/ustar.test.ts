import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractTar } from './ustar.js';

function entry(name: string, body: string, type = '0'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124);
  header.write(type, 156);
  header.write('ustar\0', 257);
  const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  data.write(body);
  return Buffer.concat([header, data]);
}

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('extractTar', () => {
  it('writes regular files, creating their directories', () => {
    dir = mkdtempSync(join(tmpdir(), 'ustar-'));
    extractTar(Buffer.concat([entry('lib/', '', '5'), entry('lib/a.so', 'A'.repeat(700)), Buffer.alloc(1024)]), dir);
    expect(readFileSync(join(dir, 'lib', 'a.so'), 'utf8')).toBe('A'.repeat(700));
  });

  it('refuses entries that would escape the target directory', () => {
    dir = mkdtempSync(join(tmpdir(), 'ustar-'));
    expect(() => extractTar(entry('../evil', 'x'), dir)).toThrow('tar entry escapes its target: ../evil');
  });
});
