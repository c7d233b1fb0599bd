import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The runner executes the committed dist/index.js, never a build: it must be exactly what the source builds to.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);

function freshBuild(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'gh-action-dist-'));
  execFileSync(bin('tsdown'), ['--out-dir', outDir, '--no-clean', '--logLevel', 'warn'], {
    cwd: packageDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readFileSync(join(outDir, 'index.js'), 'utf8');
}

/** dist/index.js as committed: the git index (what the next commit holds; in CI the checkout). */
function committedBundle(): string {
  return execFileSync('git', ['show', ':./dist/index.js'], { cwd: packageDir, encoding: 'utf8', maxBuffer: 1 << 26 });
}

describe('the committed bundle', () => {
  it('equals a fresh build (run `pnpm build` in packages/github-action and commit dist/ when this fails)', () => {
    const fresh = freshBuild();
    const committed = committedBundle();
    // Compare lengths first so a failure does not print two megabytes.
    expect(committed.length).toBe(fresh.length);
    expect(committed === fresh).toBe(true);
  }, 120_000);

  it('builds deterministically (two builds are byte-identical)', () => {
    const first = freshBuild();
    const second = freshBuild();
    expect(first === second).toBe(true);
  }, 120_000);

  it('stays under 1.5 MB and needs nothing from node_modules at run time', () => {
    const bundle = join(packageDir, 'dist', 'index.js');
    expect(statSync(bundle).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    const imports = [...readFileSync(bundle, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] ?? '');
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((specifier) => !builtinModules.includes(specifier.replace(/^node:/, '')))).toEqual([]);
  });
});
