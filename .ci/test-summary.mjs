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
const failures = [];

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The first lines of a failure, without colour codes, so a CI log's tail says what broke. */
function firstLines(messages) {
  const text = (messages ?? []).filter(Boolean).join('\n').replace(ANSI_COLOUR, '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 6)
    .join(' | ')
    .slice(0, 600);
}

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
    for (const suite of json.testResults ?? []) {
      const where = suite.name.startsWith(root) ? suite.name.slice(root.length) : suite.name;
      const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
      for (const test of failedTests) failures.push(`${where} > ${test.fullName}: ${firstLines(test.failureMessages)}`);
      // A file that failed to load (syntax error, missing import) has no failed assertion, only a message.
      if (failedTests.length === 0 && suite.status === 'failed')
        failures.push(`${where}: ${firstLines([suite.message])}`);
    }
  }
}
// The failures are printed last so a log that keeps only its tail still names them.
if (failures.length > 0) {
  console.log(`\nfailed (${failures.length}):`);
  for (const line of failures) console.log(`  ${line}`);
}
if (missing.length > 0) {
  console.log(`no test report from: ${missing.join(', ')}`);
  failed += missing.length;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
