import { scrubText } from './redact.js';
import type { TransportResponse } from './transport.js';
import {
  VerifyAuthenticationError,
  type VerifyError,
  VerifyNotFoundError,
  type VerifyOperation,
  VerifyPermissionError,
  VerifyProtocolError,
  VerifyRateLimitError,
  VerifyUpstreamError,
  VerifyValidationError,
} from './verify-error.js';

export interface ErrorContext {
  readonly operation: VerifyOperation;
  readonly method: string;
  readonly path: string;
  /** Values to cut out of any text that came back (auth token, OTP, recipient). */
  readonly secrets: readonly string[];
}

/** Plivo's error body `{ api_id, error }`; anything else yields empty fields. */
export function readErrorBody(body: string): { apiId: string | undefined; error: string | undefined } {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return { apiId: undefined, error: undefined };
    const record = parsed as Record<string, unknown>;
    return {
      apiId: typeof record.api_id === 'string' ? record.api_id : undefined,
      error: typeof record.error === 'string' ? record.error : undefined,
    };
  } catch {
    return { apiId: undefined, error: undefined };
  }
}

/** Maps a non-2xx answer to the error family. 429 and 503 get `retryAfterMs` from the caller. */
export function errorFromResponse(
  response: TransportResponse,
  context: ErrorContext,
  retryAfterMs: number | undefined,
): VerifyError {
  const { apiId, error } = readErrorBody(response.body);
  const detail = error === undefined ? '' : `: ${scrubText(error, context.secrets)}`;
  const status = response.status;
  const where = `${context.method} ${context.path}`;
  const init = { operation: context.operation, method: context.method, path: context.path, status, apiId };
  switch (true) {
    case status === 401:
      return new VerifyAuthenticationError(
        `Plivo refused the credentials (401) for ${where}${detail}. Check the Auth ID and Auth Token.`,
        init,
      );
    case status === 403: {
      const geoPermission = context.operation === 'create';
      const hint = geoPermission ? ' The destination country may not be enabled in your geo permissions.' : '';
      return new VerifyPermissionError(`Plivo answered 403 for ${where}${detail}.${hint}`, { ...init, geoPermission });
    }
    case status === 404:
      return new VerifyNotFoundError(`Not found (404) at ${where}${detail}`, init);
    case status === 429:
      return new VerifyRateLimitError(`Plivo rate limit reached (429) at ${where}${detail}`, {
        ...init,
        retryAfterMs,
        local: false,
      });
    case status >= 500: {
      const unsafe = context.method !== 'GET';
      const note = unsafe ? ' The request may have been processed; check the session before sending again.' : '';
      return new VerifyUpstreamError(`Plivo server error (${status}) at ${where}${detail}.${note}`, {
        ...init,
        retryable: !unsafe,
        retryAfterMs,
      });
    }
    case status >= 400:
      return new VerifyValidationError(`Plivo rejected the request (${status}) at ${where}${detail}`, {
        ...init,
        issues: [
          { field: 'request', message: error === undefined ? `HTTP ${status}` : scrubText(error, context.secrets) },
        ],
        source: 'server',
      });
    default:
      return new VerifyProtocolError(`Unexpected HTTP status ${status} at ${where}`, init);
  }
}
