import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// The tarball as `pnpm pack` (what `changeset publish` uploads) makes it from the built dist.
describe('the published package (pnpm pack)', () => {
  const packed = mkdtempSync(join(tmpdir(), 'sandbox-pack-'));
  afterAll(() => rmSync(packed, { recursive: true, force: true }));

  it('ships its licence, readme, bin and dist, lists the linked changelog, and no map pointing at unshipped src/', () => {
    execFileSync('pnpm', ['pack', '--pack-destination', packed], { cwd: packageDir, stdio: 'ignore' });
    const tarball = join(packed, readdirSync(packed).find((name) => name.endsWith('.tgz')) ?? '');
    const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(entries).toEqual(
      expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/bin/plivo-verify-sandbox.js']),
    );
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('package/src/'))).toEqual([]);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    // changesets writes CHANGELOG.md next to package.json when versioning; the README links it.
    expect(manifest.files).toContain('CHANGELOG.md');
  }, 120_000);
});
