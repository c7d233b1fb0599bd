import {
  type CreateSessionParams,
  createSessionParamsSchema,
  findSentAttempt as findSentAttemptInCore,
  maskPhoneNumber,
  VALIDATION_FAILURE_REASONS,
  VerifyAmbiguousError,
  type VerifyClient,
  validateSessionParamsSchema,
} from '@plivo-verify/core/pure';
import type { ActionDescriptor } from './action-descriptor.js';
import { ProblemError, problem } from './problem.js';

const sessionUuid = {
  type: 'string',
  description: 'Identifies the verification session.',
  examples: ['4124e518-a8c9-4feb-8cff-d86636ba9234'],
};
const apiId = { type: 'string', description: "Plivo's request id, for support." };

const SAMPLE_UUID = '4124e518-a8c9-4feb-8cff-d86636ba9234';
const SAMPLE_API_ID = '3c0d3a63-2c57-4b3b-9b36-6a5e3e2f0a11';

/**
 * The attempt a create that started at `since` made, if the session list shows it (core's `findSentAttempt`: same
 * recipient, same channel and, when the caller named one, same app), as this service's send answer.
 */
async function findSentAttempt(
  verify: VerifyClient,
  input: CreateSessionParams,
  since: Date | string,
  signal: AbortSignal | undefined,
): Promise<Record<string, unknown> | undefined> {
  const attempt = await findSentAttemptInCore(verify.sessions, input, since, signal ? { signal } : {});
  if (!attempt) return undefined;
  return {
    session_uuid: attempt.session_uuid,
    api_id: '',
    message: "Session initiated (Plivo's answer was lost; the attempt was found in the session list)",
    deduplicated: false,
    reconciled: true,
  };
}

export const sendCode: ActionDescriptor<typeof createSessionParamsSchema> = {
  key: 'send_code',
  operationId: 'StartVerification',
  noun: 'Verification Session',
  title: 'Send Verification Code',
  description:
    'Sends a one-time code to a phone number by SMS or voice call and returns the session to check it against.',
  input: createSessionParamsSchema,
  http: { method: 'POST', path: '/v1/sessions', pathParams: [], successStatus: 201, dedupeStatus: 200 },
  output: {
    type: 'object',
    required: ['session_uuid', 'api_id', 'message', 'deduplicated'],
    properties: {
      session_uuid: sessionUuid,
      api_id: apiId,
      message: { type: 'string', description: "Plivo's message, e.g. Session initiated." },
      deduplicated: { type: 'boolean', description: 'True when an open session was returned instead of a new send.' },
      reconciled: {
        type: 'boolean',
        description: "True when Plivo's answer was lost and the session was found by looking the attempt up.",
      },
    },
  },
  sample: { session_uuid: SAMPLE_UUID, api_id: SAMPLE_API_ID, message: 'Session initiated', deduplicated: false },
  hints: { idempotent: false, readOnly: false },
  zapier: 'create',
  async perform(input, { verify, signal }) {
    try {
      const created = await verify.sessions.create(input, signal ? { signal } : {});
      return {
        session_uuid: created.session_uuid,
        api_id: created.api_id,
        message: created.message,
        deduplicated: false,
      };
    } catch (error) {
      if (!VerifyAmbiguousError.isInstance(error)) throw error;
      // The answer was lost after sending: look for the attempt instead of guessing. Found → the caller gets its
      // session. Not found (or the lookup fails) → still "maybe sent": nothing is ever resent on a guess.
      // Not under the request's signal: a lost answer is often that signal's own timeout, already fired.
      const found = await findSentAttempt(verify, input, error.startedAt, undefined).catch(() => undefined);
      if (!found) throw error;
      return found;
    }
  },
  // A lookup that fails says nothing about the dead replica's send: a retryable 503, and the key stays held for the
  // next retry (never stored as "maybe sent", never freed).
  recover: (input, since, { verify, signal }) =>
    findSentAttempt(verify, input, since, signal).catch(() => {
      throw new ProblemError(
        problem(
          503,
          'lookup-failed',
          'Could not look up the earlier attempt',
          'A request with this Idempotency-Key started on a replica that stopped, and its outcome could not be looked up just now. Retry with the same key.',
          { retryable: true },
        ),
      );
    }),
};

