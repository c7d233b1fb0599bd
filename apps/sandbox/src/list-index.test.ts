import { describe, expect, it } from 'vitest';
import { SandboxClock } from './clock.js';
import { completeApp, DEFAULT_APP } from './options.js';
import { SessionIndex } from './session-index.js';
import type { StoredSession } from './session-model.js';
import { VerifyEngine } from './verify-engine.js';

const AUTH_ID = 'MASANDBOX00000000001';
const OTHER_APP = completeApp({
  app_uuid: '11111111-2222-4333-8444-555555555555',
  alias: 'signup',
  brand_name: 'Acme',
});
const BASE = `/v1/Account/${AUTH_ID}/Verify/Session/`;

interface Row {
  session_uuid: string;
  status: string;
  app_uuid: string;
  alias: string;
  destination_country_iso2: string;
  attempt_details: Array<{ brand_name: string; app_hash: string }>;
  created_at: string;
}

/** A sandbox engine with sessions of two apps, three countries, brands and hashes; some verified, expired, dropped. */
function seeded() {
  let now = Date.UTC(2026, 10, 26, 12, 0, 0);
  const clock = new SandboxClock(() => now);
  const engine = new VerifyEngine(
    {
      accounts: [{ authId: AUTH_ID, authToken: 'sandbox-auth-token' }],
      apps: [OTHER_APP],
      reuseKey: 'recipient+app',
      blockedCountries: [],
      retentionMs: 90 * 86_400_000,
      maxSessions: 400, // the cap drops the oldest sessions along the way
    },
    clock,
    { onMessage() {}, onSessionChange() {}, onCallback() {} },
  );
  const prefixes = ['1415555', '4477009', '9187070'];
  const codes = new Map<string, string>();
  for (let i = 0; i < 600; i += 1) {
    now += 1_000;
    const answer = engine.create(
      AUTH_ID,
      {
        recipient: `${prefixes[i % 3]}${String(i).padStart(4, '0')}`,
        ...(i % 4 === 0 ? { app_uuid: OTHER_APP.app_uuid } : {}),
        ...(i % 5 === 0 ? { brand_name: 'Zeta' } : {}),
        ...(i % 7 === 0 ? { app_hash: 'FA+9qCX9VSu' } : {}),
      },
      '127.0.0.1',
    );
    const uuid = (answer.body as { session_uuid: string }).session_uuid;
    if (i % 6 === 0) {
      const code = engine.messages({ session_uuid: uuid, limit: 1 })[0]?.code ?? '';
      codes.set(uuid, code);
      engine.validate(AUTH_ID, uuid, { otp: code });
    }
    if (i % 50 === 0) engine.sweep();
  }
  // The default app's codes last 10 minutes: the older in-progress sessions have expired by now.
  now += 5 * 60_000;
  return { engine, now: () => now };
}

function list(engine: VerifyEngine, query: string): { rows: Row[]; next: string | null } {
  const answer = engine.list(AUTH_ID, BASE, new URLSearchParams(query));
  expect(answer.status).toBe(200);
  const body = answer.body as { sessions: Row[]; meta: { next: string | null } };
  return { rows: body.sessions, next: body.meta.next };
}

/** Every session of the last 24 h, newest first, paging through the unfiltered list. */
function everything(engine: VerifyEngine): Row[] {
  const all: Row[] = [];
  for (let offset = 0; ; offset += 20) {
    const { rows, next } = list(engine, `offset=${offset}`);
    all.push(...rows);
    if (next === null) return all;
  }
}

describe('list with 100s of sessions: pages and filters agree with filtering the whole list', () => {
  const { engine } = seeded();
  const all = everything(engine);

  it('holds the sessions the cap kept, each once, newest first', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.length).toBeLessThanOrEqual(400);
    expect(new Set(all.map((row) => row.session_uuid)).size).toBe(all.length);
    const times = all.map((row) => row.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(all.map((row) => row.status))).toEqual(new Set(['verified', 'expired', 'in-progress']));
  });

  const filters: Array<[string, (row: Row) => boolean]> = [
    ['status=verified', (row) => row.status === 'verified'],
    ['status=expired', (row) => row.status === 'expired'],
    ['status=in-progress', (row) => row.status === 'in-progress'],
    [`app_uuid=${OTHER_APP.app_uuid}`, (row) => row.app_uuid === OTHER_APP.app_uuid],
    [
      `app_uuid=${DEFAULT_APP.app_uuid}&status=verified`,
      (row) => row.app_uuid === DEFAULT_APP.app_uuid && row.status === 'verified',
    ],
    ['alias=signup', (row) => row.alias === 'signup'],
    ['country=GB', (row) => row.destination_country_iso2 === 'GB'],
    ['country=in&status=expired', (row) => row.destination_country_iso2 === 'IN' && row.status === 'expired'],
    ['brand_name=Zeta', (row) => row.attempt_details.some((a) => a.brand_name === 'Zeta')],
    ['app_hash=FA%2B9qCX9VSu', (row) => row.attempt_details.some((a) => a.app_hash === 'FA+9qCX9VSu')],
    [
      'brand_name=Zeta&app_hash=FA%2B9qCX9VSu&country=US',
      (row) =>
        row.attempt_details.some((a) => a.brand_name === 'Zeta') &&
        row.attempt_details.some((a) => a.app_hash === 'FA+9qCX9VSu') &&
        row.destination_country_iso2 === 'US',
    ],
    ['country=FR', () => false],
    ['brand_name=Nobody', () => false],
    ['app_uuid=00000000-0000-4000-8000-000000000000', () => false],
  ];

  it.each(filters)('%s, page by page', (query, keep) => {
    const expected = all.filter(keep).map((row) => row.session_uuid);
    const got: string[] = [];
    for (let offset = 0; ; offset += 7) {
      const { rows, next } = list(engine, `${query}&limit=7&offset=${offset}`);
      got.push(...rows.map((row) => row.session_uuid));
      if (next === null) break;
      expect(rows).toHaveLength(7);
    }
    expect(got).toEqual(expected);
  });

  it('deep and past-the-end offsets of the unfiltered list', () => {
    const deep = list(engine, `limit=5&offset=${all.length - 3}`);
    expect(deep.rows.map((row) => row.session_uuid)).toEqual(all.slice(-3).map((row) => row.session_uuid));
    expect(deep.next).toBeNull();
    expect(list(engine, `offset=${all.length}`).rows).toEqual([]);
    const exact = list(engine, `limit=20&offset=${all.length - 20}`);
    expect(exact.rows).toHaveLength(20);
    expect(exact.next).toBeNull();
  });
});

