import type { Clock, VerifyClient } from '@plivo-verify/core/pure';
import { DEFAULT_CHANNEL, describeFields, type FieldDescriptor } from '@plivo-verify/core/pure';
import { Hono } from 'hono';
import type { ActionDescriptor } from './action-descriptor.js';
import { apiKeyVerifier, presentedKey } from './api-key-auth.js';
import { descriptors as allDescriptors } from './descriptors.js';
import { enforceCountryAllowlist, enforceWindow, type WindowLimit } from './fraud-guards.js';
import { fingerprinter, Idempotency, LEASE_MS, parseIdempotencyKey, type StoredResponse } from './idempotency.js';
import { memoryStore } from './memory-store.js';
import { openApiDocument } from './openapi.js';
import { fieldErrors, type Problem, ProblemError, problem, problemFromError, validationProblem } from './problem.js';
import { parseBody, readLimitedText } from './read-body.js';
import { signingSecretProblem, verifyStandardWebhook } from './standard-webhooks.js';
import type { StateStore } from './state-store.js';
import { StoreUnavailableError } from './store-unavailable-error.js';
import { swaggerDocument } from './swagger.js';

export interface ServiceLimits {
  /** Requests per API key (all routes); default 120 per minute. `false` turns it off. */
  readonly perKey?: WindowLimit | false;
  /** Sends per recipient; default 5 per hour. `false` turns it off. */
  readonly perRecipient?: WindowLimit | false;
  /** Country calling codes codes may be sent to, e.g. `['1', '44']`; empty or unset allows all. */
  readonly allowedCallingCodes?: readonly string[];
}

export interface CreateAppOptions {
  /** A core client with the server's Plivo credentials (and, for replicas, a store-backed account limiter). */
  readonly verify: VerifyClient;
  /** Accepted API keys (Bearer or X-API-Key). */
  readonly apiKeys: readonly string[];
  /** Standard Webhooks secret (`whsec_…`): signed requests are verified, and a good signature also authenticates. */
  readonly signingSecret?: string;
  readonly store?: StateStore;
  /**
   * Key for the HMACs that stand in for phone numbers and request bodies in the store. Required with `store`:
   * replicas sharing a store must use the same one (`startWebhookServer` and `createFetchHandler` derive it from the
   * Plivo auth token unless `WEBHOOK_STORE_SECRET` / this option is set). Without `store`, a random one is used.
   */
  readonly storeSecret?: string;
  readonly limits?: ServiceLimits;
  /** How long Idempotency-Key results are kept (default 24 h). */
  readonly idempotencyTtlMs?: number;
  /** Without a key, a repeated send to the same recipient/channel/app within this window returns the open session. 0 = off (default). */
  readonly dedupeWindowMs?: number;
  /** Default 16 KiB. */
  readonly maxBodyBytes?: number;
  /** Budget of one action, waiting for the account limit included (default 25 s, inside Zapier's 30 s). */
  readonly upstreamTimeoutMs?: number;
  readonly descriptors?: readonly ActionDescriptor[];
  /** Time for idempotency leases (default: the wall clock); give the same one to `memoryStore({ now })` in tests. */
  readonly clock?: Pick<Clock, 'now'>;
  /** Gets one line per answer the service failed to give (5xx): route, status, problem type, error kind. */
  readonly log?: (line: string) => void;
}

function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && /^\w{1,40}$/.test(name) ? name : 'Error';
}

const PROBLEM_TYPE = 'application/problem+json';
const DAY_MS = 24 * 60 * 60 * 1000;

function problemResponse(body: Problem, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_TYPE, 'cache-control': 'no-store', ...headers },
  });
}

