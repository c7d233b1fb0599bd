// Validates every GitHub workflow and action.yml against their schemas (they cannot run here).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname; // the repository root (this file is in .ci/)
const files = [];
const workflows = join(root, '.github', 'workflows');
if (existsSync(workflows)) {
  for (const name of readdirSync(workflows)) if (/\.ya?ml$/.test(name)) files.push(join(workflows, name));
}
for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const action = join(dir, name, 'action.yml');
    if (existsSync(action)) files.push(action);
  }
}
let failed = 0;
// action-validator 0.6.0's schema predates `runs.using: node24` (GitHub's documented runtime since runner 2.327.1):
// an action.yml on node24 is checked as node20, otherwise unchanged.
const scratch = mkdtempSync(join(tmpdir(), 'validate-workflows-'));
function schemaCopy(file) {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('action.yml') || !/^\s+using:\s*['"]?node24['"]?\s*$/m.test(text)) return file;
  const copy = join(scratch, `${files.indexOf(file)}-action.yml`);
  writeFileSync(copy, text.replace(/^(\s+using:\s*)['"]?node24['"]?\s*$/m, '$1node20'));
  return copy;
}
for (const file of files) {
  try {
    execFileSync('action-validator', [schemaCopy(file)], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`valid: ${file.slice(root.length)}`);
  } catch {
    failed += 1;
    console.error(`invalid: ${file.slice(root.length)}`);
  }
}
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
