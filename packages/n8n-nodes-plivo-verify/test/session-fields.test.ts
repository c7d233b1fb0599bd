import {
  createSessionParamsSchema,
  describeFields,
  type FieldDescriptor,
  listSessionsFiltersSchema,
  validateSessionParamsSchema,
} from '@plivo-verify/core/pure';
import type { INodeProperties } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { PlivoVerify } from '../nodes/PlivoVerify/PlivoVerify.node';

const properties = new PlivoVerify().description.properties;

/** Every parameter shown for an operation, collection items included. */
function parametersOf(operation: string): INodeProperties[] {
  const shown = properties.filter((property) => property.displayOptions?.show?.operation?.includes(operation));
  return shown.flatMap((property) =>
    property.type === 'collection' ? ((property.options ?? []) as INodeProperties[]) : [property],
  );
}

// n8n's own controls, not Plivo fields.
const N8N_CONTROLS = new Set(['returnAll', 'limit']);

function expectMatches(parameters: INodeProperties[], fields: readonly FieldDescriptor[], except: string[] = []) {
  for (const field of fields.filter((candidate) => !except.includes(candidate.name))) {
    const parameter = parameters.find((candidate) => candidate.name === field.name);
    expect(parameter, `${field.name} is missing from the node`).toBeDefined();
    expect(parameter?.displayName).toBe(field.label);
    expect(parameter?.description).toBe(field.description);
    if (field.choices !== undefined) {
      expect(parameter?.options?.map((option) => ('value' in option ? option.value : undefined))).toEqual(
        field.choices,
      );
    }
    if (field.type === 'integer') expect(parameter?.type).toBe('number');
  }
  // And nothing Plivo-ish that core does not describe.
  const known = new Set(fields.map((field) => field.name));
  for (const parameter of parameters) {
    if (N8N_CONTROLS.has(parameter.name)) continue;
    expect(known.has(parameter.name), `${parameter.name} is not one of core's fields`).toBe(true);
  }
}

describe("the node's fields are core's fields", () => {
  it('Send Code offers every create field', () => {
    expectMatches(parametersOf('create'), describeFields(createSessionParamsSchema));
  });

  it('Check Code and Get take the validate fields', () => {
    expectMatches(parametersOf('validate'), describeFields(validateSessionParamsSchema));
    expectMatches(parametersOf('get'), describeFields(validateSessionParamsSchema), ['otp']);
  });

  it('Get Many offers every list filter except the paging ones it handles itself', () => {
    expectMatches(parametersOf('getAll'), describeFields(listSessionsFiltersSchema), ['limit', 'offset']);
  });

  it('marks required fields required and keeps the Send Code options optional', () => {
    const create = parametersOf('create');
    expect(create.find((parameter) => parameter.name === 'recipient')?.required).toBe(true);
    const options = properties.find((property) => property.name === 'createOptions')?.options as INodeProperties[];
    expect(options.length).toBeGreaterThan(5);
    expect(options.every((option) => option.required !== true)).toBe(true);
    // n8n's UX guide: collection items in alphabetical order.
    const labels = options.map((option) => option.displayName);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });
});
