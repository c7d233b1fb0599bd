import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core/pure';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { mapBounded } from './map-bounded';
import { errorJson, toNodeError } from './node-errors';
import { operationProperty, sessionProperties } from './session-description';
import { runSessionOperation, type SessionOperation } from './session-operations';
import { verifyClientFor } from './verify-client';

const DEFAULT_CONCURRENCY = 20;

export class PlivoVerify implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Plivo Verify',
    name: 'plivoVerify',
    icon: { light: 'file:../../icons/plivo-verify.svg', dark: 'file:../../icons/plivo-verify.dark.svg' },
    group: ['transform'],
    version: 1,
    subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
    description: 'Send and check one-time codes by SMS or voice with Plivo Verify',
    defaults: { name: 'Plivo Verify' },
    usableAsTool: true,
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: 'plivoVerifyApi', required: true }],
    properties: [
      {
        displayName: 'Resource',
        name: 'resource',
        type: 'options',
        noDataExpression: true,
        options: [{ name: 'Session', value: 'session' }],
        default: 'session',
      },
      operationProperty,
      ...sessionProperties,
      {
        displayName: 'Settings',
        name: 'settings',
        type: 'collection',
        placeholder: 'Add Setting',
        default: {},
        options: [
          {
            displayName: 'Max Concurrent Requests',
            name: 'concurrency',
            type: 'number',
            typeOptions: { minValue: 1, maxValue: 100 },
            default: DEFAULT_CONCURRENCY,
            description: `How many items are sent to Plivo at once. Plivo's limit (${PLIVO_ACCOUNT_LIMIT.limit} requests in any ${PLIVO_ACCOUNT_LIMIT.windowMs / 1000} seconds) is kept either way.`,
          },
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const operation = this.getNodeParameter('operation', 0) as SessionOperation;
    const settings = this.getNodeParameter('settings', 0, {}) as { concurrency?: number };
    const client = await verifyClientFor(this);
    const signal = this.getExecutionCancelSignal();

    const perItem = await mapBounded(items.length, settings.concurrency ?? DEFAULT_CONCURRENCY, async (i) => {
      try {
        const results = await runSessionOperation(this, client, operation, i, signal);
        return results.map((json) => ({ json, pairedItem: { item: i } }));
      } catch (error) {
        const nodeError = toNodeError(this.getNode(), error, i);
        if (this.continueOnFail()) return [{ json: errorJson(nodeError), pairedItem: { item: i } }];
        throw nodeError;
      }
    });
    return [perItem.flat()];
  }
}
