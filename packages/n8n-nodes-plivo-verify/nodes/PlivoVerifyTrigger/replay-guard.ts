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
  /** 13-character records (hash + base-36 minute it was accepted, rounded up), oldest first. */
  nonces: string;
  /** Everything accepted up to this minute may have been forgotten (dropped for room or age). */
  forgottenUntil: number;
  v3Seen: boolean;
}

const empty = (): Memory => ({ nonces: '', forgottenUntil: 0, v3Seen: false });

// Workflow static data is loaded per request and saved after it (last save wins), so two callbacks answered
// together each save only what they loaded: this process keeps its own copy (keyed by workflow and node) and every
// save writes the union of both.
const inProcess = new Map<string, Memory>();

function hashOf(nonce: string): string {
  return createHash('sha256').update(nonce).digest('base64url').slice(0, HASH_CHARS);
}

const record = (hash: string, minute: number) => hash + minute.toString(36).padStart(TIME_CHARS, '0');
const minuteAt = (nonces: string, at: number) =>
  Number.parseInt(nonces.slice(at + HASH_CHARS, at + RECORD_CHARS), 36) || 0;

/** Whether a record for this hash is in the string (found at a record boundary, so never across two records). */
function holds(nonces: string, hash: string): boolean {
  for (let at = nonces.indexOf(hash); at !== -1; at = nonces.indexOf(hash, at + 1)) {
    if (at % RECORD_CHARS === 0) return true;
  }
  return false;
}

function decode(stored: unknown): Memory {
  const memory = empty();
  if (typeof stored !== 'object' || stored === null) return memory;
  const { nonces, forgottenUntil, v3Seen } = stored as IDataObject;
  if (typeof nonces === 'string') memory.nonces = nonces.slice(0, nonces.length - (nonces.length % RECORD_CHARS));
  if (typeof forgottenUntil === 'number' && Number.isFinite(forgottenUntil)) memory.forgottenUntil = forgottenUntil;
  memory.v3Seen = v3Seen === true;
  return memory;
}

/** Both memories in one, deduplicated (newest minute kept) and sorted oldest first. Only when they differ. */
function merge(a: Memory, b: Memory): Memory {
  const seen = new Map<string, number>();
  for (const nonces of [a.nonces, b.nonces]) {
    for (let at = 0; at + RECORD_CHARS <= nonces.length; at += RECORD_CHARS) {
      const hash = nonces.slice(at, at + HASH_CHARS);
      const minute = minuteAt(nonces, at);
      const known = seen.get(hash);
      if (known === undefined || known < minute) seen.set(hash, minute);
    }
  }
  let nonces = '';
  for (const [hash, minute] of [...seen].sort((x, y) => x[1] - y[1])) nonces += record(hash, minute);
  return { nonces, forgottenUntil: Math.max(a.forgottenUntil, b.forgottenUntil), v3Seen: a.v3Seen || b.v3Seen };
}

/** Drops the oldest records beyond the bound or the age limit; each one dropped moves `forgottenUntil` on. */
function trim(memory: Memory, nowMinute: number): Memory {
  const { nonces } = memory;
  const oldestKept = nowMinute - Math.floor(REPLAY_MEMORY.ttlMs / MINUTE);
  let from = Math.max(0, nonces.length - REPLAY_MEMORY.max * RECORD_CHARS);
  let forgottenUntil = memory.forgottenUntil;
  for (let at = 0; at < from; at += RECORD_CHARS) forgottenUntil = Math.max(forgottenUntil, minuteAt(nonces, at));
  while (from < nonces.length && minuteAt(nonces, from) <= oldestKept) {
    forgottenUntil = Math.max(forgottenUntil, minuteAt(nonces, from));
    from += RECORD_CHARS;
  }
  return { nonces: nonces.slice(from), forgottenUntil, v3Seen: memory.v3Seen };
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
      local = empty();
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
        let taken = '';
        let oldest = Number.POSITIVE_INFINITY;
        for (const entry of this.legacy.plivoSeenNonces) {
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') {
            const minute = Math.ceil(entry[1] / MINUTE);
            taken += record(hashOf(entry[0]), minute);
            oldest = Math.min(oldest, minute);
          }
        }
        // That memory kept 24 hours (and the newest 1,000): anything older may have been forgotten.
        const dayAgo = Math.ceil((this.now - LEGACY_TTL_MS) / MINUTE);
        const full = this.legacy.plivoSeenNonces.length >= LEGACY_MAX && Number.isFinite(oldest);
        const merged = merge(memory, { nonces: taken, forgottenUntil: 0, v3Seen: false });
        merged.forgottenUntil = Math.max(merged.forgottenUntil, dayAgo, full ? oldest : 0);
        this.loaded = merged;
        return merged;
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
    const stored = this.stored();
    const hashes = nonces.map(hashOf);
    if (hashes.some((hash) => holds(stored.nonces, hash) || holds(this.local.nonces, hash))) return true;
    // Usually the saved copy is what this process saved last (or this process has nothing yet): no merge needed.
    const both =
      this.local.nonces === stored.nonces || this.local.nonces === ''
        ? { ...stored, forgottenUntil: Math.max(stored.forgottenUntil, this.local.forgottenUntil) }
        : merge(stored, this.local);
    let added = '';
    for (const hash of new Set(hashes)) added += record(hash, this.nowMinute);
    const saved = trim(
      { ...both, nonces: both.nonces + added, v3Seen: both.v3Seen || this.local.v3Seen || version === 'v3' },
      this.nowMinute,
    );
    const all = this.staticData[STATIC_DATA_KEY];
    // A fresh object each time: n8n saves static data when a top-level key changes.
    this.staticData[STATIC_DATA_KEY] = {
      ...(typeof all === 'object' && all !== null ? (all as IDataObject) : {}),
      [this.nodeId]: { ...saved },
    };
    if (this.legacy !== undefined) {
      delete this.legacy.plivoSeenNonces;
      delete this.legacy.plivoV3Seen;
    }
    this.local.nonces = saved.nonces;
    this.local.forgottenUntil = saved.forgottenUntil;
    this.local.v3Seen = saved.v3Seen;
    return false;
  }
}