describe('the session index', () => {
  it('keeps sessions sorted by creation when the clock is set back, a tie after the sessions already there', () => {
    const index = new SessionIndex();
    const at = (created: number, name: string) => ({ created, session_uuid: name }) as unknown as StoredSession;
    for (const session of [at(10, 'a'), at(20, 'b'), at(30, 'c'), at(20, 'd'), at(5, 'e'), at(30, 'f'), at(20, 'g')]) {
      index.add(session);
    }
    expect(index.items.map((session) => session.session_uuid)).toEqual(['e', 'a', 'b', 'd', 'g', 'c', 'f']);
  });
});

describe('list across a main account and its subaccount (one walk over both indexes)', () => {
  const MAIN = 'MAMAIN00000000000001';
  const SUB = 'SASUB000000000000001';
  const OTHER = 'MAOTHER0000000000001';
  let now = Date.UTC(2026, 10, 26, 12, 0, 0);
  const engine = new VerifyEngine(
    {
      accounts: [
        { authId: MAIN, authToken: 'main-token' },
        { authId: SUB, authToken: 'sub-token', parentAuthId: MAIN },
        { authId: OTHER, authToken: 'other-token' },
      ],
      apps: [],
      reuseKey: 'recipient+app',
      blockedCountries: [],
      retentionMs: 90 * 86_400_000,
      maxSessions: 1_000,
    },
    new SandboxClock(() => now),
    { onMessage() {}, onSessionChange() {}, onCallback() {} },
  );
  const create = (account: string, recipient: string): string => {
    now += 1_000;
    return (engine.create(account, { recipient }, '127.0.0.1').body as { session_uuid: string }).session_uuid;
  };
  const shared: Record<string, string> = {};
  for (let i = 0; i < 90; i += 1) {
    const account = [MAIN, SUB, OTHER][i % 3] as string;
    const uuid = create(account, `1415555${String(i).padStart(4, '0')}`);
    if (i % 4 === 0) {
      engine.validate(account, uuid, { otp: engine.messages({ session_uuid: uuid, limit: 1 })[0]?.code ?? '' });
    }
    // One number that all three accounts send to, in the middle of the run.
    if (i === 45) for (const owner of [MAIN, OTHER, SUB]) shared[owner] = create(owner, '14155559999');
  }
  const uuids = (query: string): string[] => {
    const got: string[] = [];
    for (let offset = 0; ; offset += 4) {
      const answer = engine.list(
        MAIN,
        `/v1/Account/${MAIN}/Verify/Session/`,
        new URLSearchParams(`${query}&limit=4&offset=${offset}`),
      );
      const body = answer.body as { sessions: Row[]; meta: { next: string | null } };
      got.push(...body.sessions.map((row) => row.session_uuid));
      if (body.meta.next === null) return got;
    }
  };

  it('pages of a filter over both accounts are the unfiltered list filtered, newest first', () => {
    const all = engine.list(MAIN, `/v1/Account/${MAIN}/Verify/Session/`, new URLSearchParams('limit=20')).body as {
      sessions: Row[];
    };
    expect(all.sessions).toHaveLength(20);
    const everything = uuids('');
    expect(everything).toHaveLength(62);
    const verified = uuids('status=verified');
    expect(verified.length).toBeGreaterThan(10);
    const statuses = new Map<string, string>();
    for (let offset = 0; offset < 62; offset += 20) {
      const page = engine.list(MAIN, `/v1/Account/${MAIN}/Verify/Session/`, new URLSearchParams(`offset=${offset}`))
        .body as { sessions: Row[] };
      for (const row of page.sessions) statuses.set(row.session_uuid, row.status);
    }
    expect(statuses.size).toBe(62);
    expect(verified).toEqual(everything.filter((uuid) => statuses.get(uuid) === 'verified'));
    expect(uuids('status=in-progress')).toEqual(everything.filter((uuid) => statuses.get(uuid) === 'in-progress'));
  });

  it("a recipient shared with another account lists only the main account's and its subaccount's sessions", () => {
    expect(uuids(`recipient=${encodeURIComponent('+14155559999')}`)).toEqual([shared[SUB], shared[MAIN]]);
    expect(uuids(`recipient=14155559999&status=verified`)).toEqual([]);
    expect(uuids(`recipient=14155559999&subaccount=${SUB}`)).toEqual([shared[SUB]]);
  });
});
