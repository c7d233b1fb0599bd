import { z } from 'zod/v4';
import { appProblems } from './app-config.js';
import { describeIssues, faultsSchema, latencySchema, rateLimitTogglesSchema } from './control-schemas.js';
import type { SandboxOptions } from './options.js';

const integer = (min: number, max: number) => {
  const message = `expected an integer from ${min} to ${max}`;
  return z.int({ error: message }).min(min, { error: message }).max(max, { error: message });
};
const text = z.string({ error: 'expected a non-empty string' }).min(1, { error: 'expected a non-empty string' });
const fn = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'function', { error: `expected a function ${what}` });
// Node's timers clamp anything above 2^31 - 1 ms to 1 ms.
const MAX_TIMER_MS = 2_147_483_647;

const APP_FIELDS = [
  'app_uuid',
  'alias',
  'code_length',
  'expiry_seconds',
  'max_attempts',
  'brand_name',
  'template',
  'app_hash',
];

// App values are checked by appProblems, the same check as `POST /__sandbox/apps`.
const appSchema = z
  .strictObject(
    Object.fromEntries(APP_FIELDS.map((key) => [key, z.unknown().optional()])) as Record<
      string,
      z.ZodOptional<z.ZodUnknown>
    >,
    { error: 'expected an app { app_uuid, alias?, code_length?, expiry_seconds?, max_attempts?, brand_name?, … }' },
  )
  .check((ctx) => {
    for (const problem of appProblems(ctx.value)) {
      const [field = '', ...rest] = problem.split(': ');
      ctx.issues.push({ code: 'custom', input: ctx.value, path: [field], message: rest.join(': ') });
    }
  });

/**
 * Every start option, checked before anything listens: a config file is JSON from a person's editor, where a
 * misspelt or mistyped key would otherwise be ignored or turn into nonsense (`port: "abc"`).
 */
export const sandboxOptionsSchema = z.strictObject(
  {
    host: text.optional(),
    allowedHosts: z.array(text, { error: 'expected an array of host names' }).optional(),
    port: integer(0, 65_535).optional(),
    accounts: z
      .array(
        z.strictObject(
          { authId: text, authToken: text, parentAuthId: text.optional(), mainAuthToken: text.optional() },
          { error: 'expected an account { authId, authToken, parentAuthId?, mainAuthToken? }' },
        ),
        { error: 'expected an array of accounts' },
      )
      .optional(),
    apps: z.array(appSchema, { error: 'expected an array of apps' }).optional(),
    latencyMs: latencySchema.optional(),
    rateLimit: z
      .union([z.boolean(), rateLimitTogglesSchema], { error: 'expected true, false or { account?, list? }' })
      .optional(),
    faults: faultsSchema.optional(),
    reuseKey: z.enum(['recipient', 'recipient+app'], { error: 'expected "recipient" or "recipient+app"' }).optional(),
    blockedCountries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/), { error: 'expected an array of ISO 3166 two-letter codes' })
      .optional(),
    retentionMs: integer(0, Number.MAX_SAFE_INTEGER).optional(),
    maxSessions: integer(1, 10_000_000).optional(),
    now: fn<() => number>('returning epoch milliseconds').optional(),
    timeouts: z
      .strictObject(
        {
          headersMs: integer(1, MAX_TIMER_MS).optional(),
          requestMs: integer(1, MAX_TIMER_MS).optional(),
          keepAliveMs: integer(1, MAX_TIMER_MS).optional(),
        },
        { error: 'expected { headersMs?, requestMs?, keepAliveMs? }' },
      )
      .optional(),
    maxConnections: integer(1, 1_000_000).optional(),
    maxBodyBytes: integer(1, 1 << 30).optional(),
    callbackRetry: z
      .strictObject(
        {
          attempts: integer(1, 100).optional(),
          baseDelayMs: integer(0, MAX_TIMER_MS).optional(),
          timeoutMs: integer(1, MAX_TIMER_MS).optional(),
          concurrency: integer(1, 10_000).optional(),
          maxQueue: integer(0, 10_000_000).optional(),
        },
        { error: 'expected { attempts?, baseDelayMs?, timeoutMs?, concurrency?, maxQueue? }' },
      )
      .optional(),
    random: fn<() => number>('returning a number in [0, 1)').optional(),
  },
  { error: 'expected an options object' },
);

/** Thrown for start options that cannot be used; the message names each bad key and what it expects. */
export class SandboxOptionsError extends Error {
  override readonly name = 'SandboxOptionsError';
}

/** The options, checked (defaults such as a fault's probability filled in), or a `SandboxOptionsError`. */
export function checkSandboxOptions(input: unknown): SandboxOptions {
  const result = sandboxOptionsSchema.safeParse(input ?? {});
  if (!result.success) {
    throw new SandboxOptionsError(`invalid options: ${describeIssues(result.error, sandboxOptionsSchema)}`);
  }
  return result.data as SandboxOptions;
}
