import type { VerifyClient } from '@plivo-verify/core/pure';
import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core/pure';
import type { IExecuteFunctions, INode, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { inputIssues } from './input-issues';
import { mapBounded } from './map-bounded';
import { credentialError, errorItem, invalidInputError, toNodeError } from './node-errors';
import { operationProperty, sessionProperties } from './session-description';
import {
  type OperationInput,
  ParameterError,
  readOperationInput,
  runSessionOperation,
  type SessionOperation,
} from './session-operations';
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
    const node = this.getNode();
    const operation = this.getNodeParameter('operation', 0) as SessionOperation;
    const concurrency = concurrencyOf(this);
    const continueOnFail = this.continueOnFail();
    if (CHANGES_STATE.has(operation) && node.retryOnFail === true) throw retryOnFailError(node, operation);

    // Every item is read and checked before the first request: a bad item found midway would fail the run after
    // the items before it already sent codes, and a re-run would send them second codes.
    const inputs = items.map((_, i): OperationInput | NodeApiError | NodeOperationError => {
      try {
        const input = readOperationInput(this, operation, i);
        const issues = inputIssues(input);
        return issues.length === 0 ? input : invalidInputError(node, operation, issues, i);
      } catch (error) {
        if (error instanceof ParameterError) return new NodeOperationError(node, error.message, { itemIndex: i });
        return toNodeError(node, error, i, operation);
      }
    });
    const isError = (x: unknown): x is NodeApiError | NodeOperationError =>
      x instanceof NodeApiError || x instanceof NodeOperationError;
    if (!continueOnFail) {
      const firstBad = inputs.find(isError);
      if (firstBad !== undefined) throw firstBad;
    }

    let client: VerifyClient;
    try {
      client = await verifyClientFor(this);
    } catch (error) {
      if (!continueOnFail) throw credentialError(node, error, 0);
      return [items.map((_, i) => errorItem(credentialError(node, error, i), i))];
    }

    const signal = this.getExecutionCancelSignal();
    // The sessions of the items that went through: if another item stops the run, the error lists them.
    const done: [index: number, sessionUuid: string][] = [];
    let perItem: INodeExecutionData[][];
    try {
      perItem = await mapBounded(items.length, concurrency, async (i): Promise<INodeExecutionData[]> => {
        const input = inputs[i];
        if (input === undefined || isError(input)) return input === undefined ? [] : [errorItem(input, i)];
        try {
          const results = await runSessionOperation(client, input, signal);
          for (const json of results) if (typeof json.session_uuid === 'string') done.push([i, json.session_uuid]);
          return results.map((json) => ({ json, pairedItem: { item: i } }));
        } catch (error) {
          const nodeError = toNodeError(node, error, i, operation);
          if (continueOnFail) return [errorItem(nodeError, i)];
          throw nodeError;
        }
      });
    } catch (error) {
      // The task threw the item's own NodeApiError / NodeOperationError (it keeps that item's index).
      const nodeError = isError(error) ? error : toNodeError(node, error, 0, operation);
      if (CHANGES_STATE.has(operation)) {
        const note = partialRunNote(
          operation,
          done.sort((a, b) => a[0] - b[0]).map(([, uuid]) => uuid),
        );
        nodeError.description = nodeError.description ? `${nodeError.description}\n\n${note}` : note;
      }
      throw nodeError;
    }
    return [perItem.flat()];
  }
}

/** The operations that change something at Plivo: running them twice sends a second code or checks a code again. */
const CHANGES_STATE: ReadonlySet<SessionOperation> = new Set(['create', 'validate']);
const LISTED_SESSIONS = 50;

/**
 * n8n's Retry On Fail re-runs the node for every item, also when only one item failed under On Error → Continue
 * (n8n 2.8 retries whenever the first output item has `error`): every item that went through would send a second
 * code or check its code again. Refused before any request.
 */
function retryOnFailError(node: INode, operation: SessionOperation): NodeOperationError {
  const what = operation === 'create' ? 'Send Code' : 'Check Code';
  const effect =
    operation === 'create'
      ? 'every number that already got a code would get a second one'
      : 'every code already checked would be checked again (a right code then comes back as already_verified)';
  return new NodeOperationError(node, `Turn off Retry On Fail for ${what}`, {
    description: `n8n's Retry On Fail (node Settings) re-runs the node for every item, not only the failed one, so ${effect}. Turn it off; to retry failures, set On Error to Continue (using error output) and re-run only the items on the error output. Nothing was sent.`,
  });
}

/** What a stopped run already did: how many items went through, their sessions (never numbers or codes). */
function partialRunNote(operation: SessionOperation, sessions: readonly string[]): string {
  const advice =
    'To keep going past failed items, set On Error to Continue (using error output): failed items then go to the error output and only they need a re-run.';
  if (sessions.length === 0) return `No other item went through before this error. ${advice}`;
  const listed = sessions.slice(0, LISTED_SESSIONS).join(', ');
  const more = sessions.length > LISTED_SESSIONS ? ` and ${sessions.length - LISTED_SESSIONS} more` : '';
  const count = `${sessions.length} item${sessions.length === 1 ? '' : 's'}`;
  return operation === 'create'
    ? `${count} already went through before this error, and their codes were sent (sessions ${listed}${more}). Re-running this execution sends those numbers a second code. ${advice}`
    : `${count} already went through before this error, and their codes were checked (sessions ${listed}${more}). Re-running this execution checks those codes again (a right code then comes back as already_verified). ${advice}`;
}

/** Max Concurrent Requests: an expression can give NaN or text, which would start no worker and output nothing. */
function concurrencyOf(context: IExecuteFunctions): number {
  const settings = context.getNodeParameter('settings', 0, {}) as { concurrency?: unknown };
  const value = settings.concurrency ?? DEFAULT_CONCURRENCY;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new NodeOperationError(context.getNode(), 'Max Concurrent Requests: expected a whole number of 1 or more', {
      description: `It was ${typeof value === 'number' ? String(value) : `a ${typeof value}`}. Leave it empty for ${DEFAULT_CONCURRENCY}.`,
    });
  }
  return value;
}
