// Validates every GitHub workflow and action.yml against their schemas (they cannot run here).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
for (const file of files) {
  try {
    execFileSync('action-validator', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`valid: ${file.slice(root.length)}`);
  } catch {
    failed += 1;
    console.error(`invalid: ${file.slice(root.length)}`);
  }
}
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
