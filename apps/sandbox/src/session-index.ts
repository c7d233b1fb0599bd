import type { StoredSession } from './session-model.js';

/**
 * Sessions of one account or one recipient, oldest first by `created`, so a list walks from the newest and stops
 * at its time bound instead of scanning everything. Dropped sessions are skipped and compacted away lazily.
 */
export class SessionIndex {
  /** The index under `key` in `map`, created when missing. */
  static in(map: Map<string, SessionIndex>, key: string): SessionIndex {
    let index = map.get(key);
    if (index === undefined) {
      index = new SessionIndex();
      map.set(key, index);
    }
    return index;
  }

  items: StoredSession[] = [];
  #dead = 0;
  /**
   * A recipient's in-progress sessions that a create may reuse, at most one per account (and app): found here
   * instead of in a map keyed by account + recipient + app, so a create does one map lookup fewer and a session
   * keeps no key string.
   */
  #open: StoredSession[] | undefined;

  /** The open session of this account (and app, when given). */
  openFor(authId: string, appUuid: string | undefined): StoredSession | undefined {
    const open = this.#open;
    if (open === undefined) return undefined;
    for (const session of open) {
      if (session.authId === authId && (appUuid === undefined || session.app.app_uuid === appUuid)) return session;
    }
    return undefined;
  }

  addOpen(session: StoredSession): void {
    if (this.#open === undefined) this.#open = [session];
    else this.#open.push(session);
  }

  /** Call when a session is no longer in progress (or forgotten). */
  removeOpen(session: StoredSession): void {
    const open = this.#open;
    if (open === undefined) return;
    const at = open.indexOf(session);
    if (at === -1) return;
    if (open.length === 1) this.#open = undefined;
    else open.splice(at, 1);
  }

  add(session: StoredSession): void {
    const items = this.items;
    const last = items[items.length - 1];
    if (last === undefined) {
      this.items = [session]; // not push(): an empty array grows to 17 slots, and most recipients have 1 session
      return;
    }
    if (last.created <= session.created) {
      items.push(session);
      return;
    }
    // Only after the clock was set back: keep the order (after every session created at the same time).
    items.splice(
      firstWhere(items, (created) => created > session.created),
      0,
      session,
    );
  }

  /** Call after marking a session of this index dropped. */
  dropped(): void {
    this.#dead += 1;
    // Compact once an eighth is dead: dropped sessions must not stay reachable in bulk (memory stays flat).
    if (this.#dead > 32 && this.#dead * 8 > this.items.length) {
      this.items = this.items.filter((session) => !session.dropped);
      this.#dead = 0;
    }
  }

  /** The items without dropped sessions (compacted now if any are dropped), oldest first. */
  liveItems(): StoredSession[] {
    if (this.#dead > 0) {
      this.items = this.items.filter((session) => !session.dropped);
      this.#dead = 0;
    }
    return this.items;
  }

  get live(): number {
    return this.items.length - this.#dead;
  }
}

/** The first position whose session's `created` passes `test`, in items sorted by `created` (test false, then true). */
function firstWhere(items: readonly StoredSession[], test: (created: number) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test((items[mid] as StoredSession).created)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first position whose session was created after `gt` and at or after `gte`. */
export function lowerBound(items: readonly StoredSession[], gt: number, gte: number): number {
  return firstWhere(items, (created) => created > gt && created >= gte);
}

/** The first position whose session was created at or after `lt`, or after `lte`. */
export function upperBound(items: readonly StoredSession[], lt: number, lte: number): number {
  return firstWhere(items, (created) => created >= lt || created > lte);
}
