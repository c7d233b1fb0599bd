import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES, MODES, OUTPUT_NAMES } from './action-contract.js';

// The example workflows are what users copy: they must pass GitHub's workflow schema and use only the names
// action.yml declares.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const examples = readdirSync(join(packageDir, 'examples')).filter((name) => name.endsWith('.yml'));

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

const actionSteps = (workflow: Workflow) =>
  Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .filter((step) => step.uses?.includes('/packages/github-action@'));

describe('examples/', () => {
  it('has the release gate and the submit-code workflow', () => {
    expect(examples.sort()).toEqual(['release-gate.yml', 'submit-code.yml']);
  });

  for (const name of examples) {
    const file = join(packageDir, 'examples', name);
    const text = readFileSync(file, 'utf8');
    const workflow = parse(text) as Workflow;

    it(`${name} passes the workflow schema (action-validator)`, () => {
      execFileSync(join(packageDir, 'node_modules', '.bin', 'action-validator'), [file], { stdio: 'pipe' });
    });

    it(`${name} uses only declared inputs and outputs`, () => {
      const steps = actionSteps(workflow);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        for (const input of Object.keys(step.with ?? {})) expect(INPUT_NAMES).toContain(input);
        expect(MODES).toContain(step.with?.mode);
      }
      for (const match of text.matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)) expect(OUTPUT_NAMES).toContain(match[1]);
    });
  }

  it('submit-code never passes the OTP through `with:` (it would be printed in the step header)', () => {
    const workflow = parse(readFileSync(join(packageDir, 'examples', 'submit-code.yml'), 'utf8')) as Workflow;
    const [validate] = actionSteps(workflow);
    expect(validate?.with?.mode).toBe('validate');
    expect(Object.keys(validate?.with ?? {})).not.toContain('otp');
  });
});
