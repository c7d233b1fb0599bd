import { z } from 'zod/v4';
import { type ApiContext, apiRequest } from './api-request.js';
import { checkClientOptions, resolveLimiters } from './client-options.js';
import type { Clock } from './clock.js';
import { type CreateSessionParams, createSessionParamsSchema, SessionUuid } from './create-session-params.js';
import { type FindAttemptsQuery, type FoundAttempts, findAttemptsQuery, pickAttempts } from './find-attempts.js';
import {
  type ListSessionsFilters,
  listSessionsFiltersSchema,
  MISSPELLED_FILTERS,
  PLIVO_LIST_PAGE_MAX,
} from './list-sessions-filters.js';
import { parseInput } from './parse-input.js';
import { PLIVO_API_BASE_URL } from './plivo-api-base-url.js';
import type { RateLimitOptions } from './rate-limiter.js';
import { scrubText, secretForms } from './redact.js';
import type { RetryOptions } from './retry-policy.js';
import {
  CreateSessionResponse,
  ListSessionsResponse,
  normaliseSession,
  type Session,
  Session as SessionSchema,
  VALIDATED_MESSAGE,
  ValidateSessionBody,
  type ValidateSessionResult,
} from './session.js';
import type { Transport } from './transport.js';
import { validateSessionParamsSchema } from './validate-session-params.js';
import { validationFailureReason } from './validation-reason.js';
import { type VerifyOperation, VerifyProtocolError } from './verify-error.js';

export interface VerifyClientOptions {
  /** `MA…` or `SA…` followed by 18 characters. */
  readonly authId: string;
  readonly authToken: string;
  /** Default `PLIVO_API_BASE_URL` (`https://api.plivo.com`); point it at the sandbox for offline work. */
  readonly baseUrl?: string;
  readonly transport: Transport;
  readonly clock: Clock;
  /** Per-request timeout, 1 ms to 10 minutes (default 15 s). */
  readonly timeoutMs?: number;
  /** `false` sends every request once. */
  readonly retry?: RetryOptions | false;
  /** `false` turns client-side limiting off; the default keeps to Plivo's documented limits. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Random source for jitter (default Math.random). */
  readonly random?: () => number;
}

export interface SessionsApi {
  /** Sends a code (a new session, or a new attempt of the recipient's open session). */
  create(params: CreateSessionParams, options?: CallOptions): Promise<CreateSessionResponse>;
  /** Checks a code. A wrong or expired code resolves with `valid: false` and a `reason`. */
  validate(sessionUuid: string, otp: string, options?: CallOptions): Promise<ValidateSessionResult>;
  get(sessionUuid: string, options?: CallOptions): Promise<Session & { api_id: string }>;
  list(filters?: ListSessionsFilters, options?: CallOptions): Promise<ListSessionsResponse>;
  /** Every session matching the filters, page by page, within the list rate limit. */
  iterate(filters?: ListSessionsFilters, options?: CallOptions): AsyncIterableIterator<Session>;
  /**
   * The recipient's attempts (codes sent) since a time, with their sessions: how to reconcile after a
   * `VerifyAmbiguousError` (`findAttempts({ recipient, since: error.startedAt })`).
   */
  findAttempts(query: FindAttemptsQuery, options?: CallOptions): Promise<FoundAttempts>;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface VerifyClient {
  readonly sessions: SessionsApi;
}

const SESSION_PATH = 'Verify/Session/';

const GetSessionParams = z.strictObject({ session_uuid: SessionUuid });

/** Only the signal is taken from call options: nothing a caller passes can change the request itself. */
function signalOf(call: unknown): { signal?: AbortSignal } {
  const signal = typeof call === 'object' && call !== null ? (call as CallOptions).signal : undefined;
  return signal instanceof AbortSignal ? { signal } : {};
}

function toQuery(filters: Record<string, unknown>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined) query.set(key, String(value));
  }
  return query;
}

function parseAnswer<S extends z.ZodType>(
  schema: S,
  json: unknown,
  where: { operation: VerifyOperation; method: string; path: string; status: number },
): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || 'body'))].join(', ');
  throw new VerifyProtocolError(
    `Plivo's ${where.operation} answer (${where.status}) did not have the documented shape (fields: ${fields})`,
    where,
  );
}

