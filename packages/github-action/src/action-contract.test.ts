import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createSessionParamsSchema,
  describeFields,
  type FieldDescriptor,
  validateSessionParamsSchema,
} from '@plivo-verify/core/pure';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CREATE_FIELD_INPUTS,
  INPUT_NAMES,
  NOT_EXPOSED_CREATE_FIELDS,
  OUTPUT_NAMES,
  VALIDATE_FIELD_INPUTS,
} from './action-contract.js';
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
  const createFields = describeFields(createSessionParamsSchema);
  const validateFields = describeFields(validateSessionParamsSchema);
  const mapped: [string, string, FieldDescriptor | undefined][] = [
    ...Object.entries(CREATE_FIELD_INPUTS).map(([input, field]): [string, string, FieldDescriptor | undefined] => [
      input,
      field,
      createFields.find((descriptor) => descriptor.name === field),
    ]),
    ...Object.entries(VALIDATE_FIELD_INPUTS).map(([input, field]): [string, string, FieldDescriptor | undefined] => [
      input,
      field,
      validateFields.find((descriptor) => descriptor.name === field),
    ]),
  ];

  it('every Plivo input maps to a field core declares', () => {
    for (const [input, field, descriptor] of mapped) expect(descriptor, `${input} → ${field}`).toBeDefined();
  });

  it('every create field of core is either an input or deliberately left out (a new core field forces a decision)', () => {
    const exposed = Object.values(CREATE_FIELD_INPUTS) as string[];
    const notExposed = NOT_EXPOSED_CREATE_FIELDS as readonly string[];
    expect([...exposed, ...notExposed].sort()).toEqual(createFields.map((field) => field.name).sort());
  });

  it("choices and ranges in action.yml's descriptions are core's", () => {
    let checked = 0;
    for (const [input, , descriptor] of mapped) {
      const description = action.inputs[input]?.description ?? '';
      if (descriptor?.choices !== undefined) {
        const described = [...description.matchAll(/`([A-Za-z]+)`/g)].map((match) => match[1]);
        expect(described, input).toEqual([...descriptor.choices]);
        checked += 1;
      }
      if (descriptor?.minimum !== undefined && descriptor.maximum !== undefined) {
        expect(description, input).toContain(`${descriptor.minimum} to ${descriptor.maximum}`);
        checked += 1;
      }
      if (descriptor?.default !== undefined && action.inputs[input]?.default !== undefined) {
        expect(action.inputs[input]?.default, input).toBe(String(descriptor.default));
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2); // channel's choices, code-length's range
  });

  it("input messages come from core (a bad channel is refused with core's own text)", () => {
    expect(checkCreateParams({ recipient: '+14155550100', channel: 'fax' as 'sms' })).toEqual([
      { field: 'channel', message: 'expected sms or voice' },
    ]);
    expect(checkValidateParams('not-a-uuid', '12').map((problem) => problem.field)).toEqual(['session_uuid', 'otp']);
  });
});
