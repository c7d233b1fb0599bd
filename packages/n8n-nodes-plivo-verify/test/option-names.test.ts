/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// What the editor shows: option names in Title Case (values unchanged), Plivo's default callback method, and the
// trigger's subtitle evaluated by n8n-workflow's own expression engine.
import { createRequire } from 'node:module';
import type { INode, INodeProperties, INodeTypes, Workflow as WorkflowType } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { PlivoVerify } from '../nodes/PlivoVerify/PlivoVerify.node';
import { createFields } from '../nodes/PlivoVerify/session-description';
import { PlivoVerifyTrigger } from '../nodes/PlivoVerifyTrigger/PlivoVerifyTrigger.node';

const { Workflow } = createRequire(import.meta.url)('n8n-workflow') as { Workflow: typeof WorkflowType };

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
  const subtitle = (events: unknown) => {
    const node: INode = {
      id: 'subtitle',
      name: 'Trigger',
      type: 'n8n-nodes-plivo-verify.plivoVerifyTrigger',
      typeVersion: 1,
      position: [0, 0],
      parameters: { events } as INode['parameters'],
    };
    // The real description: n8n resolves $parameter through the node type's properties.
    const nodeTypes = {
      getByName: () => ({ description }),
      getByNameAndVersion: () => ({ description }),
      getKnownTypes: () => ({}),
    } as unknown as INodeTypes;
    const workflow = new Workflow({ id: 'wf', nodes: [node], connections: {}, active: false, nodeTypes });
    return workflow.expression.getParameterValue(
      String(description.subtitle),
      null,
      0,
      0,
      node.name,
      [],
      'internal',
      {},
    );
  };

  it('shows the events by name, not their internal values', () => {
    expect(subtitle(['channelStatus', 'sessionStatus'])).toBe('Channel Status Changed, Session Status Changed');
    expect(subtitle(['verified'])).toBe('Session Verified');
    expect(subtitle([])).toBe('All Events');
  });
});
