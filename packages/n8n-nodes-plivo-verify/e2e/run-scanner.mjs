// Runs n8n's scanner lint legs in a plain Node process and prints one JSON line. Run it without NODE_ENV=test:
// under it eslint-plugin-n8n-nodes-base checks fixture file names and reports "Rename file to X.node.ts" for X.node.ts.
// Usage: node e2e/run-scanner.mjs <scanner.mjs> <label>=<dir>:<pattern,pattern> ...
import { pathToFileURL } from 'node:url';

const [scannerEntry, ...legs] = process.argv.slice(2);
const scanner = await import(pathToFileURL(scannerEntry).href);
const results = {};
for (const leg of legs) {
  const [label, spec] = leg.split(/=(.*)/s);
  const [dir, patterns] = spec.split(/:(?=[^:]*$)/);
  const patternList = patterns === 'SOURCE' ? scanner.SOURCE_FILE_PATTERNS : patterns.split(',');
  const result = await scanner.analyzePackage(dir, patternList);
  results[label] = { passed: result.passed, details: result.details ?? result.message ?? '' };
}
process.stdout.write(`${JSON.stringify(results)}\n`);
