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

/** Bounds on `created` from the time filters: created > gt, >= gte, < lt, <= lte. */
interface TimeBounds {
  gt: number;
  gte: number;
  lt: number;
  lte: number;
}

/** Each time filter and the bound it tightens (`session_time` also bounds the end of its span, see below). */
const TIME_FILTERS: ReadonlyArray<readonly [string, keyof TimeBounds]> = [
  ['session_time', 'gte'],
  ['session_time__gt', 'gt'],
  ['session_time__gte', 'gte'],
  ['session_time__lt', 'lt'],
  ['session_time__lte', 'lte'],
];

function tighten(bounds: TimeBounds, bound: keyof TimeBounds, at: number): void {
  bounds[bound] = bound === 'gt' || bound === 'gte' ? Math.max(bounds[bound], at) : Math.min(bounds[bound], at);
}

/** A non-negative integer written in plain decimal digits ("0x10", "1e1", "2.0" are not), within the safe range. */
function plainInteger(text: string): number | undefined {
  if (!/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

export interface ListQuery extends TimeBounds {
  limit: number;
  offset: number;
  subaccount: string | undefined;
  /** The recipient filter (digits), for the index. */
  recipient: string | undefined;
  /** No session created before this can match (ms; -Infinity when unbounded). */
  since: number;
  status: string | undefined;
  appUuid: string | undefined;
  alias: string | undefined;
  country: string | undefined;
  brandName: string | undefined;
  appHash: string | undefined;
  /** Whether any filter besides the time bounds (and the recipient, which the index already applies) is given. */
  narrowed: boolean;
}

/**
 * Whether a session lies within the query's time bounds and is the recipient's. With `filterMatches`, a list's
 * whole test: plain field comparisons, no closures, as a list may test every session of the time window.
 */
export function windowMatches(q: ListQuery, session: StoredSession): boolean {
  const created = session.created;
  if (!(created > q.gt && created >= q.gte && created < q.lt && created <= q.lte)) return false;
  return q.recipient === undefined || session.recipient === q.recipient;
}

/** Whether a session has every value the query filters on, time and recipient aside. */
export function filterMatches(q: ListQuery, session: StoredSession): boolean {
  if (q.status !== undefined && session.status !== q.status) return false;
  if (q.appUuid !== undefined && session.app.app_uuid !== q.appUuid) return false;
  if (q.alias !== undefined && session.app.alias !== q.alias) return false;
  if (q.country !== undefined && session.country !== q.country) return false;
  if (q.brandName !== undefined || q.appHash !== undefined) {
    let brand = q.brandName === undefined;
    let hash = q.appHash === undefined;
    for (const attempt of session.attempts) {
      if (attempt.brand_name === q.brandName) brand = true;
      if (attempt.app_hash === q.appHash) hash = true;
    }
    if (!brand || !hash) return false;
  }
  return true;
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
  const bounds: TimeBounds = {
    gt: Number.NEGATIVE_INFINITY,
    gte: Number.NEGATIVE_INFINITY,
    lt: Number.POSITIVE_INFINITY,
    lte: Number.POSITIVE_INFINITY,
  };
  let timed = false;
  for (const [key, bound] of TIME_FILTERS) {
    const raw = value(key);
    if (raw === undefined) continue;
    const t = listTime(raw);
    if (t === undefined) return fail(400, `invalid ${key}: expected YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`);
    tighten(bounds, bound, t.start);
    if (key === 'session_time') tighten(bounds, 'lt', t.start + t.span);
    timed = true;
  }
  // No time filter: the last 24 hours, as documented.
  if (!timed) bounds.gte = now - DAY_MS;
  const subaccount = value('subaccount');
  if (subaccount !== undefined && !/^SA[A-Z0-9]{18}$/.test(subaccount)) {
    return fail(400, 'invalid subaccount: expected SA followed by 18 characters');
  }
  const filters = {
    status,
    appUuid: value('app_uuid'),
    alias: value('alias'),
    country: value('country')?.toUpperCase(),
    brandName: value('brand_name'),
    appHash: value('app_hash'),
  };
  return {
    limit,
    offset,
    subaccount,
    recipient,
    since: Math.max(bounds.gt, bounds.gte),
    ...bounds,
    ...filters,
    narrowed: Object.values(filters).some((v) => v !== undefined),
  };
}

/**
 * One page (newest first) with `meta.next` / `meta.previous` links that keep the filters. `page` holds the matches
 * from `offset` on; `more` says whether any match follows the page.
 */
export function listAnswer(
  page: StoredSession[],
  more: boolean,
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
        next: more ? link(offset + limit) : null,
        previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      },
      sessions: page.map(sessionView),
    },
  };
}
