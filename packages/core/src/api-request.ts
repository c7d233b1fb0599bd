import type { Clock } from './clock.js';
import { errorFromResponse } from './error-from-response.js';
import { QueueFullError, type RateLimiter, type ReleaseSlot } from './rate-limiter.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy } from './retry-policy.js';
import { type Transport, TransportError, type TransportResponse } from './transport.js';
import {
  VerifyAmbiguousError,
  type VerifyError,
  VerifyNetworkError,
  type VerifyOperation,
  VerifyProtocolError,
  VerifyRateLimitError,
} from './verify-error.js';

/** Everything one client shares between calls. */
export interface ApiContext {
  readonly baseUrl: string;
  readonly authorization: string;
  readonly authId: string;
  readonly authToken: string;
  /** The token in every form an echo could carry it (raw, URL-encoded, base64 Basic credential). */
  readonly secrets: readonly string[];
  readonly transport: Transport;
  readonly clock: Clock;
  readonly random: () => number;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly accountLimiter: RateLimiter | undefined;
  readonly listLimiter: RateLimiter | undefined;
  readonly userAgent: string;
}

export interface ApiCall {
  readonly operation: VerifyOperation;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly query?: URLSearchParams;
  readonly body?: Readonly<Record<string, unknown>>;
  /** Values that must never show up in an error (OTP, recipient). */
  readonly secrets?: readonly string[];
  /** Non-2xx statuses returned to the caller instead of thrown (validate's 400). */
  readonly passStatuses?: readonly number[];
  readonly signal?: AbortSignal;
}

export interface ApiAnswer {
  readonly status: number;
  readonly json: unknown;
}

type Attempt =
  | { readonly kind: 'done'; readonly answer: ApiAnswer }
  | { readonly kind: 'retry'; readonly error: VerifyError; readonly waitMs: number | undefined };

/** Takes a slot from each limiter in turn; the returned function gives every slot back (once). */
async function acquire(context: ApiContext, call: ApiCall): Promise<ReleaseSlot> {
  const limiters = [call.operation === 'list' ? context.listLimiter : undefined, context.accountLimiter];
  const releases: ReleaseSlot[] = [];
  const releaseAll: ReleaseSlot = (stillInFlight = false) => {
    for (const release of releases.splice(0)) release(stillInFlight);
  };
  for (const limiter of limiters) {
    if (limiter === undefined) continue;
    let release: Awaited<ReturnType<RateLimiter['acquire']>>;
    try {
      release = await limiter.acquire(call.signal);
    } catch (error) {
      releaseAll();
      if (!QueueFullError.isInstance(error)) throw error;
      throw new VerifyRateLimitError(
        `Client-side rate limit queue is full for ${call.method} ${call.path}; try again in ${error.retryAfterMs} ms`,
        {
          operation: call.operation,
          method: call.method,
          path: call.path,
          retryAfterMs: error.retryAfterMs,
          local: true,
        },
      );
    }
    if (typeof release === 'function') releases.push(release);
  }
  return releaseAll;
}

function parseJson(response: TransportResponse, call: ApiCall): unknown {
  try {
    return JSON.parse(response.body);
  } catch {
    throw new VerifyProtocolError(
      `Plivo answered ${response.status} with a body that is not JSON at ${call.method} ${call.path}`,
      { operation: call.operation, method: call.method, path: call.path, status: response.status },
    );
  }
}

/**
 * One attempt holds its rate-limit slots until it ends, however it ends, so they are dated at its end. An attempt
 * that ended with no answer after its request may have left is released as still in flight: it may reach Plivo
 * after this moment.
 */
async function attemptOnce(context: ApiContext, call: ApiCall, startedAt: number): Promise<Attempt> {
  const release = await acquire(context, call);
  const ended = { stillInFlight: false };
  try {
    return await sendOnce(context, call, startedAt, ended);
  } finally {
    release(ended.stillInFlight);
  }
}

async function sendOnce(
  context: ApiContext,
  call: ApiCall,
  startedAt: number,
  ended: { stillInFlight: boolean },
): Promise<Attempt> {
  const url = `${context.baseUrl}${call.path}${call.query && [...call.query].length > 0 ? `?${call.query}` : ''}`;
  const headers: Record<string, string> = {
    authorization: context.authorization,
    accept: 'application/json',
    'user-agent': context.userAgent,
  };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const where = { operation: call.operation, method: call.method, path: call.path };
  let response: TransportResponse;
  try {
    response = await context.transport({
      method: call.method,
      url,
      headers,
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      timeoutMs: context.timeoutMs,
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    });
  } catch (cause) {
    // Unknown failures count as "sent": the only safe reading for a call that may send a code.
    const failure = TransportError.isInstance(cause) ? cause : new TransportError('UNKNOWN', { phase: 'sent' });
    ended.stillInFlight = failure.phase === 'sent';
    const aborted = call.signal?.aborted === true;
    // The caller's abort ends the call, except that a create/validate that may have gone out stays ambiguous.
    if (aborted && (failure.phase === 'not-sent' || call.method === 'GET')) throw call.signal?.reason;
    if (failure.phase === 'sent' && call.method !== 'GET') {
      throw new VerifyAmbiguousError(
        `No answer to ${call.method} ${call.path} (${failure.reason}) after the request was sent: Plivo may have processed it. It was not retried.`,
        { ...where, startedAt: new Date(startedAt).toISOString(), timedOut: failure.timedOut, cause: failure },
      );
    }
    const error = new VerifyNetworkError(
      `${failure.timedOut ? 'Timed out' : 'Network failure'} on ${call.method} ${call.path} (${failure.reason})`,
      { ...where, timedOut: failure.timedOut, cause: failure },
    );
    return { kind: 'retry', error, waitMs: undefined };
  }

  const status = response.status;
  if ((status >= 200 && status < 300) || call.passStatuses?.includes(status)) {
    return { kind: 'done', answer: { status, json: parseJson(response, call) } };
  }
  // Retry-After is read on 429 and on 503 (Plivo or a proxy in maintenance).
  const retryAfterMs =
    status === 429 || status === 503
      ? parseRetryAfter(response.headers['retry-after'], context.clock.now())
      : undefined;
  const error = errorFromResponse(
    response,
    { ...where, secrets: [...context.secrets, ...(call.secrets ?? [])] },
    retryAfterMs,
  );
  // 429 means Plivo refused before doing anything; a 5xx is only safe to repeat for reads.
  if (status === 429 || (status >= 500 && call.method === 'GET')) return { kind: 'retry', error, waitMs: retryAfterMs };
  throw error;
}

/**
 * Sends one API call through the rate limiter and the retry policy. A call that may send a code is repeated
 * only when it provably was not processed (429, or the request never left).
 */
export async function apiRequest(context: ApiContext, call: ApiCall): Promise<ApiAnswer> {
  const startedAt = context.clock.now();
  for (let attempt = 1; ; attempt += 1) {
    call.signal?.throwIfAborted();
    const outcome = await attemptOnce(context, call, startedAt);
    if (outcome.kind === 'done') return outcome.answer;
    const wait = outcome.waitMs ?? backoffDelay(context.retry, attempt - 1, context.random);
    const elapsed = context.clock.now() - startedAt;
    if (attempt >= context.retry.maxAttempts || elapsed + wait > context.retry.maxElapsedMs) throw outcome.error;
    await context.clock.sleep(wait, call.signal);
  }
}
