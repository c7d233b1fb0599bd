// Sums the vitest JSON reports of every package into one closing line: "N passed, N failed".
// Each package with a `test` script must leave test-results/vitest.json; any other *.json report in its
// test-results/ (an end-to-end or reliability run started by .ci/run) is counted too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname; // the repository root (this file is in .ci/)
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

function packageDirs() {
  const dirs = [];
  for (const group of ['packages', 'apps']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) dirs.push(join(dir, name));
  }
  dirs.push(join(root, 'bench'));
  return dirs.filter((dir) => existsSync(join(dir, 'package.json')));
}

for (const pkg of packageDirs()) {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const results = join(pkg, 'test-results');
  const reports = existsSync(results) ? readdirSync(results).filter((file) => file.endsWith('.json')) : [];
  if (manifest.scripts?.test && !reports.includes('vitest.json')) missing.push(manifest.name);
  for (const file of reports.sort()) {
    const json = JSON.parse(readFileSync(join(results, file), 'utf8'));
    if (typeof json.numPassedTests !== 'number') continue; // not a vitest report
    const broken = json.numTotalTestSuites > 0 && !json.success && json.numFailedTests === 0 ? 1 : 0;
    passed += json.numPassedTests;
    failed += json.numFailedTests + broken;
    skipped += json.numPendingTests + json.numTodoTests;
    const label = file === 'vitest.json' ? manifest.name : `${manifest.name} (${file.replace(/\.json$/, '')})`;
    console.log(`${label}: ${json.numPassedTests} passed, ${json.numFailedTests + broken} failed`);
  }
}
if (missing.length > 0) {
  console.log(`no test report from: ${missing.join(', ')}`);
  failed += missing.length;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
