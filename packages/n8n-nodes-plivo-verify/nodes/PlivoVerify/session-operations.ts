import type { VerifyClient } from '@plivo-verify/core/pure';
import { DEFAULT_CHANNEL, maskPhoneNumber, PLIVO_LIST_PAGE_MAX } from '@plivo-verify/core/pure';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

export type SessionOperation = 'create' | 'validate' | 'get' | 'getAll';

/** One item's parameters, read once: checked for every item before the first request, then run. */
export type OperationInput =
  | { readonly operation: 'create'; readonly params: IDataObject; readonly recipient: string; readonly channel: string }
  | { readonly operation: 'validate'; readonly session_uuid: string; readonly otp: unknown }
  | { readonly operation: 'get'; readonly session_uuid: string }
  | { readonly operation: 'getAll'; readonly filters: IDataObject; readonly limit: number };

/** A parameter n8n let through with the wrong type; the node turns it into an error naming the field. */
export class ParameterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ParameterError';
  }
}

// The labels users see, for errors about parameters that reach the node with the wrong type.
const LABELS: Readonly<Record<string, string>> = {
  recipient: 'Recipient',
  channel: 'Channel',
  session_uuid: 'Session UUID',
};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A text parameter. An expression can give a number or a list (`[14155550100]`); turned into text it would be sent
 * as if typed, so anything but text (or nothing) is refused naming the field, like a code given as a number.
 */
function text(context: IExecuteFunctions, name: string, index: number): string {
  const value = context.getNodeParameter(name, index, '');
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  throw new ParameterError(LABELS[name] ?? name, `expected text, got ${kindOf(value)}`);
}

function collection(context: IExecuteFunctions, name: string, index: number): IDataObject {
  return context.getNodeParameter(name, index, {}) as IDataObject;
}

/** Outputs are logged and shared: a session's number is shown masked, like Send Code's (`+14*****0100`). */
function maskedSession(session: object): IDataObject {
  const json = { ...session } as IDataObject;
  if (typeof json.recipient === 'string' && json.recipient !== '') {
    json.recipient = maskPhoneNumber(json.recipient);
  }
  return json;
}

/** Reads one item's parameters (no request). Throws a `ParameterError` for Return All or Limit of the wrong type. */
export function readOperationInput(
  context: IExecuteFunctions,
  operation: SessionOperation,
  index: number,
): OperationInput {
  switch (operation) {
    case 'create': {
      // Wire names throughout: the parameters are named after core's fields; empty ones count as not given.
      const recipient = text(context, 'recipient', index);
      const channel = text(context, 'channel', index);
      return {
        operation,
        params: { ...collection(context, 'createOptions', index), recipient, channel },
        recipient,
        channel,
      };
    }
    case 'validate': {
      // A number is passed on as is, so core refuses it: 055394 typed as a number would arrive as 55394 and use up
      // an attempt on a wrong code.
      const otp = context.getNodeParameter('otp', index, '');
      return {
        operation,
        session_uuid: text(context, 'session_uuid', index),
        otp: typeof otp === 'string' ? otp.trim() : otp,
      };
    }
    case 'get':
      return { operation, session_uuid: text(context, 'session_uuid', index) };
    case 'getAll': {
      // Expressions can give "false" or null here; read loosely, they would list everything or fail with core's
      // page-size message, which names a limit the user never set.
      const returnAll = context.getNodeParameter('returnAll', index, false);
      if (typeof returnAll !== 'boolean') throw new ParameterError('Return All', 'expected true or false');
      const limit = returnAll ? Number.POSITIVE_INFINITY : context.getNodeParameter('limit', index, 50);
      if (
        typeof limit !== 'number' ||
        !(Number.isSafeInteger(limit) || limit === Number.POSITIVE_INFINITY) ||
        limit < 1
      ) {
        throw new ParameterError('Limit', 'expected a whole number of 1 or more');
      }
      return { operation, filters: collection(context, 'filters', index), limit };
    }
  }
}

/** Runs one item's operation and returns the output items' JSON. */
export async function runSessionOperation(
  client: VerifyClient,
  input: OperationInput,
  signal: AbortSignal | undefined,
): Promise<IDataObject[]> {
  const call = signal === undefined ? {} : { signal };
  switch (input.operation) {
    case 'create': {
      const created = await client.sessions.create(
        input.params as Parameters<VerifyClient['sessions']['create']>[0],
        call,
      );
      // The number is echoed masked: outputs are logged and shared, and the input item still has it in full.
      return [{ ...created, recipient: maskPhoneNumber(input.recipient), channel: input.channel || DEFAULT_CHANNEL }];
    }
    case 'validate': {
      const result = await client.sessions.validate(input.session_uuid, input.otp as string, call);
      // `reason` is always present so an If or Switch node can branch on it (null when the code was right).
      return [result.valid ? { ...result, reason: null } : { ...result }];
    }
    case 'get': {
      const session = await client.sessions.get(input.session_uuid, call);
      return [maskedSession(session)];
    }
    case 'getAll': {
      const { limit } = input;
      const filters = { ...input.filters, limit: Math.min(PLIVO_LIST_PAGE_MAX, limit) };
      const sessions: IDataObject[] = [];
      // iterate() pages through within the list limit (20 calls a minute), each session once; stop as soon as we
      // have enough.
      for await (const session of client.sessions.iterate(
        filters as Parameters<VerifyClient['sessions']['iterate']>[0],
        call,
      )) {
        sessions.push(maskedSession(session));
        if (sessions.length >= limit) break;
      }
      return sessions;
    }
  }
}
