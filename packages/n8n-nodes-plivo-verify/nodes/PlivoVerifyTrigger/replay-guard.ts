import type { IDataObject } from 'n8n-workflow';

/** How many nonces are remembered per trigger, and for how long. */
export const REPLAY_MEMORY = { max: 1000, ttlMs: 24 * 60 * 60 * 1000 } as const;

type Seen = [nonce: string, seenAt: number][];

// Workflow static data is loaded per request and saved after it, so two copies of one request arriving together
// would both pass on it alone: this process keeps its own copy too (keyed by workflow and node).
const inProcess = new Map<string, { seen: Seen; v3Seen: boolean }>();

function fresh(seen: unknown, now: number): Seen {
  if (!Array.isArray(seen)) return [];
  return seen.filter(
    (entry): entry is [string, number] =>
      Array.isArray(entry) &&
      typeof entry[0] === 'string' &&
      typeof entry[1] === 'number' &&
      now - entry[1] < REPLAY_MEMORY.ttlMs &&
      entry[1] <= now + REPLAY_MEMORY.ttlMs,
  );
}

/**
 * Replay memory of one trigger: the signature nonces of the callbacks it accepted (bounded: the newest 1,000, each
 * for 24 hours), in workflow static data and in this process. Plivo signs a fresh nonce for every callback, so a
 * nonce seen before is a replay (a captured request sent again).
 */
export class ReplayGuard {
  private readonly local: { seen: Seen; v3Seen: boolean };

  constructor(
    private readonly staticData: IDataObject,
    key: string,
    private readonly now: number,
  ) {
    let local = inProcess.get(key);
    if (local === undefined) {
      local = { seen: [], v3Seen: false };
      inProcess.set(key, local);
    }
    this.local = local;
  }

  /** Whether this trigger has accepted a V3-signed callback before (then V2 alone is a downgrade). */
  get v3Seen(): boolean {
    return this.local.v3Seen || this.staticData.plivoV3Seen === true;
  }

  /** True when any of the nonces was accepted before; otherwise remembers them all (and a V3) and returns false. */
  replayed(nonces: readonly string[], version: 'v3' | 'v2'): boolean {
    const stored = fresh(this.staticData.plivoSeenNonces, this.now);
    this.local.seen = fresh(this.local.seen, this.now);
    const known = new Set([...stored, ...this.local.seen].map(([nonce]) => nonce));
    if (nonces.some((nonce) => known.has(nonce))) return true;
    const added = nonces.map((nonce): [string, number] => [nonce, this.now]);
    this.staticData.plivoSeenNonces = [...stored, ...added].slice(-REPLAY_MEMORY.max);
    this.local.seen = [...this.local.seen, ...added].slice(-REPLAY_MEMORY.max);
    if (version === 'v3') {
      this.staticData.plivoV3Seen = true;
      this.local.v3Seen = true;
    }
    return false;
  }
}
