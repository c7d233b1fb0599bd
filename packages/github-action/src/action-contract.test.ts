import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CREATE_FIELD_INPUTS, INPUT_NAMES, OUTPUT_NAMES, VALIDATE_FIELD_INPUTS } from './action-contract.js';
import { checkCreateParams, checkValidateParams } from './core-fields.js';
import { DEFAULTS } from './parse-inputs.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const action = parse(readFileSync(here('../action.yml'), 'utf8')) as ActionYml;

/** Source files of the action itself (not tests or fixtures). */
const sources = readdirSync(here('.'))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(here(name), 'utf8') }));

describe('action.yml and the code agree', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('declares exactly the outputs the code writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('every getInput/setOutput name in the source is a declared one (no stray names beside the lists)', () => {
    const read = new Set<string>();
    const written = new Set<string>();
    for (const { text } of sources) {
      for (const match of text.matchAll(/\bgetInput\(\s*'([^']+)'/g)) read.add(match[1] ?? '');
      for (const match of text.matchAll(/\bsetOutput\(\s*'([^']+)'/g)) written.add(match[1] ?? '');
    }
    for (const name of read) expect(INPUT_NAMES).toContain(name);
    for (const name of written) expect(OUTPUT_NAMES).toContain(name);
    // Every output is written somewhere by name.
    for (const name of OUTPUT_NAMES) expect(written).toContain(name);
  });

  it('only action-io.ts talks to @actions/core, so every read and write goes through the typed names', () => {
    const users = sources.filter(({ text }) => text.includes("from '@actions/core'")).map(({ name }) => name);
    expect(users).toEqual(['action-io.ts']);
  });

  it('defaults in action.yml are the defaults in code (a hand-run bundle gets no runner defaults)', () => {
    const yamlDefaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, input]) => input.default !== undefined)
        .map(([name, input]) => [name, String(input.default)]),
    );
    expect(yamlDefaults).toEqual(DEFAULTS);
  });

  it('runs the committed bundle on node24, with Marketplace branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toEqual({ icon: 'smartphone', color: 'green' });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
  });
});

describe('action.yml and core agree on the Plivo fields', () => {
  it('every create input maps to a field core knows (core rejects unknown fields)', async () => {
    for (const [input, field] of Object.entries(CREATE_FIELD_INPUTS)) {
      const params = { recipient: '+14155550100', [field]: field === 'recipient' ? '+1' : { bogus: true } };
      const problems = await checkCreateParams(params as never);
      const problem = problems.find((candidate) => candidate.field === field);
      expect(problem, `${input} → ${field}`).toBeDefined();
      expect(problem?.message).not.toBe('unknown field');
    }
  });

  it('every validate input maps to a field core knows', async () => {
    const problems = await checkValidateParams('not-a-uuid', 'x');
    expect(problems.map((problem) => problem.field).sort()).toEqual(Object.values(VALIDATE_FIELD_INPUTS).sort());
  });

  it("channel's choices in action.yml are the ones core accepts", async () => {
    const described = [...(action.inputs.channel?.description ?? '').matchAll(/`([a-z]+)`/g)].map((m) => m[1] ?? '');
    expect(described).toEqual(['sms', 'voice']);
    for (const channel of described) {
      expect(await checkCreateParams({ recipient: '+14155550100', channel: channel as 'sms' })).toEqual([]);
    }
    expect(await checkCreateParams({ recipient: '+14155550100', channel: 'fax' as 'sms' })).toHaveLength(1);
  });
});
