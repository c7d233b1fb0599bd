import { z } from 'zod/v4';
import type { CallbackParams } from './signature.js';
import { VerifyValidationError } from './verify-error.js';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === '' ? null : value));

/** A session status callback (wire names kept). */
export const CallbackEvent = z.looseObject({
  SessionUUID: z.string().min(1),
  SessionStatus: z.string().transform((value) => value.trim().toLowerCase()),
  Channel: z.string().transform((value) => value.trim().toLowerCase()),
  ChannelStatus: z.string().transform((value) => value.trim().toLowerCase()),
  AttemptSequence: z.coerce.number().int().min(1),
  AttemptUUID: z.string().min(1),
  Recipient: z.string().min(1),
  RequestTime: z.string().min(1),
  ChannelErrorCode: optionalText,
});
export type CallbackEvent = z.output<typeof CallbackEvent>;

function firstValues(params: CallbackParams | string): Record<string, string> {
  const source = typeof params === 'string' ? new URLSearchParams(params) : params;
  const out: Record<string, string> = {};
  if (source instanceof URLSearchParams) {
    for (const [key, value] of source) if (!(key in out)) out[key] = value;
    return out;
  }
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = String(first);
  }
  return out;
}

/**
 * Parses a status callback's form or query parameters (a record, URLSearchParams or the raw
 * `application/x-www-form-urlencoded` body) into a typed event. Verify the signature first.
 */
export function parseCallback(params: CallbackParams | string): CallbackEvent {
  const result = CallbackEvent.safeParse(firstValues(params));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'callback',
    message: issue.code === 'invalid_type' ? 'is required' : issue.message,
  }));
  throw new VerifyValidationError(
    `Invalid status callback: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`,
    { operation: 'client', method: 'CALLBACK', path: '', issues, source: 'client' },
  );
}
