import { ProblemError, problem } from './problem.js';
import type { StateStore } from './state-store.js';

export interface WindowLimit {
  readonly limit: number;
  readonly windowMs: number;
}

function limitHeaders(name: string, rule: WindowLimit, remaining: number, resetMs: number): Record<string, string> {
  const windowS = Math.ceil(rule.windowMs / 1000);
  const resetS = Math.max(1, Math.ceil(resetMs / 1000));
  // draft-ietf-httpapi-ratelimit-headers (Structured Fields), plus the classic Retry-After.
  return {
    'ratelimit-policy': `"${name}";q=${rule.limit};w=${windowS}`,
    ratelimit: `"${name}";r=${remaining};t=${resetS}`,
  };
}

/** Counts one event; a refusal is a 429 problem with Retry-After and RateLimit headers. */
export async function enforceWindow(
  store: StateStore,
  name: string,
  key: string,
  rule: WindowLimit,
  detail: string,
): Promise<Record<string, string>> {
  const hit = await store.hit(`${name}:${key}`, rule.limit, rule.windowMs);
  const headers = limitHeaders(name, rule, hit.remaining, hit.retryAfterMs);
  if (hit.allowed) return headers;
  throw new ProblemError(problem(429, 'rate-limited', 'Too many requests', detail, { retryable: true }), {
    ...headers,
    'retry-after': String(Math.max(1, Math.ceil(hit.retryAfterMs / 1000))),
  });
}

/** Recipient digits (E.164 without +) must start with one of the allowed country calling codes. */
export function enforceCountryAllowlist(recipientDigits: string, callingCodes: readonly string[] | undefined): void {
  if (!callingCodes || callingCodes.length === 0) return;
  if (callingCodes.some((code) => recipientDigits.startsWith(code))) return;
  throw new ProblemError(
    problem(
      403,
      'country-not-allowed',
      'Destination not allowed',
      'This service does not send codes to that country.',
      {
        errors: [
          {
            field: 'recipient',
            message: `expected a number with one of the allowed country codes: +${callingCodes.join(', +')}`,
          },
        ],
      },
    ),
  );
}
