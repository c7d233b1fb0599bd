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

function positiveInt(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name}: expected a whole number, got "${raw.slice(0, 20)}"`);
  return Number(raw);
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
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(env.WEBHOOK_STORE_SECRET ? { storeSecret: env.WEBHOOK_STORE_SECRET } : {}),
    limits: {
      perKey: perKey === 0 ? false : { limit: perKey, windowMs: 60_000 },
      perRecipient: perRecipient === 0 ? false : { limit: perRecipient, windowMs: 3_600_000 },
      allowedCallingCodes: codes,
    },
    dedupeWindowMs: positiveInt(env, 'WEBHOOK_DEDUPE_WINDOW_SECONDS', 0) * 1000,
    accountLimit: {
      limit: positiveInt(env, 'WEBHOOK_PLIVO_LIMIT', PLIVO_ACCOUNT_LIMIT.limit),
      windowMs: positiveInt(env, 'WEBHOOK_PLIVO_WINDOW_MS', PLIVO_ACCOUNT_LIMIT.windowMs),
    },
  };
}