function jsonResponse(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

function fromStored(stored: StoredResponse, extra: Readonly<Record<string, string>>): Response {
  return new Response(stored.body, { status: stored.status, headers: { ...stored.headers, ...extra } });
}

function randomSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Who is calling: an API key's tenant id, or a Standard Webhooks signature (with its signed message id). */
interface Caller {
  readonly tenant: string;
  readonly signedId?: string;
}

/** A problem as stored for replays (the same bytes `problemResponse` sends). */
function problemStored(body: Problem): StoredResponse {
  return { status: body.status, body: JSON.stringify(body), headers: { 'content-type': PROBLEM_TYPE } };
}

/** Form fields arrive as strings: numbers and booleans are converted by the field's declared type. */
const fieldCache = new WeakMap<ActionDescriptor, readonly FieldDescriptor[]>();

function fieldsOf(descriptor: ActionDescriptor): readonly FieldDescriptor[] {
  let fields = fieldCache.get(descriptor);
  if (!fields) {
    fields = describeFields(descriptor.input);
    fieldCache.set(descriptor, fields);
  }
  return fields;
}

function coerce(descriptor: ActionDescriptor, input: Record<string, unknown>): Record<string, unknown> {
  const out = { ...input };
  for (const field of fieldsOf(descriptor)) {
    const value = out[field.name];
    if (typeof value !== 'string') continue;
    if (field.type === 'integer' && /^-?\d{1,15}$/.test(value.trim())) out[field.name] = Number(value.trim());
    if (field.type === 'boolean' && (value === 'true' || value === 'false')) out[field.name] = value === 'true';
  }
  return out;
}

function budgetExpired(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** The action's time budget ran out: a read can simply be retried; a send or check may already have happened. */
function timeoutProblem(descriptor: ActionDescriptor): ProblemError {
  const read = descriptor.hints.readOnly;
  return new ProblemError(
    problem(
      504,
      'upstream-timeout',
      'Plivo did not answer in time',
      read
        ? 'Plivo did not answer in time; try again.'
        : 'Plivo did not answer in time: the request may have been processed. Retrying with the same Idempotency-Key will not act twice.',
      read ? { retryable: true } : { retryable: false, maybe_sent: true },
    ),
  );
}

/** A taken-over attempt whose outcome could not be found: stored, so no retry ever sends again. */
function unfinishedProblem(): ProblemError {
  return new ProblemError(
    problem(
      502,
      'outcome-unknown',
      'Earlier request did not finish',
      'A request with this Idempotency-Key started but never finished, and its code could not be found: one may have been sent. Check the session or use a new key.',
      { retryable: false, maybe_sent: true },
    ),
  );
}

/** Errors that prove nothing happened upstream: the idempotency key is freed so a retry runs again. */
function provablyNotSent(failure: ProblemError): boolean {
  return (
    failure.problem.maybe_sent !== true &&
    failure.problem.status !== 502 &&
    failure.problem.status !== 504 &&
    failure.problem.status !== 500
  );
}

/**
 * The HTTP service as a web-standard app: `createApp(options).fetch(request)`. Runs on Node via
 * `@hono/node-server` and as-is on edge and serverless runtimes.
 */
export function createApp(options: CreateAppOptions): Hono {
  const descriptors = options.descriptors ?? allDescriptors;
  const signingProblem = options.signingSecret === undefined ? undefined : signingSecretProblem(options.signingSecret);
  if (signingProblem) throw new TypeError(`createApp: signingSecret: ${signingProblem}`);
  if (options.store && !options.storeSecret)
    throw new TypeError('createApp: pass storeSecret with store (replicas sharing a store must use the same one)');
  const store = options.store ?? memoryStore();
  const fingerprintOf = fingerprinter(options.storeSecret || randomSecret());
  const keys = apiKeyVerifier(options.apiKeys);
  const clock = options.clock ?? { now: Date.now };
  const idempotency = new Idempotency(store, options.idempotencyTtlMs ?? DAY_MS, () => clock.now());
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const perKey = options.limits?.perKey ?? { limit: 120, windowMs: 60_000 };
  const perRecipient = options.limits?.perRecipient ?? { limit: 5, windowMs: 60 * 60 * 1000 };
  const dedupeWindowMs = options.dedupeWindowMs ?? 0;
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 25_000;
  const openapi = JSON.stringify(openApiDocument(descriptors));
  const swagger = swaggerDocument(descriptors);

  const app = new Hono();

  // A shared store that does not answer makes the replica unready: every send would fail with a 503.
  app.get('/healthz', async () => {
    try {
      await store.ping?.();
    } catch (error) {
      const failure = problemFromError(error);
      return problemResponse(failure.problem, failure.headers);
    }
    return jsonResponse(200, { ok: true });
  });
  app.get('/openapi.json', () => new Response(openapi, { headers: { 'content-type': 'application/json' } }));
  // Swagger 2.0 needs a host: the one the caller reached us on, so the file imports as is into Power Automate.
  app.get('/swagger.json', (c) => {
    const url = new URL(c.req.url);
    const document = { ...swagger, host: url.host, schemes: [url.protocol === 'http:' ? 'http' : 'https'] };
    return new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } });
  });

  async function authenticate(request: Request, rawBody: string): Promise<Caller> {
    const signed = request.headers.has('webhook-signature');
    if (signed && options.signingSecret) {
      const failure = await verifyStandardWebhook(options.signingSecret, request.headers, rawBody);
      // The signature covers webhook-id, timestamp and body only: nothing unsigned (an API key header) may change
      // who the caller is, and the signed webhook-id is the request's one idempotency key.
      if (failure === undefined) return { tenant: 'signed', signedId: request.headers.get('webhook-id') ?? '' };
      throw new ProblemError(
        problem(
          401,
          'bad-signature',
          'Bad signature',
          failure === 'stale'
            ? 'The webhook-timestamp is too old or in the future.'
            : 'The webhook signature does not match the body.',
        ),
      );
    }
    const key = presentedKey(request.headers);
    const tenant = key === undefined ? undefined : await keys.verify(key);
    if (tenant === undefined) {
      throw new ProblemError(
        problem(
          401,
          'unauthorized',
          'Unauthorized',
          'Send a valid API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".',
        ),
        { 'www-authenticate': 'Bearer realm="plivo-verify-webhook"' },
      );
    }
    return { tenant };
  }

  async function run(
    descriptor: ActionDescriptor,
    request: Request,
    params: Record<string, string>,
  ): Promise<Response> {
    const url = new URL(request.url);
    const rawBody = descriptor.http.method === 'POST' ? await readLimitedText(request, maxBodyBytes) : '';
    const caller = await authenticate(request, rawBody);
    const tenant = caller.tenant;
    const rateHeaders =
      perKey === false
        ? {}
        : await enforceWindow(store, 'per-key', tenant, perKey, 'Too many requests for this API key; slow down.');

    const body = descriptor.http.method === 'POST' ? parseBody(rawBody, request.headers.get('content-type')) : {};
    const input = coerce(descriptor, { ...body, ...params });
    const parsed = descriptor.input.safeParse(input);
    if (!parsed.success) throw new ProblemError(validationProblem(fieldErrors(parsed.error, input)));
    const data = parsed.data as Record<string, unknown>;

    // A signed request is idempotent on its signed webhook-id: replaying its bytes under a new Idempotency-Key must
    // not act again.
    const headerKey =
      caller.signedId !== undefined
        ? `wh:${caller.signedId}`
        : (parseIdempotencyKey(request.headers.get('idempotency-key')) ??
          (request.headers.get('webhook-id') || undefined));
    const isSend = descriptor.key === 'send_code';
    let claimKey: string | undefined;
    let dedupe = false;
    if (isSend) enforceCountryAllowlist(String(data.recipient), options.limits?.allowedCallingCodes);
    if (descriptor.http.method === 'POST' && headerKey !== undefined) {
      claimKey = `idem:${tenant}:${descriptor.key}:${headerKey}`;
    } else if (isSend && dedupeWindowMs > 0) {
      dedupe = true;
      const dedupeOn = await fingerprintOf([data.recipient, data.channel ?? DEFAULT_CHANNEL, data.app_uuid ?? '']);
      claimKey = `dedupe:${tenant}:${dedupeOn}`;
    }
    const claimFingerprint = dedupe || !claimKey ? 'dedupe' : await fingerprintOf([descriptor.key, data]);
    // Set when this request took over a key whose first attempt never finished: find its outcome, never resend.
    let recoverSince: Date | undefined;
    if (claimKey) {
      // A keyless dedupe claim lives no longer than a lease: a replica that dies mid-send blocks nobody for long.
      const outcome = await idempotency.claim(
        claimKey,
        claimFingerprint,
        dedupe ? { ttlMs: LEASE_MS } : { recoverable: descriptor.recover !== undefined },
      );
      if (outcome.kind === 'stale') recoverSince = new Date(outcome.startedAt);
      if (outcome.kind === 'replay') {
        // A stored failure (a send that may have gone out) replays as it was, keyed or not.
        if (!dedupe || outcome.response.status >= 300)
          return fromStored(outcome.response, { 'idempotent-replayed': 'true' });
        const previous = JSON.parse(outcome.response.body) as Record<string, unknown>;
        return jsonResponse(
          descriptor.http.dedupeStatus ?? 200,
          { ...previous, deduplicated: true },
          { location: outcome.response.headers.location ?? '' },
        );
      }
    }

    let answer: StoredResponse;
    try {
      if (isSend && perRecipient !== false && recoverSince === undefined) {
        const recipientKey = await fingerprintOf([data.recipient]);
        await enforceWindow(
          store,
          'per-recipient',
          recipientKey,
          perRecipient,
          'Too many codes sent to this number in the last hour.',
        );
      }
      // A cleared timer rather than AbortSignal.timeout: nothing stays alive for the whole budget after the answer.
      const budget = new AbortController();
      const timer = setTimeout(
        () => budget.abort(new DOMException('action budget expired', 'TimeoutError')),
        upstreamTimeoutMs,
      );
      let result: Record<string, unknown>;
      try {
        const context = { verify: options.verify, signal: budget.signal };
        if (recoverSince === undefined) result = await descriptor.perform(data, context);
        else {
          const recovered = await descriptor.recover?.(data, recoverSince, context);
          if (!recovered) throw unfinishedProblem();
          result = recovered;
        }
      } finally {
        clearTimeout(timer);
      }
      if (descriptor.key === 'check_code' && result.valid === false && url.searchParams.get('strict') === 'true') {
        answer = problemStored(
          problem(
            422,
            'code-not-accepted',
            'Code not accepted',
            `The code was not accepted (${String(result.reason)}).`,
            {
              reason: String(result.reason),
              ...(typeof result.api_id === 'string' && result.api_id ? { api_id: result.api_id } : {}),
            },
          ),
        );
      } else {
        const location =
          descriptor.http.successStatus === 201 ? { location: `/v1/sessions/${String(result.session_uuid)}` } : {};
        answer = {
          status: descriptor.http.successStatus,
          body: JSON.stringify(result),
          headers: { 'content-type': 'application/json', ...location },
        };
      }
    } catch (error) {
      const failure = budgetExpired(error) ? timeoutProblem(descriptor) : problemFromError(error);
      if (claimKey) {
        // A store that fails here must not replace the answer (a "maybe sent" must never read "nothing was sent"):
        // the key then stays in flight, and a retry after the lease looks the attempt up instead of acting again.
        const settled =
          // A takeover that could not even look: the attempt stays stale for the next retry (never freed: the dead
          // replica's code may be out).
          recoverSince !== undefined && provablyNotSent(failure)
            ? idempotency.hold(claimKey, claimFingerprint, recoverSince.getTime())
            : provablyNotSent(failure)
              ? idempotency.release(claimKey)
              : // Maybe sent: stored, so a retry (keyed, or a repeat in the dedupe window) never sends a second code.
                idempotency.complete(
                  claimKey,
                  claimFingerprint,
                  problemStored(failure.problem),
                  dedupe ? dedupeWindowMs : undefined,
                );
        await settled.catch(() => undefined);
      }
      throw failure;
    }
    // Outside the try: the action has happened, so a store failure here must never free the key or turn into a
    // "nothing was sent" answer. The caller still gets the result; the key stays in flight, and a retry recovers
    // the outcome after the lease instead of acting again.
    if (claimKey)
      await idempotency
        .complete(claimKey, claimFingerprint, answer, dedupe ? dedupeWindowMs : undefined)
        .catch(() => undefined);
    return fromStored(answer, { 'cache-control': 'no-store', ...rateHeaders });
  }

  for (const descriptor of descriptors) {
    const path = descriptor.http.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(descriptor.http.method, path, (c) => run(descriptor, c.req.raw, c.req.param() as Record<string, string>));
  }

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = descriptors
      .filter((d) => new RegExp(`^${d.http.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path))
      .map((d) => d.http.method);
    if (['/healthz', '/openapi.json', '/swagger.json'].includes(path)) allowed.push('GET');
    if (allowed.length > 0) {
      return problemResponse(
        problem(405, 'method-not-allowed', 'Method not allowed', `Use ${allowed.join(', ')} on this path.`),
        {
          allow: allowed.join(', '),
        },
      );
    }
    return problemResponse(problem(404, 'not-found', 'Not found', 'No such route. See /openapi.json.'));
  });

  app.onError((error, c) => {
    const failure = problemFromError(error);
    // Server-side faults are logged for the operator: the route, the status and the error's kind, never a message
    // (it could hold a value from the request).
    if (failure.problem.status >= 500 && options.log) {
      const reason = error instanceof StoreUnavailableError ? ` (${error.reason})` : '';
      const type = failure.problem.type.slice(failure.problem.type.lastIndexOf('/') + 1);
      options.log(
        `${c.req.method} ${c.req.routePath} → ${failure.problem.status} ${type}: ${errorName(error)}${reason}`,
      );
    }
    return problemResponse(failure.problem, failure.headers);
  });

  return app;
}
