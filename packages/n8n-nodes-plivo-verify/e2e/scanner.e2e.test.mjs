// n8n's community package scanner (@n8n/scan-community-package 0.32.0), run offline: its provenance and
// source-download steps need the internet and a published version, its lint legs do not. Both legs are run: the
// packed tarball (every .js + package.json, as n8n lints what users install) and the source (nodes/, credentials/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageDir, run } from './n8n-harness.mjs';

const SCANNER_VERSION = '0.32.0';
const scannerDir = join(homedir(), '.cache', 'plivo-verify-kit', `n8n-scanner-${SCANNER_VERSION}`);
const scannerEntry = join(scannerDir, 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs');

async function ensureScanner() {
  if (existsSync(join(scannerDir, '.install-complete')) && existsSync(scannerEntry)) return;
  mkdirSync(scannerDir, { recursive: true });
  // Its own folder: with the scanner's TypeScript 7 at the top level its parser breaks; 5.9.3 there works.
  writeFileSync(
    join(scannerDir, 'package.json'),
    JSON.stringify({
      name: 'plivo-verify-kit-n8n-scanner',
      private: true,
      dependencies: { '@n8n/scan-community-package': SCANNER_VERSION, typescript: '5.9.3' },
    }),
  );
  const result = await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: scannerDir,
    env: { ...process.env, npm_config_yes: 'true' },
    timeoutMs: 10 * 60_000,
  });
  if (result.code !== 0) throw new Error(`installing the scanner failed:\n${result.stderr.slice(-4000)}`);
  writeFileSync(join(scannerDir, '.install-complete'), `${SCANNER_VERSION}\n`);
}

let unpacked;

/** Lints `dir` with the scanner's config in a child process; returns { passed, details }. */
function scan(dir, patterns) {
  const output = execFileSync(
    process.execPath,
    [join(packageDir, 'e2e', 'run-scanner.mjs'), scannerEntry, `leg=${dir}:${patterns}`],
    // Without vitest's NODE_ENV=test: eslint-plugin-n8n-nodes-base switches to fixture file names under it.
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } },
  );
  return JSON.parse(output).leg;
}

beforeAll(async () => {
  await ensureScanner();
  const work = mkdtempSync(join(tmpdir(), 'n8n-scan-'));
  execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: packageDir, stdio: 'pipe' });
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
  unpacked = join(work, 'package');
});

describe("n8n's community package scanner, offline", () => {
  it('passes on the packed tarball (dist/**/*.js and package.json)', async () => {
    const files = readdirSync(join(unpacked, 'dist'), { recursive: true });
    expect(files.some((file) => String(file).endsWith('PlivoVerify.node.js'))).toBe(true);
    const result = scan(unpacked, '**/*.js,package.json');
    expect(result.details).not.toMatch(/error/i);
    expect(result.passed).toBe(true);
  });

  it('passes on the source it would fetch (nodes/, credentials/, package.json; inline disables ignored)', async () => {
    const result = scan(packageDir, 'SOURCE');
    expect(result.details).not.toMatch(/error/i);
    expect(result.passed).toBe(true);
  });

  it('would catch a forbidden global in dist (the check can fail)', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'n8n-scan-bad-'));
    mkdirSync(join(bad, 'dist'));
    writeFileSync(join(bad, 'package.json'), JSON.stringify({ name: 'n8n-nodes-bad', version: '0.0.1' }));
    writeFileSync(join(bad, 'dist', 'index.js'), 'setTimeout(() => {}, 1);\n');
    const result = scan(bad, '**/*.js');
    expect(result.passed).toBe(false);
  });
});
