import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * How much one trigger remembers: the newest 20,000 nonces, each for 30 days. A nonce is kept as a 13-character
 * record (48 bits of its SHA-256 + the minute it was seen), all in one string, so the memory stays under 260 KB of
 * workflow static data. V3 callbacks signed before what the memory still covers are refused (`stale`), with 15
 * minutes of leeway for clocks; V2 signs no time, so a V2 replay is caught only while its nonce is remembered.
 */
export const REPLAY_MEMORY = {
  max: 20_000,
  ttlMs: 30 * 24 * 60 * 60 * 1000,
  leewayMs: 15 * 60 * 1000,
} as const;

const HASH_CHARS = 8;
const TIME_CHARS = 5;
const RECORD_CHARS = HASH_CHARS + TIME_CHARS;
const MINUTE = 60_000;
const LEGACY_TTL_MS = 24 * 60 * 60 * 1000;
const LEGACY_MAX = 1000;
/** Where the memory lives in the workflow's global static data, one entry per trigger node id. */
export const STATIC_DATA_KEY = 'plivoVerifyReplay';

interface Memory {
  /** Nonce hash → the minute it was accepted (rounded up). */
  seen: Map<string, number>;
  /** Everything accepted up to this minute may have been forgotten (dropped for room or age). */
  forgottenUntil: number;
  v3Seen: boolean;
}

// Workflow static data is loaded per request and saved after it (last save wins), so two callbacks answered
// together each save only what they loaded: this process keeps its own copy (keyed by workflow and node) and every
// save writes the union of both.
const inProcess = new Map<string, Memory>();

function hashOf(nonce: string): string {
  return createHash('sha256').update(nonce).digest('base64url').slice(0, HASH_CHARS);
}

function decode(stored: unknown): Memory {
  const memory: Memory = { seen: new Map(), forgottenUntil: 0, v3Seen: false };
  if (typeof stored !== 'object' || stored === null) return memory;
  const { nonces, forgottenUntil, v3Seen } = stored as IDataObject;
  if (typeof nonces === 'string') {
    for (let at = 0; at + RECORD_CHARS <= nonces.length; at += RECORD_CHARS) {
      const minute = Number.parseInt(nonces.slice(at + HASH_CHARS, at + RECORD_CHARS), 36);
      if (Number.isFinite(minute)) remember(memory, nonces.slice(at, at + HASH_CHARS), minute);
    }
  }
  if (typeof forgottenUntil === 'number' && Number.isFinite(forgottenUntil)) memory.forgottenUntil = forgottenUntil;
  memory.v3Seen = v3Seen === true;
  return memory;
}

function remember(memory: Memory, hash: string, minute: number): void {
  const known = memory.seen.get(hash);
  if (known === undefined || known < minute) memory.seen.set(hash, minute);
}

/** Both memories in one, deduplicated, then cut to the bound; whatever is dropped moves `forgottenUntil` on. */
function union(a: Memory, b: Memory, nowMinute: number): Memory {
  const merged: Memory = {
    seen: new Map(a.seen),
    forgottenUntil: Math.max(a.forgottenUntil, b.forgottenUntil),
    v3Seen: a.v3Seen || b.v3Seen,
  };
  for (const [hash, minute] of b.seen) remember(merged, hash, minute);
  const oldestKept = nowMinute - Math.floor(REPLAY_MEMORY.ttlMs / MINUTE);
  // Newest first, so what fits the bound and the age limit is a prefix and everything after it is dropped.
  const entries = [...merged.seen].sort((x, y) => y[1] - x[1]);
  let keep = 0;
  while (keep < entries.length && keep < REPLAY_MEMORY.max && (entries[keep]?.[1] ?? 0) > oldestKept) keep++;
  for (const [, minute] of entries.slice(keep)) merged.forgottenUntil = Math.max(merged.forgottenUntil, minute);
  merged.seen = new Map(entries.slice(0, keep).reverse());
  return merged;
}

function encode(memory: Memory): IDataObject {
  let nonces = '';
  for (const [hash, minute] of memory.seen) nonces += hash + minute.toString(36).padStart(TIME_CHARS, '0');
  return { nonces, forgottenUntil: memory.forgottenUntil, v3Seen: memory.v3Seen };
}

