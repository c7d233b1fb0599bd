import type { VerifyClient } from '@plivo-verify/core/pure';
import { DEFAULT_CHANNEL, maskPhoneNumber, PLIVO_LIST_PAGE_MAX } from '@plivo-verify/core/pure';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

export type SessionOperation = 'create' | 'validate' | 'get' | 'getAll';

function text(context: IExecuteFunctions, name: string, index: number): string {
  const value = context.getNodeParameter(name, index, '');
  return typeof value === 'string' ? value.trim() : String(value);
}

function collection(context: IExecuteFunctions, name: string, index: number): IDataObject {
  return context.getNodeParameter(name, index, {}) as IDataObject;
}

/** Outputs are logged and shared: a session's number is shown masked, like Send Code's (`+1******0100`). */
function maskedSession(session: object): IDataObject {
  const json = { ...session } as IDataObject;
  if (typeof json.recipient === 'string' && json.recipient !== '') {
    json.recipient = maskPhoneNumber(json.recipient);
  }
  return json;
}

/** Runs one operation for one input item and returns the output items' JSON. */
export async function runSessionOperation(
  context: IExecuteFunctions,
  client: VerifyClient,
  operation: SessionOperation,
  index: number,
  signal: AbortSignal | undefined,
): Promise<IDataObject[]> {
  const call = signal === undefined ? {} : { signal };
  switch (operation) {
    case 'create': {
      // Wire names throughout: the parameters are named after core's fields; empty ones count as not given.
      const recipient = text(context, 'recipient', index);
      const channel = text(context, 'channel', index);
      const params = { ...collection(context, 'createOptions', index), recipient, channel };
      const created = await client.sessions.create(params as Parameters<VerifyClient['sessions']['create']>[0], call);
      // The number is echoed masked: outputs are logged and shared, and the input item still has it in full.
      return [{ ...created, recipient: maskPhoneNumber(recipient), channel: channel || DEFAULT_CHANNEL }];
    }
    case 'validate': {
      const result = await client.sessions.validate(
        text(context, 'session_uuid', index),
        text(context, 'otp', index),
        call,
      );
      // `reason` is always present so an If or Switch node can branch on it (null when the code was right).
      return [result.valid ? { ...result, reason: null } : { ...result }];
    }
    case 'get': {
      const session = await client.sessions.get(text(context, 'session_uuid', index), call);
      return [maskedSession(session)];
    }
    case 'getAll': {
      const returnAll = context.getNodeParameter('returnAll', index, false) as boolean;
      const limit = returnAll ? Number.POSITIVE_INFINITY : (context.getNodeParameter('limit', index, 50) as number);
      const filters = { ...collection(context, 'filters', index), limit: Math.min(PLIVO_LIST_PAGE_MAX, limit) };
      const sessions: IDataObject[] = [];
      // iterate() pages through within the list limit (20 calls a minute); stop as soon as we have enough.
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
