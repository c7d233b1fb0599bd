import { z } from 'zod/v4';
import type { Clock } from './clock.js';
import { parseInput } from './parse-input.js';
import { PLIVO_API_BASE_URL } from './plivo-api-base-url.js';
import {
  checkWindowOptions,
  PLIVO_ACCOUNT_LIMIT,
  PLIVO_LIST_LIMIT,
  type RateLimiter,
  type RateLimitOptions,
  type SlidingWindowOptions,
  slidingWindowLimiter,
} from './rate-limiter.js';
import { type RetryPolicy, resolveRetryPolicy } from './retry-policy.js';
import type { Transport } from './transport.js';
import { unknownKeyIssues } from './unknown-keys.js';
import { type FieldIssue, VerifyValidationError } from './verify-error.js';

/** Node clamps longer timers to 1 ms, so every call would time out at once; 10 minutes is already generous. */
export const MAX_TIMEOUT_MS = 600_000;

/** Why a base URL cannot be used as the prefix of every request path, or undefined. */
function baseUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `expected an absolute http(s) URL, e.g. ${PLIVO_API_BASE_URL}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `expected an absolute http(s) URL, e.g. ${PLIVO_API_BASE_URL}`;
  // Request paths are appended to the text: a query or fragment would swallow them, and fetch refuses credentials
  // in a URL before sending (which would read as "maybe sent").
  if (url.search || url.hash || value.includes('#') || value.includes('?'))
    return 'expected no query or fragment: just the scheme, host and optional path prefix';
  if (url.username || url.password) return 'expected no user name or password in the URL';
  if (/\/v1\/Account\//i.test(url.pathname))
    return `expected the API root without /v1/Account/…, e.g. ${PLIVO_API_BASE_URL} (core adds the path)`;
  return undefined;
}

const httpUrl = z
  .string({ message: `expected an absolute http(s) URL, e.g. ${PLIVO_API_BASE_URL}` })
  .superRefine((value, ctx) => {
    const problem = baseUrlProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

/** An integer number of milliseconds from `min` to `max`, with one message naming the range. */
export const milliseconds = (max: number, min = 0) =>
  z
    .number({ message: `expected milliseconds, an integer from ${min} to ${max}` })
    .int({ message: `expected milliseconds, an integer from ${min} to ${max}` })
    .min(min, { message: `expected milliseconds, an integer from ${min} to ${max}` })
    .max(max, { message: `expected milliseconds, an integer from ${min} to ${max}` });

const isFunction = (value: unknown): boolean => typeof value === 'function';

const ClientOptionsSchema = z.strictObject(
  {
    authId: z
      .string({ message: 'is required: your Plivo Auth ID (MA… or SA…)' })
      .regex(/^(MA|SA)[A-Z0-9]{18}$/, { message: 'expected MA or SA followed by 18 upper-case letters or digits' }),
    authToken: z
      .string({ message: 'is required: your Plivo Auth Token' })
      .min(1, { message: 'must not be empty' })
      .regex(/^[\x21-\x7e]+$/, { message: 'expected printable ASCII without spaces (check for a pasted newline)' }),
    baseUrl: httpUrl.optional(),
    timeoutMs: milliseconds(MAX_TIMEOUT_MS, 1).optional(),
    transport: z.custom<Transport>(isFunction, { message: 'expected a transport function (request) => response' }),
    clock: z.custom<Clock>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        isFunction((value as Clock).now) &&
        isFunction((value as Clock).sleep),
      { message: 'expected a clock { now(): number; sleep(ms, signal?): Promise<void> }' },
    ),
    random: z
      .custom<() => number>(isFunction, { message: 'expected a function returning a number in [0, 1)' })
      .optional(),
    retry: z
      .union(
        [
          z.literal(false),
          z.strictObject({
            maxAttempts: z
              .number({ message: 'expected an integer from 1 to 10' })
              .int({ message: 'expected an integer from 1 to 10' })
              .min(1, { message: 'expected an integer from 1 to 10' })
              .max(10, { message: 'expected an integer from 1 to 10' })
              .optional(),
            baseDelayMs: milliseconds(MAX_TIMEOUT_MS).optional(),
            maxDelayMs: milliseconds(MAX_TIMEOUT_MS).optional(),
            maxElapsedMs: milliseconds(3_600_000).optional(),
          }),
        ],
        { message: 'expected false or { maxAttempts?, baseDelayMs?, maxDelayMs?, maxElapsedMs? }' },
      )
      .optional(),
    // Checked by resolveLimiters, which names each limit's field.
    rateLimit: z.unknown().optional(),
  },
  { message: 'expected an options object { authId, authToken, … }' },
);

// A misspelt option would otherwise be a silent no-op (a `timeout` that never applies).
const MISSPELLED_OPTIONS: Readonly<Record<string, string>> = {
  timeout: 'timeoutMs',
  retries: 'retry',
  rateLimits: 'rateLimit',
  ratelimit: 'rateLimit',
  baseURL: 'baseUrl',
  baseurl: 'baseUrl',
  url: 'baseUrl',
  authID: 'authId',
  auth_id: 'authId',
  token: 'authToken',
  auth_token: 'authToken',
};

export interface CheckedClientOptions {
  readonly authId: string;
  readonly authToken: string;
  readonly baseUrl: string | undefined;
  readonly timeoutMs: number | undefined;
  readonly transport: Transport;
  readonly clock: Clock;
  readonly random: (() => number) | undefined;
  readonly retry: RetryPolicy;
}

const WHERE = { operation: 'client', method: 'NEW', path: '', prefix: 'options', hints: MISSPELLED_OPTIONS } as const;

/** Every client option checked at once; a `VerifyValidationError` names each bad one (`options.timeoutMs`, …). */
export function checkClientOptions(options: unknown): CheckedClientOptions {
  const parsed = parseInput(ClientOptionsSchema, options, WHERE);
  return {
    authId: parsed.authId,
    authToken: parsed.authToken,
    baseUrl: parsed.baseUrl,
    timeoutMs: parsed.timeoutMs,
    transport: parsed.transport,
    clock: parsed.clock,
    random: parsed.random,
    retry: resolveRetryPolicy(parsed.retry),
  };
}

function isLimiter(value: unknown): value is RateLimiter {
  return typeof value === 'object' && value !== null && isFunction((value as RateLimiter).acquire);
}

/** The account and list limiters for `rateLimit` (default: Plivo's documented limits, strict sliding windows). */
export function resolveLimiters(
  rateLimit: unknown,
  clock: Clock,
): { account: RateLimiter | undefined; list: RateLimiter | undefined } {
  if (rateLimit === false) return { account: undefined, list: undefined };
  if (rateLimit !== undefined && (typeof rateLimit !== 'object' || rateLimit === null)) {
    throw invalid([{ field: 'options.rateLimit', message: 'expected false or { account?, list? }' }]);
  }
  const limits = (rateLimit ?? {}) as RateLimitOptions;
  const issues: FieldIssue[] = unknownKeyIssues(limits, ['account', 'list'], 'options.rateLimit');
  const pick = (value: unknown, fallback: SlidingWindowOptions, name: string): RateLimiter | undefined => {
    if (value === false) return undefined;
    if (value === undefined) return slidingWindowLimiter(fallback, clock);
    if (isLimiter(value)) return value;
    const found = checkWindowOptions(value, `options.rateLimit.${name}`);
    issues.push(...found);
    return found.length === 0 ? slidingWindowLimiter(value as SlidingWindowOptions, clock) : undefined;
  };
  const account = pick(limits.account, PLIVO_ACCOUNT_LIMIT, 'account');
  const list = pick(limits.list, PLIVO_LIST_LIMIT, 'list');
  if (issues.length > 0) throw invalid(issues);
  return { account, list };
}

function invalid(issues: readonly FieldIssue[]): VerifyValidationError {
  return new VerifyValidationError(
    `Invalid client request: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`,
    { operation: 'client', method: 'NEW', path: '', issues, source: 'client' },
  );
}
