import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { REPLAY_MEMORY, ReplayGuard, STATIC_DATA_KEY } from '../nodes/PlivoVerifyTrigger/replay-guard';

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;
let processes = 0;
/** A guard as a fresh process (its own in-process memory) would build it from this static data. */
const guard = (global: IDataObject, now = T0, nodeId = 'node-1', legacy?: IDataObject) =>
  new ReplayGuard(global, nodeId, `process-${processes++}`, now, legacy);
const stored = (global: IDataObject, nodeId = 'node-1') =>
  (global[STATIC_DATA_KEY] as Record<string, IDataObject>)[nodeId] as IDataObject;

/** The record the guard writes for a nonce accepted at `ms`, built independently here. */
const record = (nonce: string, ms: number) =>
  createHash('sha256').update(nonce).digest('base64url').slice(0, 8) +
  Math.ceil(ms / MINUTE)
    .toString(36)
    .padStart(5, '0');

describe('ReplayGuard', () => {
  it('a replay is caught when any one of its nonces was seen: an added, unsigned V2 nonce header does not launder it', () => {
    const global: IDataObject = {};
    expect(guard(global).replayed(['v3-nonce'], 'v3')).toBe(false);
    // The captured V3 callback sent again with a fresh x-plivo-signature-v2-nonce: core reports both nonces.
    expect(guard(global).replayed(['v3-nonce', 'fresh-v2-nonce'], 'v3')).toBe(true);
    expect(guard(global).replayed(['fresh-v2-nonce', 'v3-nonce'], 'v3')).toBe(true);
  });

  it('remembers a nonce across processes (static data) and for 30 days, then refuses V3 signed before that', () => {
    const global: IDataObject = {};
    expect(guard(global).replayed(['n1'], 'v2')).toBe(false);
    expect(stored(global).nonces).toBe(record('n1', T0));
    // A captured V2 callback replayed after 24 hours (with any body: V2 does not sign it) is still caught.
    expect(guard(global, T0 + 24 * 60 * MINUTE + 1).replayed(['n1'], 'v2')).toBe(true);
    expect(guard(global, T0 + REPLAY_MEMORY.ttlMs - MINUTE).replayed(['n1'], 'v2')).toBe(true);
    // After 30 days it is forgotten, and the horizon says so: a V3 callback signed at T0 is too old to check.
    const later = T0 + REPLAY_MEMORY.ttlMs + 2 * MINUTE;
    const afterwards = guard(global, later);
    expect(afterwards.horizon).toBeGreaterThan(T0);
    expect(afterwards.replayed(['n2'], 'v2')).toBe(false);
    expect(stored(global).nonces).toBe(record('n2', later));
    expect(afterwards.horizon).toBeGreaterThan(T0 + REPLAY_MEMORY.leewayMs);
    // A fresh memory vouches for the last 30 days (less the clock leeway).
    expect(guard({}).horizon).toBe(T0 - REPLAY_MEMORY.ttlMs + REPLAY_MEMORY.leewayMs);
  });

  it('keeps the newest 20,000 in at most 260 KB; once it drops one, V3 signed before that is refused', () => {
    const global: IDataObject = {};
    // 20,000 accepted over the last 20,000 minutes (written directly: 20,000 calls would take minutes).
    let nonces = '';
    for (let index = 0; index < REPLAY_MEMORY.max; index++) {
      nonces += record(`n${index}`, T0 - (REPLAY_MEMORY.max - index) * MINUTE);
    }
    global[STATIC_DATA_KEY] = { 'node-1': { nonces, forgottenUntil: 0, v3Seen: true } };
    const g = guard(global);
    expect(g.horizon).toBe(T0 - REPLAY_MEMORY.ttlMs + REPLAY_MEMORY.leewayMs);
    expect(g.replayed(['n0'], 'v3')).toBe(true);
    expect(g.replayed(['new'], 'v3')).toBe(false);
    const saved = String(stored(global).nonces);
    expect(saved.length).toBe(REPLAY_MEMORY.max * 13);
    expect(JSON.stringify(global).length).toBeLessThan(260_100);
    // n0 was dropped for room: it is no longer known, so anything signed up to when it was seen is refused.
    const next = guard(global);
    expect(next.replayed(['n0'], 'v3')).toBe(false);
    expect(next.horizon).toBeGreaterThan(T0 - REPLAY_MEMORY.max * MINUTE);
  });

  it('saves the union of the loaded copy and this process: concurrent callbacks lose no nonce', () => {
    const database: IDataObject = {};
    const inProcessKey = 'one-process';
    // n8n loads a copy of static data per request and saves it after (last save wins).
    const copyA = structuredClone(database);
    const copyB = structuredClone(database);
    expect(new ReplayGuard(copyA, 'node-1', inProcessKey, T0).replayed(['a'], 'v3')).toBe(false);
    expect(new ReplayGuard(copyB, 'node-1', inProcessKey, T0 + MINUTE).replayed(['b'], 'v3')).toBe(false);
    Object.assign(database, copyA);
    Object.assign(database, copyB);
    // After a restart (no in-process memory) both are still known, oldest first.
    expect(stored(database).nonces).toBe(record('a', T0) + record('b', T0 + MINUTE));
    expect(guard(database, T0 + 2 * MINUTE).replayed(['a'], 'v3')).toBe(true);
  });

  it('is keyed by node id: a renamed node keeps its nonces and its "V3 seen" flag; another node has its own', () => {
    const global: IDataObject = {};
    expect(guard(global).replayed(['n1'], 'v3')).toBe(false);
    expect(guard(global).v3Seen).toBe(true);
    expect(guard(global).replayed(['n1'], 'v3')).toBe(true);
    expect(guard(global, T0, 'node-2').v3Seen).toBe(false);
    expect(guard(global, T0, 'node-2').replayed(['n1'], 'v3')).toBe(false);
  });

  it('takes over the memory versions 0.0.x kept in node static data, then removes it', () => {
    const global: IDataObject = {};
    const legacy: IDataObject = { plivoSeenNonces: [['old', T0 - MINUTE]], plivoV3Seen: true, listening: true };
    const g = guard(global, T0, 'node-1', legacy);
    expect(g.v3Seen).toBe(true);
    expect(g.replayed(['old'], 'v2')).toBe(true);
    expect(g.replayed(['new'], 'v2')).toBe(false);
    expect(legacy).toEqual({ listening: true });
    expect(guard(global).v3Seen).toBe(true);
    expect(guard(global).replayed(['old'], 'v2')).toBe(true);
    // It kept 24 hours: V3 signed before then may be a replay it forgot.
    expect(guard(global).horizon).toBeGreaterThanOrEqual(T0 - 24 * 60 * MINUTE);
  });

  it('ignores static data it did not write', () => {
    const global: IDataObject = { [STATIC_DATA_KEY]: { 'node-1': { nonces: 42, forgottenUntil: 'x' } } };
    expect(guard(global).replayed(['a'], 'v2')).toBe(false);
    expect(guard(global).replayed(['a'], 'v2')).toBe(true);
    expect(guard({ [STATIC_DATA_KEY]: 'garbage' }).replayed(['a'], 'v2')).toBe(false);
  });
});
