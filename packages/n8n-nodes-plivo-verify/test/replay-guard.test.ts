import type { IDataObject } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { REPLAY_MEMORY, ReplayGuard } from '../nodes/PlivoVerifyTrigger/replay-guard';

describe('ReplayGuard', () => {
  it('remembers at most the newest 1,000 nonces, each for 24 hours', () => {
    const staticData: IDataObject = {};
    const t0 = 1_800_000_000_000;
    for (let index = 0; index < REPLAY_MEMORY.max + 5; index++) {
      expect(new ReplayGuard(staticData, 'bound', t0).replayed([`n${index}`], 'v2')).toBe(false);
    }
    expect((staticData.plivoSeenNonces as unknown[]).length).toBe(REPLAY_MEMORY.max);
    // The newest is remembered; the oldest fell out of the bounded memory.
    expect(new ReplayGuard(staticData, 'bound', t0).replayed([`n${REPLAY_MEMORY.max + 4}`], 'v2')).toBe(true);
    expect(new ReplayGuard(staticData, 'bound-other-process', t0).replayed(['n0'], 'v2')).toBe(false);
    // After the TTL a nonce is forgotten (and the memory shrinks).
    const later = t0 + REPLAY_MEMORY.ttlMs + 1;
    expect(new ReplayGuard(staticData, 'ttl', later).replayed(['n10'], 'v2')).toBe(false);
    expect((staticData.plivoSeenNonces as unknown[]).length).toBe(1);
    expect(staticData.plivoV3Seen).toBeUndefined();
    new ReplayGuard(staticData, 'ttl', later).replayed(['v3-nonce'], 'v3');
    expect(new ReplayGuard({}, 'ttl', later).v3Seen).toBe(true);
  });

  it('ignores static data it did not write', () => {
    const staticData: IDataObject = { plivoSeenNonces: 'garbage' };
    expect(new ReplayGuard(staticData, 'junk', 1).replayed(['a'], 'v2')).toBe(false);
    expect(new ReplayGuard(staticData, 'junk-2', 1).replayed(['a'], 'v2')).toBe(true);
  });
});
