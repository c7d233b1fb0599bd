import { type Transport, TransportError } from './transport.js';
import { VerifyValidationError } from './verify-error.js';

export interface FetchTransportOptions {
  /** The fetch to use (default: the platform's `globalThis.fetch`). */
  readonly fetch?: typeof fetch;
}

// Codes (on the error's cause) that prove no connection was made, so the server cannot have seen the request.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The system codes found on an error's cause chain (and inside an AggregateError of connection attempts). */
function causeCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof record.code === 'string' ? [record.code] : [];
  const nested = Array.isArray(record.errors) ? record.errors.flatMap((e) => causeCodes(e, depth + 1)) : [];
  return [...own, ...nested, ...causeCodes(record.cause, depth + 1)];
}

function toTransportError(error: unknown, timedOut: boolean, callerAborted: boolean): TransportError {
  if (callerAborted) return new TransportError('ERR_CANCELED', { phase: 'sent' });
  if (timedOut) return new TransportError('ETIMEDOUT', { phase: 'sent', timedOut: true });
  const codes = causeCodes(error).filter((code) => code !== 'ERR_INVALID_ARG_TYPE');
  // Not-sent only on positive proof: every code seen says no connection was made.
  if (codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code))) {
    const connectTimeout = codes.includes('UND_ERR_CONNECT_TIMEOUT');
    return new TransportError(codes[0] ?? 'UNKNOWN', { phase: 'not-sent', timedOut: connectTimeout });
  }
  return new TransportError(codes[0] ?? 'UNKNOWN', { phase: 'sent' });
}

/**
 * A transport on the platform `fetch` (no axios): for Cloudflare Workers, Vercel, Deno, Bun and Node. It reports
 * `not-sent` only when the error's cause proves no connection was made; everything else is `sent`, so a create
 * is never repeated on a guess.
 */
export function fetchTransport(options: FetchTransportOptions = {}): Transport {
  const fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  if (typeof fetchImpl !== 'function') {
    const issues = [{ field: 'options.fetch', message: 'expected a fetch function (none on this platform)' }];
    throw new VerifyValidationError('Invalid fetchTransport options: options.fetch: expected a fetch function', {
      operation: 'client',
      method: 'NEW',
      path: '',
      issues,
      source: 'client',
    });
  }
  return async (request) => {
    // AbortSignal.timeout rather than a timer: the pure entry calls no timer functions.
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        redirect: 'manual',
        signal,
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      return { status: response.status, headers, body: await response.text() };
    } catch (error) {
      throw toTransportError(error, timeout.aborted, request.signal?.aborted === true);
    }
  };
}