/** Builds the client from fully injected parts; the Node entry fills in axios and timers. */
export function createVerifyClientWith(options: VerifyClientOptions): VerifyClient {
  const checked = checkClientOptions(options);
  const limiters = resolveLimiters(options.rateLimit, checked.clock);
  const basePath = `/v1/Account/${checked.authId}/${SESSION_PATH}`;
  const context: ApiContext = {
    baseUrl: (checked.baseUrl ?? PLIVO_API_BASE_URL).replace(/\/+$/, ''),
    authorization: `Basic ${btoa(`${checked.authId}:${checked.authToken}`)}`,
    authId: checked.authId,
    authToken: checked.authToken,
    secrets: secretForms(checked.authId, checked.authToken),
    transport: checked.transport,
    clock: checked.clock,
    random: checked.random ?? Math.random,
    timeoutMs: checked.timeoutMs ?? 15_000,
    retry: checked.retry,
    accountLimiter: limiters.account,
    listLimiter: limiters.list,
    userAgent: 'plivo-verify-kit-core',
  };

  const sessionPath = (uuid: string) => `${basePath}${encodeURIComponent(uuid)}/`;

  async function list(filters: ListSessionsFilters = {}, call: CallOptions = {}): Promise<ListSessionsResponse> {
    const where = { operation: 'list' as const, method: 'GET', path: basePath };
    const parsed = parseInput(listSessionsFiltersSchema, filters, {
      ...where,
      prefix: 'filters',
      hints: MISSPELLED_FILTERS,
    });
    const answer = await apiRequest(context, {
      ...where,
      method: 'GET',
      query: toQuery(parsed),
      secrets: parsed.recipient ? [parsed.recipient] : [],
      ...signalOf(call),
    });
    const body = parseAnswer(ListSessionsResponse, answer.json, { ...where, status: answer.status });
    return { api_id: body.api_id, meta: body.meta, sessions: body.sessions.map(normaliseSession) };
  }

  async function* iterate(filters: ListSessionsFilters = {}, call: CallOptions = {}): AsyncIterableIterator<Session> {
    const where = { operation: 'list' as const, method: 'GET', path: basePath };
    // Checked before the first request, so bad filters (or null) fail on the first `next()` with a typed error.
    const first = parseInput(listSessionsFiltersSchema, filters, {
      ...where,
      prefix: 'filters',
      hints: MISSPELLED_FILTERS,
    });
    const pageSize = first.limit ?? PLIVO_LIST_PAGE_MAX;
    let offset = first.offset ?? 0;
    // Plivo lists newest first and pages by offset: a session created while we page pushes the others down, so the
    // next page starts with one already seen. Each session is yielded once (ones created after the walk began may
    // be missed; they were not there when it started).
    const seen = new Set<string>();
    while (true) {
      const page = await list({ ...filters, limit: pageSize, offset }, call);
      for (const session of page.sessions) {
        if (seen.has(session.session_uuid)) continue;
        seen.add(session.session_uuid);
        yield session;
      }
      if (page.meta.next === null || page.sessions.length === 0) return;
      offset += page.sessions.length;
    }
  }

  const sessions: SessionsApi = {
    async create(params, call = {}) {
      const where = { operation: 'create' as const, method: 'POST', path: basePath };
      const body = parseInput(createSessionParamsSchema, params, where);
      const answer = await apiRequest(context, {
        ...where,
        method: 'POST',
        body,
        secrets: [body.recipient],
        ...signalOf(call),
      });
      return parseAnswer(CreateSessionResponse, answer.json, { ...where, status: answer.status });
    },

    async validate(sessionUuid, otp, call = {}) {
      const checkedArgs = parseInput(
        validateSessionParamsSchema,
        { session_uuid: sessionUuid, otp },
        { operation: 'validate', method: 'POST', path: basePath },
      );
      const where = { operation: 'validate' as const, method: 'POST', path: sessionPath(checkedArgs.session_uuid) };
      const answer = await apiRequest(context, {
        ...where,
        method: 'POST',
        body: { otp: checkedArgs.otp },
        secrets: [checkedArgs.otp],
        passStatuses: [400],
        ...signalOf(call),
      });
      const body = parseAnswer(ValidateSessionBody, answer.json, { ...where, status: answer.status });
      const text = body.error ?? body.message ?? '';
      const message = scrubText(text, [...context.secrets, checkedArgs.otp]);
      const base = { api_id: body.api_id ?? '', message, session_uuid: checkedArgs.session_uuid };
      const ok = answer.status >= 200 && answer.status < 300 && body.message?.trim() === VALIDATED_MESSAGE;
      if (ok) return { valid: true, ...base };
      return { valid: false, reason: validationFailureReason(text), ...base, status: answer.status };
    },

    async get(sessionUuid, call = {}) {
      const { session_uuid } = parseInput(
        GetSessionParams,
        { session_uuid: sessionUuid },
        { operation: 'get', method: 'GET', path: basePath },
      );
      const where = { operation: 'get' as const, method: 'GET', path: sessionPath(session_uuid) };
      const answer = await apiRequest(context, { ...where, method: 'GET', ...signalOf(call) });
      const session = normaliseSession(parseAnswer(SessionSchema, answer.json, { ...where, status: answer.status }));
      return { ...session, api_id: session.api_id ?? '' };
    },

    list,
    iterate,

    async findAttempts(query, call = {}) {
      const checkedQuery = findAttemptsQuery(query, { operation: 'list', method: 'GET', path: basePath });
      const found: Session[] = [];
      for await (const session of iterate(checkedQuery.filters, call)) found.push(session);
      return pickAttempts(found, checkedQuery.fromMs);
    },
  };

  return { sessions };
}
