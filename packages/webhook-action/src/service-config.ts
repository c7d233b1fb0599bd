import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core/pure';
import type { ServiceLimits } from './create-app.js';
import { signingSecretProblem } from './standard-webhooks.js';

/** Server configuration from the environment (the bin reads `process.env`). */
export interface ServiceConfig {
  readonly plivo?: { readonly authId: string; readonly authToken: string; readonly baseUrl?: string };
  readonly apiKeys: readonly string[];
  readonly signingSecret?: string;
  readonly redisUrl?: string;
  /** `WEBHOOK_STORE_SECRET`: key for the store's HMACs (default: derived from the Plivo auth token). */
  readonly storeSecret?: string;
  readonly limits: ServiceLimits;
  readonly dedupeWindowMs: number;
  readonly accountLimit: { readonly limit: number; readonly windowMs: number };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function positiveInt(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  min = 0,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name}: expected a whole number, got "${raw.slice(0, 20)}"`);
  const value = Number(raw);
  if (value < min) throw new ConfigError(`${name}: expected at least ${min}, got ${value}`);
  return value;
}

/** Every setting the service reads (README, Configuration). */
export const SETTINGS = [
  'PLIVO_AUTH_ID',
  'PLIVO_AUTH_TOKEN',
  'PLIVO_API_URL',
  'WEBHOOK_API_KEYS',
  'WEBHOOK_SIGNING_SECRET',
  'WEBHOOK_STORE_SECRET',
  'WEBHOOK_ALLOWED_COUNTRY_CODES',
  'WEBHOOK_RATE_LIMIT_PER_MINUTE',
  'WEBHOOK_RECIPIENT_LIMIT_PER_HOUR',
  'WEBHOOK_DEDUPE_WINDOW_SECONDS',
  'WEBHOOK_PLIVO_LIMIT',
  'WEBHOOK_PLIVO_WINDOW_MS',
  'WEBHOOK_SANDBOX_PORT',
  'REDIS_URL',
] as const;

/** The same letters, ignoring case, underscores and a plural s: `PLIVO_AUTHID` → `PLIVO_AUTH_ID`. */
const loose = (name: string) => name.toUpperCase().replaceAll('_', '').replace(/S$/, '');

/**
 * Settings that look meant for this service but do nothing: a misspelt name silently falls back to the default
 * (without credentials, to the sandbox). Names only, never values.
 */
export function configWarnings(env: Readonly<Record<string, string | undefined>>): string[] {
  const known = new Set<string>(SETTINGS);
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (known.has(name) || !/^(PLIVO|WEBHOOK)_/i.test(name)) continue;
    const meant = SETTINGS.find((setting) => loose(setting) === loose(name));
    warnings.push(`${name} is not a setting of this service${meant ? `; did you mean ${meant}?` : ' (see README)'}`);
  }
  if (env.PLIVO_API_URL && !(env.PLIVO_AUTH_ID && env.PLIVO_AUTH_TOKEN))
    warnings.push('PLIVO_API_URL is ignored without PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (the embedded sandbox is used)');
  return warnings;
}

/** `REDIS_URL` must be a Redis URL; the value is never echoed (it may hold a password). */
function redisUrlOf(raw: string): string {
  let protocol: string | undefined;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    throw new ConfigError('REDIS_URL: expected redis://[user:password@]host:port[/db] or rediss://…');
  return raw;
}

/** Reads `PLIVO_*`, `WEBHOOK_*` and `REDIS_URL`. Values are never echoed in errors beyond a short prefix of numbers. */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): ServiceConfig {
  const authId = env.PLIVO_AUTH_ID;
  const authToken = env.PLIVO_AUTH_TOKEN;
  if (Boolean(authId) !== Boolean(authToken))
    throw new ConfigError('set both PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN, or neither (sandbox)');
  const list = (name: string) =>
    (env[name] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const codes = list('WEBHOOK_ALLOWED_COUNTRY_CODES').map((code) => code.replace(/^\+/, ''));
  for (const code of codes) {
    if (!/^\d{1,4}$/.test(code))
      throw new ConfigError('WEBHOOK_ALLOWED_COUNTRY_CODES: expected calling codes like 1,44,91');
  }
  const signingProblem = env.WEBHOOK_SIGNING_SECRET ? signingSecretProblem(env.WEBHOOK_SIGNING_SECRET) : undefined;
  if (signingProblem) throw new ConfigError(`WEBHOOK_SIGNING_SECRET: ${signingProblem}`);
  const perKey = positiveInt(env, 'WEBHOOK_RATE_LIMIT_PER_MINUTE', 120);
  const perRecipient = positiveInt(env, 'WEBHOOK_RECIPIENT_LIMIT_PER_HOUR', 5);
  return {
    ...(authId && authToken
      ? { plivo: { authId, authToken, ...(env.PLIVO_API_URL ? { baseUrl: env.PLIVO_API_URL } : {}) } }
      : {}),
    apiKeys: list('WEBHOOK_API_KEYS'),
    ...(env.WEBHOOK_SIGNING_SECRET ? { signingSecret: env.WEBHOOK_SIGNING_SECRET } : {}),
    ...(env.REDIS_URL ? { redisUrl: redisUrlOf(env.REDIS_URL) } : {}),
    ...(env.WEBHOOK_STORE_SECRET ? { storeSecret: env.WEBHOOK_STORE_SECRET } : {}),
    limits: {
      perKey: perKey === 0 ? false : { limit: perKey, windowMs: 60_000 },
      perRecipient: perRecipient === 0 ? false : { limit: perRecipient, windowMs: 3_600_000 },
      allowedCallingCodes: codes,
    },
    dedupeWindowMs: positiveInt(env, 'WEBHOOK_DEDUPE_WINDOW_SECONDS', 0) * 1000,
    accountLimit: {
      // Plivo's own limit cannot be switched off: 0 would refuse every send (or, as a window, count nothing).
      limit: positiveInt(env, 'WEBHOOK_PLIVO_LIMIT', PLIVO_ACCOUNT_LIMIT.limit, 1),
      windowMs: positiveInt(env, 'WEBHOOK_PLIVO_WINDOW_MS', PLIVO_ACCOUNT_LIMIT.windowMs, 1),
    },
  };
}