export const checkCode: ActionDescriptor<typeof validateSessionParamsSchema> = {
  key: 'check_code',
  operationId: 'ValidateOtp',
  noun: 'Verification Check',
  title: 'Check Verification Code',
  description:
    'Checks the code a user typed. A wrong or expired code is a normal result (valid: false with a reason), so flows can branch on it.',
  input: validateSessionParamsSchema,
  http: {
    method: 'POST',
    path: '/v1/sessions/{session_uuid}/validate',
    pathParams: ['session_uuid'],
    successStatus: 200,
  },
  output: {
    type: 'object',
    required: ['valid', 'session_uuid', 'message', 'api_id'],
    properties: {
      valid: { type: 'boolean', description: 'True when the code was right.' },
      reason: {
        type: 'string',
        enum: [...VALIDATION_FAILURE_REASONS],
        description: 'Why the code was not accepted (only when valid is false).',
      },
      session_uuid: sessionUuid,
      message: { type: 'string', description: "Plivo's message." },
      api_id: apiId,
    },
  },
  sample: { valid: true, session_uuid: SAMPLE_UUID, message: 'session validated successfully.', api_id: SAMPLE_API_ID },
  hints: { idempotent: false, readOnly: false },
  zapier: 'create',
  async perform(input, { verify, signal }) {
    const result = await verify.sessions.validate(input.session_uuid, input.otp, signal ? { signal } : {});
    const base = { session_uuid: result.session_uuid, message: result.message, api_id: result.api_id };
    return result.valid ? { valid: true, ...base } : { valid: false, reason: result.reason, ...base };
  },
};

const getSessionInput = validateSessionParamsSchema.pick({ session_uuid: true });

export const getSession: ActionDescriptor<typeof getSessionInput> = {
  key: 'get_session',
  operationId: 'GetSession',
  noun: 'Verification Session',
  title: 'Find Verification Session',
  description: 'Looks up a verification session: its status, attempts, channel and charges.',
  input: getSessionInput,
  http: { method: 'GET', path: '/v1/sessions/{session_uuid}', pathParams: ['session_uuid'], successStatus: 200 },
  output: {
    type: 'object',
    required: ['session_uuid', 'status'],
    properties: {
      session_uuid: sessionUuid,
      app_uuid: { type: 'string' },
      status: { type: 'string', description: 'in-progress, verified or expired.' },
      channel: { type: 'string', description: 'Channel of the last attempt.' },
      recipient: { type: 'string', description: 'Masked phone number, e.g. +14*****0100.' },
      count: { type: 'integer', description: 'Delivery attempts so far.' },
      destination_country_iso2: { type: 'string' },
      total_charge: { type: 'string', description: 'Decimal amount in USD.' },
      created_at: { type: 'string' },
      updated_at: { type: 'string' },
      api_id: apiId,
    },
  },
  sample: {
    session_uuid: SAMPLE_UUID,
    app_uuid: '00000000-0000-4000-8000-000000000001',
    status: 'verified',
    channel: 'sms',
    recipient: '+14*****0100',
    count: 1,
    destination_country_iso2: 'US',
    total_charge: '0.07100',
    created_at: '2026-11-26T12:00:00Z',
    updated_at: '2026-11-26T12:01:00Z',
    api_id: SAMPLE_API_ID,
  },
  hints: { idempotent: true, readOnly: true },
  zapier: 'search',
  async perform(input, { verify, signal }) {
    const session = await verify.sessions.get(input.session_uuid, signal ? { signal } : {});
    // Full phone numbers are secrets: the service only ever answers with the masked form.
    return {
      session_uuid: session.session_uuid,
      app_uuid: session.app_uuid,
      status: session.status,
      channel: session.channel,
      recipient: maskPhoneNumber(session.recipient),
      count: session.count,
      destination_country_iso2: session.destination_country_iso2,
      total_charge: session.charges.total_charge,
      created_at: session.created_at,
      updated_at: session.updated_at,
      api_id: session.api_id,
    };
  },
};

/** Every action, in the order platforms list them. */
export const descriptors: readonly ActionDescriptor[] = [
  sendCode as unknown as ActionDescriptor,
  checkCode as unknown as ActionDescriptor,
  getSession as unknown as ActionDescriptor,
];
