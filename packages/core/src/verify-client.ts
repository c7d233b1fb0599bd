import { z } from 'zod/v4';
import { type ApiContext, apiRequest } from './api-request.js';
import type { Clock } from './clock.js';
import { CreateSessionParams } from './create-session-params.js';
import { ListSessionsFilters, MISSPELLED_FILTERS } from './list-sessions-filters.js';
import { parseInput } from './parse-input.js';
import { PLIVO_ACCOUNT_LIMIT, PLIVO_LIST_LIMIT, type RateLimitOptions, TokenBucket } from './rate-limiter.js';
import { scrubText } from './redact.js';
import { type RetryOptions, resolveRetryPolicy } from './retry-policy.js';
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
import { ValidateSessionParams } from './validate-session-params.js';
import { type VerifyOperation, VerifyProtocolError } from './verify-error.js';

export interface VerifyClientOptions {
  /** `MA…` or `SA…` followed by 18 characters. */
  readonly authId: string;
  readonly authToken: string;
  /** Default `https://api.plivo.com`; point it at the sandbox for offline work. */
  readonly baseUrl?: string;
  readonly transport: Transport;
  readonly clock: Clock;
  /** Per-request timeout (default 15 s). */
  readonly timeoutMs?: number;
  /** `false` sends every request once. */
  readonly retry?: RetryOptions | false;
  /** `false` turns client-side limiting off. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Random source for jitter (default Math.random). */
  readonly random?: () => number;
}

export interface SessionsApi {
  /** Sends a code (a new session, or a new attempt of the recipient's open session). */
  create(params: CreateSessionParams, options?: CallOptions): Promise<CreateSessionResponse>;
  /** Checks a code. A wrong or expired code resolves with `valid: false`. */
  validate(sessionUuid: string, otp: string, options?: CallOptions): Promise<ValidateSessionResult>;
  get(sessionUuid: string, options?: CallOptions): Promise<Session & { api_id: string }>;
  list(filters?: ListSessionsFilters, options?: CallOptions): Promise<ListSessionsResponse>;
  /** Every session matching the filters, page by page, within the list rate limit. */
  iterate(filters?: ListSessionsFilters, options?: CallOptions): AsyncIterableIterator<Session>;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface VerifyClient {
  readonly sessions: SessionsApi;
}

const ClientOptionsSchema = z.object({
  authId: z
    .string({ message: 'is required' })
    .regex(/^(MA|SA)[A-Z0-9]{18}$/, { message: 'expected MA or SA followed by 18 upper-case letters or digits' }),
  authToken: z
    .string({ message: 'is required' })
    .min(1, { message: 'must not be empty' })
    .regex(/^[\x21-\x7e]+$/, { message: 'expected printable ASCII without spaces (check for a pasted newline)' }),
  baseUrl: z
    .string()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === 'http:' || url.protocol === 'https:';
        } catch {
          return false;
        }
      },
      { message: 'expected an absolute http(s) URL, e.g. https://api.plivo.com' },
    )
    .optional(),
  timeoutMs: z.number().int().positive({ message: 'expected a positive number of milliseconds' }).optional(),
});

const SESSION_PATH = 'Verify/Session/';

const GetSessionParams = z.strictObject({ session_uuid: ValidateSessionParams.shape.session_uuid });

/** Only the signal is taken from call options: nothing a caller passes can change the request itself. */
function signalOf(call: CallOptions): { signal?: AbortSignal } {
  return call.signal === undefined ? {} : { signal: call.signal };
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
  const checked = parseInput(
    ClientOptionsSchema,
    {
      authId: options.authId,
      authToken: options.authToken,
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
    },
    { operation: 'client', method: 'NEW', path: '', prefix: 'options' },
  );
  const limits =
    options.rateLimit === false ? { account: false as const, list: false as const } : (options.rateLimit ?? {});
  const accountLimit = limits.account ?? PLIVO_ACCOUNT_LIMIT;
  const listLimit = limits.list ?? PLIVO_LIST_LIMIT;
  const basePath = `/v1/Account/${checked.authId}/${SESSION_PATH}`;
  const context: ApiContext = {
    baseUrl: (checked.baseUrl ?? 'https://api.plivo.com').replace(/\/+$/, ''),
    authorization: `Basic ${btoa(`${checked.authId}:${checked.authToken}`)}`,
    authToken: checked.authToken,
    transport: options.transport,
    clock: options.clock,
    random: options.random ?? Math.random,
    timeoutMs: checked.timeoutMs ?? 15_000,
    retry: resolveRetryPolicy(options.retry),
    accountBucket: accountLimit === false ? undefined : new TokenBucket(accountLimit, options.clock),
    listBucket: listLimit === false ? undefined : new TokenBucket(listLimit, options.clock),
    userAgent: 'plivo-verify-kit-core',
  };

  const sessionPath = (uuid: string) => `${basePath}${encodeURIComponent(uuid)}/`;

  async function list(filters: ListSessionsFilters = {}, call: CallOptions = {}): Promise<ListSessionsResponse> {
    const where = { operation: 'list' as const, method: 'GET', path: basePath };
    const parsed = parseInput(ListSessionsFilters, filters, { ...where, prefix: 'filters', hints: MISSPELLED_FILTERS });
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

  const sessions: SessionsApi = {
    async create(params, call = {}) {
      const where = { operation: 'create' as const, method: 'POST', path: basePath };
      const body = parseInput(CreateSessionParams, params, where);
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
        ValidateSessionParams,
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
      const message = scrubText(body.error ?? body.message ?? '', [checkedArgs.otp, context.authToken]);
      const base = { api_id: body.api_id ?? '', message, session_uuid: checkedArgs.session_uuid };
      const ok = answer.status >= 200 && answer.status < 300 && body.message?.trim() === VALIDATED_MESSAGE;
      return ok ? { valid: true, ...base } : { valid: false, ...base, status: answer.status };
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

    async *iterate(filters = {}, call = {}) {
      const pageSize = filters.limit ?? 20;
      let offset = filters.offset ?? 0;
      while (true) {
        const page = await list({ ...filters, limit: pageSize, offset }, call);
        yield* page.sessions;
        if (page.meta.next === null || page.sessions.length === 0) return;
        offset += page.sessions.length;
      }
    },
  };

  return { sessions };
}
