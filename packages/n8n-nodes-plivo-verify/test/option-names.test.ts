// What the editor shows: option names in Title Case (values unchanged), Plivo's default callback method, and the
// trigger's subtitle evaluated by n8n-workflow's own expression engine.
import type { INode, INodeProperties } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { PlivoVerify } from '../nodes/PlivoVerify/PlivoVerify.node';
import { createFields } from '../nodes/PlivoVerify/session-description';
import { PlivoVerifyTrigger } from '../nodes/PlivoVerifyTrigger/PlivoVerifyTrigger.node';
import { evaluateExpression } from './n8n-expression';

const properties = new PlivoVerify().description.properties;
const find = (list: readonly INodeProperties[], name: string, operation: string): INodeProperties => {
  const found = list.find(
    (property) => property.name === name && property.displayOptions?.show?.operation?.includes(operation) !== false,
  );
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};

describe('option names and defaults', () => {
  it('names Channel and Status options in Title Case and keeps the wire values', () => {
    expect(find(properties, 'channel', 'create').options).toEqual([
      { name: 'SMS', value: 'sms' },
      { name: 'Voice', value: 'voice' },
    ]);
    const status = find(find(properties, 'filters', 'getAll').options as INodeProperties[], 'status', 'getAll');
    expect(status.options).toEqual([
      { name: 'In Progress', value: 'in-progress' },
      { name: 'Verified', value: 'verified' },
      { name: 'Expired', value: 'expired' },
    ]);
  });

  it("defaults Callback Method to POST, Plivo's default (core: empty means POST)", () => {
    expect(createFields.find((field) => field.name === 'method')?.description).toContain('POST if empty');
    const method = find(find(properties, 'createOptions', 'create').options as INodeProperties[], 'method', 'create');
    expect(method.default).toBe('POST');
    expect(method.options).toEqual([
      { name: 'GET', value: 'GET' },
      { name: 'POST', value: 'POST' },
    ]);
  });
});

describe('the trigger subtitle', () => {
  const description = new PlivoVerifyTrigger().description;
  const subtitle = (events: unknown) =>
    evaluateExpression(String(description.subtitle), {
      description,
      parameters: { events } as INode['parameters'],
    });

  it('shows the events by name, not their internal values', () => {
    expect(subtitle(['channelStatus', 'sessionStatus'])).toBe('Channel Status Changed, Session Status Changed');
    expect(subtitle(['verified'])).toBe('Session Verified');
    expect(subtitle([])).toBe('All Events');
  });
});
