import type { ListQuery } from './list-query.js';
import type { Attempt, SessionStatus, StoredSession } from './session-model.js';

function bump(map: Map<string, number>, key: string | null, by: number): void {
  if (key === null) return;
  const next = (map.get(key) ?? 0) + by;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

/**
 * How many of an account's kept sessions have each status, app, alias and country, and how many attempts carry
 * each brand name and app hash. A list filter whose value no session has is answered without walking the
 * sessions, and a walk for a single filter stops once it has found every session that has the value.
 */
export class SessionTally {
  readonly #status = new Map<string, number>();
  readonly #app = new Map<string, number>();
  readonly #alias = new Map<string, number>();
  readonly #country = new Map<string, number>();
  readonly #brand = new Map<string, number>();
  readonly #hash = new Map<string, number>();

  add(session: StoredSession): void {
    this.#count(session, 1);
  }

  remove(session: StoredSession): void {
    this.#count(session, -1);
    for (const attempt of session.attempts) this.#countAttempt(attempt, -1);
  }

  addAttempt(attempt: Attempt): void {
    this.#countAttempt(attempt, 1);
  }

  moved(from: SessionStatus, to: SessionStatus): void {
    bump(this.#status, from, -1);
    bump(this.#status, to, 1);
  }

  /**
   * At most how many kept sessions can match the query's filters (Infinity when no filter is counted), and
   * whether that is exact (one session-level filter, so a walk may stop once it has found that many).
   */
  bound(q: ListQuery): { most: number; exact: boolean } {
    let most = Number.POSITIVE_INFINITY;
    let filters = 0;
    const limit = (map: Map<string, number>, value: string | undefined) => {
      if (value === undefined) return;
      most = Math.min(most, map.get(value) ?? 0);
      filters += 1;
    };
    limit(this.#status, q.status);
    limit(this.#app, q.appUuid);
    limit(this.#alias, q.alias);
    limit(this.#country, q.country);
    const sessionFilters = filters;
    limit(this.#brand, q.brandName);
    limit(this.#hash, q.appHash);
    return { most, exact: sessionFilters === 1 && filters === 1 };
  }

  #count(session: StoredSession, by: number): void {
    bump(this.#status, session.status, by);
    bump(this.#app, session.app.app_uuid, by);
    bump(this.#alias, session.app.alias, by);
    bump(this.#country, session.country, by);
  }

  #countAttempt(attempt: Attempt, by: number): void {
    bump(this.#brand, attempt.brand_name, by);
    bump(this.#hash, attempt.app_hash, by);
  }
}