/**
 * Replay memory of one trigger node: the signature nonces of the callbacks it accepted, in the workflow's global
 * static data under the node's id (renaming the node keeps it) and in this process. Plivo signs a fresh nonce for
 * every callback, so a nonce seen before is a replay (a captured request sent again).
 */
export class ReplayGuard {
  private readonly local: Memory;
  private readonly nowMinute: number;

  constructor(
    private readonly staticData: IDataObject,
    private readonly nodeId: string,
    processKey: string,
    private readonly now: number,
    /** The node-scoped static data versions up to 0.0.x wrote (keyed by node name); read once, then removed. */
    private readonly legacy?: IDataObject,
  ) {
    this.nowMinute = Math.ceil(now / MINUTE);
    let local = inProcess.get(processKey);
    if (local === undefined) {
      local = { seen: new Map(), forgottenUntil: 0, v3Seen: false };
      inProcess.set(processKey, local);
    }
    this.local = local;
  }

  private loaded: Memory | undefined;

  private stored(): Memory {
    if (this.loaded !== undefined) return this.loaded;
    const all = this.staticData[STATIC_DATA_KEY];
    const memory = decode(typeof all === 'object' && all !== null ? (all as IDataObject)[this.nodeId] : undefined);
    if (this.legacy !== undefined) {
      if (this.legacy.plivoV3Seen === true) memory.v3Seen = true;
      if (Array.isArray(this.legacy.plivoSeenNonces)) {
        for (const entry of this.legacy.plivoSeenNonces) {
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') {
            remember(memory, hashOf(entry[0]), Math.ceil(entry[1] / MINUTE));
          }
        }
        // That memory kept 24 hours (and the newest 1,000): anything older may have been forgotten.
        const kept = this.legacy.plivoSeenNonces.length;
        const oldest = memory.seen.size === 0 ? 0 : Math.min(...memory.seen.values());
        const dayAgo = Math.ceil((this.now - LEGACY_TTL_MS) / MINUTE);
        memory.forgottenUntil = Math.max(memory.forgottenUntil, dayAgo, kept >= LEGACY_MAX ? oldest : 0);
      }
    }
    this.loaded = memory;
    return memory;
  }

  /** Whether this trigger has accepted a V3-signed callback before (then V2 alone is a downgrade). */
  get v3Seen(): boolean {
    return this.local.v3Seen || this.stored().v3Seen;
  }

  /**
   * The oldest signed request time (ms) this memory can still vouch for: a callback signed before it may be a replay
   * whose nonce was forgotten.
   */
  get horizon(): number {
    const forgottenUntil = Math.max(this.local.forgottenUntil, this.stored().forgottenUntil);
    return Math.max(this.now - REPLAY_MEMORY.ttlMs, forgottenUntil * MINUTE) + REPLAY_MEMORY.leewayMs;
  }

  /** True when any of the nonces was accepted before; otherwise remembers them all (and a V3) and returns false. */
  replayed(nonces: readonly string[], version: 'v3' | 'v2'): boolean {
    const merged = union(this.stored(), this.local, this.nowMinute);
    const hashes = nonces.map(hashOf);
    if (hashes.some((hash) => merged.seen.has(hash))) return true;
    for (const hash of hashes) remember(merged, hash, this.nowMinute);
    if (version === 'v3') merged.v3Seen = true;
    const saved = union(merged, { seen: new Map(), forgottenUntil: 0, v3Seen: false }, this.nowMinute);
    const all = this.staticData[STATIC_DATA_KEY];
    // A fresh object each time: n8n saves static data when a top-level key changes.
    this.staticData[STATIC_DATA_KEY] = {
      ...(typeof all === 'object' && all !== null ? (all as IDataObject) : {}),
      [this.nodeId]: encode(saved),
    };
    if (this.legacy !== undefined) {
      delete this.legacy.plivoSeenNonces;
      delete this.legacy.plivoV3Seen;
    }
    this.local.seen = saved.seen;
    this.local.forgottenUntil = saved.forgottenUntil;
    this.local.v3Seen = saved.v3Seen;
    return false;
  }
}
