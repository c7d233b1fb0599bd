import { z } from 'zod/v4';
import { milliseconds } from './client-options.js';
import type { ListSessionsFilters } from './list-sessions-filters.js';
import { parseInput } from './parse-input.js';
import { PhoneNumber } from './phone-number.js';
import type { AttemptDetail, Session } from './session.js';
import { SESSION_TIME_MESSAGE, toSessionTime } from './session-time.js';
import type { VerifyOperation } from './verify-error.js';

export interface FindAttemptsQuery {
  /** The number the ambiguous create was for. */
  readonly recipient: string;
  /** When the ambiguous call started: `VerifyAmbiguousError.startedAt` (ISO) or a Date. */
  readonly since: Date | string;
  /** Allowance for the difference between this machine's clock and Plivo's (default 60 s). */
  readonly skewMs?: number;
  /**
   * How far before `since` sessions are listed (default 24 h). A create to a recipient whose session is still open
   * adds its attempt to that older session, so this must cover the longest code lifetime of your Verify apps.
   */
  readonly lookbackMs?: number;
}

/** One attempt (code sent) found, with the session it belongs to. */
export interface FoundAttempt extends AttemptDetail {
  readonly session_uuid: string;
}

export interface FoundAttempts {
  /** Sessions of the recipient with at least one attempt at or after `since − skewMs`. */
  readonly sessions: Session[];
  /** Those attempts, oldest first. Empty means no code went out in that span. */
  readonly attempts: FoundAttempt[];
}

const DEFAULT_SKEW_MS = 60_000;
// A create for a recipient with an open session adds an attempt to that older session, so sessions are listed
// from well before `since`: a day by default, the longest code lifetime an app can be given (an hour was too short:
// an attempt added to a 90-minute-old session was missed, and "nothing sent" invited a second code).
const SESSION_LOOKBACK_MS = 24 * 60 * 60_000;

/** Wire times (`2026-11-26T12:00:00.123000Z`, or `2026-11-26 12:00:00`, UTC) in ms; NaN when unreadable. */
export function wireTimeMs(text: string): number {
  const plivo = toSessionTime(text);
  if (plivo === undefined) return Number.NaN;
  return Date.parse(`${plivo.replace(' ', 'T')}Z`);
}

const FindAttemptsSchema = z.strictObject({
  recipient: PhoneNumber,
  since: z.union([z.string(), z.date()], { message: SESSION_TIME_MESSAGE }).transform((value, ctx) => {
    const ms = value instanceof Date ? value.getTime() : wireTimeMs(value);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: SESSION_TIME_MESSAGE });
      return z.NEVER;
    }
    return ms;
  }),
  skewMs: milliseconds(3_600_000).optional(),
  lookbackMs: milliseconds(7 * 86_400_000).optional(),
});

/** Checks the query and turns it into list filters plus the time from which attempts count. */
export function findAttemptsQuery(
  query: FindAttemptsQuery,
  where: { operation: VerifyOperation; method: string; path: string },
): { filters: ListSessionsFilters; fromMs: number } {
  const parsed = parseInput(FindAttemptsSchema, query, { ...where, prefix: 'query' });
  const fromMs = parsed.since - (parsed.skewMs ?? DEFAULT_SKEW_MS);
  return {
    filters: {
      recipient: parsed.recipient,
      session_time__gte: new Date(fromMs - (parsed.lookbackMs ?? SESSION_LOOKBACK_MS)),
    },
    fromMs,
  };
}

/** Keeps the attempts made at or after `fromMs`; an attempt whose time cannot be read counts (it may be one). */
export function pickAttempts(sessions: readonly Session[], fromMs: number): FoundAttempts {
  const attempts: FoundAttempt[] = [];
  const matched: Session[] = [];
  for (const session of sessions) {
    const recent = session.attempt_details.filter((attempt) => {
      const at = wireTimeMs(attempt.time);
      return Number.isNaN(at) || at >= fromMs;
    });
    const createdAt = wireTimeMs(session.created_at);
    if (recent.length > 0 || (!Number.isNaN(createdAt) && createdAt >= fromMs)) matched.push(session);
    for (const attempt of recent) attempts.push({ ...attempt, session_uuid: session.session_uuid });
  }
  attempts.sort((a, b) => (wireTimeMs(a.time) || 0) - (wireTimeMs(b.time) || 0));
  return { sessions: matched, attempts };
}
