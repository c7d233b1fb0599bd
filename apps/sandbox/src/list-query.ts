import { countryOf } from './country.js';
import { type Answer, fail, normaliseRecipient, type StoredSession, sessionView } from './session-model.js';
import { apiId } from './wire.js';

const LIST_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/;
const DAY_MS = 86_400_000;

/**
 * `YYYY-MM-DD HH:MM[:ss[.uuuuuu]]` (UTC) as the span it names: to the minute it is that whole minute, with seconds
 * that second, with a fraction that fraction's precision. `session_time` matches the span; the range filters
 * compare with its start.
 */
function listTime(value: string): { start: number; span: number } | undefined {
  const m = LIST_TIME.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (Number.isNaN(ms)) return undefined;
  const fraction = m[7] ? Number(m[7].padEnd(6, '0')) / 1000 : 0;
  const span = m[6] === undefined ? 60_000 : m[7] === undefined ? 1_000 : 10 ** (3 - m[7].length);
  return { start: ms + fraction, span };
}

type Span = { start: number; span: number };
const TIME_FILTERS: ReadonlyArray<readonly [string, (created: number, t: Span) => boolean]> = [
  ['session_time', (c, t) => c >= t.start && c < t.start + t.span],
  ['session_time__gt', (c, t) => c > t.start],
  ['session_time__gte', (c, t) => c >= t.start],
  ['session_time__lt', (c, t) => c < t.start],
  ['session_time__lte', (c, t) => c <= t.start],
];

/** A non-negative integer written in plain decimal digits ("0x10", "1e1", "2.0" are not), within the safe range. */
function plainInteger(text: string): number | undefined {
  if (!/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

export interface ListQuery {
  limit: number;
  offset: number;
  subaccount: string | undefined;
  /** The recipient filter (digits), for the index. */
  recipient: string | undefined;
  /** No session created before this can match (ms; -Infinity when unbounded). */
  since: number;
  matches(session: StoredSession): boolean;
}

/** The list API's query: 400 answers for bad values; unknown and empty keys are ignored. */
export function parseListQuery(query: URLSearchParams, now: number): ListQuery | Answer {
  const value = (key: string) => {
    const v = query.get(key);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };
  const rawLimit = value('limit');
  const limit = rawLimit === undefined ? 20 : plainInteger(rawLimit);
  if (limit === undefined || limit < 1 || limit > 20) return fail(400, 'invalid limit: allowed values are 1 to 20');
  const rawOffset = value('offset');
  const offset = rawOffset === undefined ? 0 : plainInteger(rawOffset);
  if (offset === undefined) return fail(400, 'invalid offset: expected an integer from 0 to 999999999999999');
  const status = value('status');
  if (status !== undefined && !['in-progress', 'verified', 'expired'].includes(status)) {
    return fail(400, 'invalid status: allowed values are in-progress, verified, expired');
  }
  let recipient: string | undefined;
  if (value('recipient') !== undefined) {
    recipient = normaliseRecipient(value('recipient'));
    if (recipient === undefined) return fail(400, 'invalid recipient');
  }
  const timeChecks: Array<(created: number) => boolean> = [];
  let since = Number.NEGATIVE_INFINITY;
  for (const [key, compare] of TIME_FILTERS) {
    const raw = value(key);
    if (raw === undefined) continue;
    const t = listTime(raw);
    if (t === undefined) return fail(400, `invalid ${key}: expected YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`);
    timeChecks.push((created) => compare(created, t));
    if (key === 'session_time' || key === 'session_time__gt' || key === 'session_time__gte')
      since = Math.max(since, t.start);
  }
  // No time filter: the last 24 hours, as documented.
  if (timeChecks.length === 0) {
    since = now - DAY_MS;
    timeChecks.push((created) => created >= since);
  }
  const subaccount = value('subaccount');
  if (subaccount !== undefined && !/^SA[A-Z0-9]{18}$/.test(subaccount)) {
    return fail(400, 'invalid subaccount: expected SA followed by 18 characters');
  }
  const appUuid = value('app_uuid');
  const country = value('country')?.toUpperCase();
  const alias = value('alias');
  const brandName = value('brand_name');
  const appHash = value('app_hash');
  return {
    limit,
    offset,
    subaccount,
    recipient,
    since,
    matches: (session) =>
      (status === undefined || session.status === status) &&
      (recipient === undefined || session.recipient === recipient) &&
      (appUuid === undefined || session.app.app_uuid === appUuid) &&
      (alias === undefined || session.app.alias === alias) &&
      (country === undefined || countryOf(session.recipient) === country) &&
      (brandName === undefined || session.attempts.some((a) => a.brand_name === brandName)) &&
      (appHash === undefined || session.attempts.some((a) => a.app_hash === appHash)) &&
      timeChecks.every((check) => check(session.created)),
  };
}

/** One page of matches (newest first) with `meta.next` / `meta.previous` links that keep the filters. */
export function listAnswer(
  matches: StoredSession[],
  query: ListQuery,
  params: URLSearchParams,
  basePath: string,
): Answer {
  const { limit, offset } = query;
  const link = (at: number) => {
    const kept = new URLSearchParams();
    for (const [key, v] of params) if (key !== 'limit' && key !== 'offset' && v !== '') kept.set(key, v);
    kept.set('limit', String(limit));
    kept.set('offset', String(at));
    return `${basePath}?${kept}`;
  };
  return {
    status: 200,
    body: {
      api_id: apiId(),
      meta: {
        limit,
        offset,
        next: offset + limit < matches.length ? link(offset + limit) : null,
        previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      },
      sessions: matches.slice(offset, offset + limit).map(sessionView),
    },
  };
}
