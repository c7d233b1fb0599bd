import type { StoredSession } from './session-model.js';

/**
 * Sessions of one account or one recipient, oldest first by `created`, so a list walks from the newest and stops
 * at its time bound instead of scanning everything. Dropped sessions are skipped and compacted away lazily.
 */
export class SessionIndex {
  items: StoredSession[] = [];
  #dead = 0;

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
    // Only after the clock was set back: keep the order.
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((items[mid] as StoredSession).created <= session.created) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, session);
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

  get live(): number {
    return this.items.length - this.#dead;
  }
}
