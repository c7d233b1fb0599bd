import { TransportError } from './transport.js';

/** System codes that prove no connection was made, so the server cannot have seen the request. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The system codes on an error, its cause chain and inside an AggregateError (Node tries several addresses). */
export function systemCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof record.code === 'string' ? [record.code] : [];
  const nested = Array.isArray(record.errors) ? record.errors.flatMap((e) => systemCodes(e, depth + 1)) : [];
  return [...own, ...nested, ...systemCodes(record.cause, depth + 1)];
}

/** True only when codes were found and every one of them proves the request never left. */
export function provesNotSent(codes: readonly string[]): boolean {
  return codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code));
}

// Codes HTTP clients use for "no answer in time"; a timeout is still `sent` (the server may have the request).
export const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'ECONNABORTED',
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * For a custom `Transport` on another HTTP client (n8n's helper, got, undici): turns what that client threw into
 * core's `TransportError`. `not-sent` (so core may retry a create) only when every system code on the error, its
 * causes and nested errors proves no connection was made; anything else is `sent`.
 */
export function transportErrorFrom(error: unknown): TransportError {
  // Client-level codes (axios' ERR_*) say nothing about the socket; the system codes under them do.
  const codes = systemCodes(error).filter((code) => !code.startsWith('ERR_'));
  const timedOut = codes.some((code) => TIMEOUT_CODES.has(code));
  const phase = provesNotSent(codes) ? 'not-sent' : 'sent';
  return new TransportError(codes[0] ?? 'UNKNOWN', { phase, timedOut });
}
