// Footprint: what `npm install` puts on disk for @plivo-verify/core (its packed tarball, dependencies from the
// registry) vs the official `plivo` package, and cold import time of each vs bare node (median of 7 each).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round } from '../lib/stats.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMPORTS = 7;

/** Bytes of every file (apparent size) and packages (folders with a package.json) under node_modules. */
export function measureTree(nodeModules) {
  let bytes = 0;
  let packages = 0;
  const walk = (dir, depth) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // A package: node_modules/<name> or node_modules/@scope/<name>, at any nesting.
        const parent = dir.endsWith('node_modules') || (depth > 0 && dir.split('/').at(-1)?.startsWith('@'));
        if (parent && !entry.name.startsWith('.') && !entry.name.startsWith('@')) {
          try {
            readFileSync(join(path, 'package.json'));
            packages += 1;
          } catch {}
        }
        walk(path, depth + 1);
      } else if (entry.isFile()) bytes += lstatSync(path).size;
    }
  };
  walk(nodeModules, 0);
  return { bytes, packages };
}

function npmInstall(dir, spec) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"private":true}');
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', '--loglevel=error', spec];
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd: dir }, (error) => (error ? reject(error) : resolve()));
  });
}

function importMs(cwd, specifier) {
  const code = specifier === undefined ? '' : `await import(${JSON.stringify(specifier)})`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`import of ${specifier} failed`);
  return performance.now() - started;
}

export default async function run(ctx) {
  const work = mkdtempSync(join(tmpdir(), 'plivo-verify-footprint-'));
  try {
    const sdkVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/plivo/package.json'), 'utf8')).version;
    execFileSync('pnpm', ['pack', '--pack-destination', work], {
      cwd: join(ROOT, 'packages/core'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    ctx.log(`installing ${tarball} and plivo@${sdkVersion} with npm`);
    await Promise.all([
      npmInstall(join(work, 'core'), join(work, tarball)),
      npmInstall(join(work, 'sdk'), `plivo@${sdkVersion}`),
    ]);
    const core = measureTree(join(work, 'core/node_modules'));
    const sdk = measureTree(join(work, 'sdk/node_modules'));
    ctx.log(`core ${core.bytes} bytes in ${core.packages} packages; plivo ${sdk.bytes} bytes in ${sdk.packages}`);

    const times = { bare: [], core: [], sdk: [] };
    for (let i = 0; i < IMPORTS; i += 1) {
      times.bare.push(importMs(work));
      times.core.push(importMs(join(work, 'core'), '@plivo-verify/core'));
      times.sdk.push(importMs(join(work, 'sdk'), 'plivo'));
    }
    const ms = (name) => round(median(times[name]), 1);
    ctx.log(`cold import: bare node ${ms('bare')} ms, core ${ms('core')} ms, plivo ${ms('sdk')} ms`);
    return {
      id: 'footprint',
      core_bytes: core.bytes,
      core_packages: core.packages,
      sdk_bytes: sdk.bytes,
      sdk_packages: sdk.packages,
      core_import_ms: ms('core'),
      sdk_import_ms: ms('sdk'),
      bare_node_ms: ms('bare'),
      sdk_version: sdkVersion,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
