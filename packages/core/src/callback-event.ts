import { z } from 'zod/v4';
import { fieldIssues } from './parse-input.js';
import { echoableFieldName } from './redact.js';
import type { CallbackParams } from './signature.js';
import { VerifyValidationError } from './verify-error.js';

/** Session status in a callback; `validated` (seen in Plivo's PHP docs) reads as `verified`. */
export type CallbackSessionStatus = 'in-progress' | 'verified' | 'expired' | 'unknown';
/** Channel status in a callback: SMS `queued`…`delivered`/`undelivered`/`failed`; voice `ringing`…`completed`. */
export type ChannelStatus =
  | 'queued'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'ringing'
  | 'in-progress'
  | 'answer'
  | 'completed'
  | 'unknown';

const SESSION_STATUSES: Readonly<Record<string, CallbackSessionStatus>> = {
  'in-progress': 'in-progress',
  in_progress: 'in-progress',
  verified: 'verified',
  validated: 'verified',
  expired: 'expired',
};
const CHANNEL_STATUSES = new Set<ChannelStatus>([
  'queued',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'ringing',
  'in-progress',
  'answer',
  'completed',
]);

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === '' ? null : value));

const callbackEventFields = {
  SessionUUID: z.string().min(1),
  SessionStatus: z
    .string()
    .transform((value): CallbackSessionStatus => SESSION_STATUSES[value.trim().toLowerCase()] ?? 'unknown'),
  Channel: z.string().transform((value) => value.trim().toLowerCase()),
  ChannelStatus: z.string().transform((value): ChannelStatus => {
    const folded = value.trim().toLowerCase() as ChannelStatus;
    return CHANNEL_STATUSES.has(folded) ? folded : 'unknown';
  }),
  // 1-based (the first attempt is 1); 0 would mean a malformed callback.
  AttemptSequence: z.coerce.number().int().min(1),
  AttemptUUID: z.string().min(1),
  Recipient: z.string().min(1),
  RequestTime: z.string().min(1),
  ChannelErrorCode: optionalText,
};

/** A session status callback (wire names kept; unknown parameters are kept at run time). */
export const CallbackEvent = z.looseObject(callbackEventFields);
const CallbackEventShape = z.object(callbackEventFields);
export type CallbackEvent = z.output<typeof CallbackEventShape>;

/** The first value of each parameter as text; a value with no text form (e.g. a null-prototype object) is an issue. */
function firstValues(params: CallbackParams | string): {
  values: Record<string, string>;
  issues: { field: string; message: string }[];
} {
  const source = typeof params === 'string' ? new URLSearchParams(params) : params;
  // No prototype, so a parameter named like an Object.prototype member is still just a parameter.
  const values: Record<string, string> = Object.create(null);
  const issues: { field: string; message: string }[] = [];
  if (source instanceof URLSearchParams) {
    for (const [key, value] of source) if (!(key in values)) values[key] = value;
    return { values, issues };
  }
  // Object.entries reads own keys only, so records with no prototype (Object.create(null)) work like any other.
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (first === undefined) continue;
    try {
      values[key] = String(first);
    } catch {
      issues.push({ field: echoableFieldName(key), message: 'expected text (a string or an array of strings)' });
    }
  }
  return { values, issues };
}

function invalidCallback(issues: { field: string; message: string }[]): VerifyValidationError {
  return new VerifyValidationError(
    `Invalid status callback: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`,
    { operation: 'client', method: 'CALLBACK', path: '', issues, source: 'client' },
  );
}

/**
 * Parses a status callback's form or query parameters (a record, URLSearchParams or the raw
 * `application/x-www-form-urlencoded` body) into a typed event. Prefer `verifyCallback`, which checks the
 * signature first.
 */
export function parseCallback(params: CallbackParams | string): CallbackEvent {
  if (typeof params !== 'string' && (typeof params !== 'object' || params === null)) {
    throw invalidCallback([{ field: 'params', message: 'expected the callback parameters (a record or a form body)' }]);
  }
  const { values, issues } = firstValues(params);
  if (issues.length > 0) throw invalidCallback(issues);
  const result = CallbackEvent.safeParse(values);
  if (result.success) return result.data as CallbackEvent;
  throw invalidCallback(fieldIssues(result.error, values, { whole: 'callback' }));
}
