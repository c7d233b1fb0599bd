import { countryOf } from './country.js';
import { type Answer, fail, normaliseRecipient, type StoredSession, sessionView } from './session-model.js';
import { apiId } from './wire.js';

const LIST_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD HH:MM[:ss[.uuuuuu]]` (UTC) in ms. */
function listTime(value: string): number | undefined {
  const m = LIST_TIME.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  const fraction = m[7] ? Number(m[7].padEnd(6, '0')) / 1000 : 0;
  return Number.isNaN(ms) ? undefined : ms + fraction;
}

const TIME_FILTERS: ReadonlyArray<readonly [string, (created: number, t: number) => boolean]> = [
  ['session_time', (c, t) => Math.floor(c / 1000) === Math.floor(t / 1000)],
  ['session_time__gt', (c, t) => c > t],
  ['session_time__gte', (c, t) => c >= t],
  ['session_time__lt', (c, t) => c < t],
  ['session_time__lte', (c, t) => c <= t],
];

export interface ListQuery {
  limit: number;
  offset: number;
  subaccount: string | undefined;
  matches(session: StoredSession): boolean;
}

/** The list API's query: 400 answers for bad values; unknown and empty keys are ignored. */
export function parseListQuery(query: URLSearchParams, now: number): ListQuery | Answer {
  const value = (key: string) => {
    const v = query.get(key);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };
  const limit = value('limit') === undefined ? 20 : Number(value('limit'));
  if (!Number.isInteger(limit) || limit < 1 || limit > 20)
    return fail(400, 'invalid limit: allowed values are 1 to 20');
  const offset = value('offset') === undefined ? 0 : Number(value('offset'));
  if (!Number.isInteger(offset) || offset < 0) return fail(400, 'invalid offset: must be 0 or more');
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
  for (const [key, compare] of TIME_FILTERS) {
    const raw = value(key);
    if (raw === undefined) continue;
    const t = listTime(raw);
    if (t === undefined) return fail(400, `invalid ${key}: expected YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`);
    timeChecks.push((created) => compare(created, t));
  }
  // No time filter: the last 24 hours, as documented.
  if (timeChecks.length === 0) timeChecks.push((created) => created >= now - DAY_MS);
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
