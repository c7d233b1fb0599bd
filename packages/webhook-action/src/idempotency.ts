import { ProblemError, problem } from './problem.js';
import { hmacSha256Hex } from './sha256.js';
import type { StateStore } from './state-store.js';

/** A finished response, as stored for replays. */
export interface StoredResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

type IdempotencyRecord =
  | { readonly state: 'in-flight'; readonly fingerprint: string; readonly startedAt: number }
  | { readonly state: 'done'; readonly fingerprint: string; readonly response: StoredResponse };

export type ClaimOutcome =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  /** The key was in flight past its lease (its replica died mid-request): this request now holds it, to recover. */
  | { readonly kind: 'stale'; readonly startedAt: number };

/**
 * How long an in-flight record may run before a retry may take it over to recover its outcome: longer than any
 * live request can take (the action budget is 25 s), so the lease only lapses when its replica is gone.
 */
export const LEASE_MS = 60_000;

/** `Idempotency-Key` is a Structured Field string: quotes are optional here; 1–255 visible characters. */
export function parseIdempotencyKey(value: string | null): string | undefined {
  if (value === null) return undefined;
  const unquoted = value.trim().replace(/^"(.*)"$/, '$1');
  if (!/^[\x21-\x7e]{1,255}$/.test(unquoted)) {
    throw new ProblemError(
      problem(
        400,
        'bad-idempotency-key',
        'Bad Idempotency-Key',
        'Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID.',
      ),
    );
  }
  return unquoted;
}

/**
 * Store keys and fingerprints are HMACs under the deployment's store secret, never plain hashes: phone numbers and
 * session + code pairs are few enough that anyone reading the store could otherwise enumerate them back.
 */
export function fingerprinter(storeSecret: string): (parts: readonly unknown[]) => Promise<string> {
  return (parts) => hmacSha256Hex(storeSecret, JSON.stringify(parts));
}

/**
 * The default store secret: the Plivo auth token, which every replica of a deployment already shares, under a
 * label of its own (an HMAC key needs to be secret, not random). Rotating the token starts the store afresh.
 */
export function storeSecretFrom(authToken: string): string {
  return `plivo-verify-webhook/store-keys/v1:${authToken}`;
}

/**
 * draft-ietf-httpapi-idempotency-key-header semantics over the shared store: the first request claims the key
 * atomically; a finished one is replayed; one in flight is a 409; the same key with another payload a 422.
 */
export class Idempotency {
  readonly #store: StateStore;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(store: StateStore, ttlMs: number, now: () => number = Date.now) {
    this.#store = store;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /**
   * `recoverable`: the caller can find out what a stale attempt did without acting again; it then gets `stale`
   * and holds a fresh lease. Otherwise a stale attempt stays a 409 saying its outcome is unknown.
   */
  async claim(
    storeKey: string,
    fingerprint: string,
    options: { readonly recoverable?: boolean; readonly ttlMs?: number } = {},
  ): Promise<ClaimOutcome> {
    const mine: IdempotencyRecord = { state: 'in-flight', fingerprint, startedAt: this.#now() };
    const existing = await this.#store.putIfAbsent(storeKey, JSON.stringify(mine), options.ttlMs ?? this.#ttlMs);
    if (existing === undefined) return { kind: 'claimed' };
    const record = JSON.parse(existing) as IdempotencyRecord;
    if (record.fingerprint !== fingerprint) {
      throw new ProblemError(
        problem(
          422,
          'idempotency-key-reused',
          'Idempotency-Key reused',
          'This Idempotency-Key was already used with a different request body.',
        ),
      );
    }
    if (record.state === 'done') return { kind: 'replay', response: record.response };
    const stale = this.#now() - record.startedAt > LEASE_MS;
    if (stale && options.recoverable) {
      await this.hold(storeKey, fingerprint, mine.startedAt);
      return { kind: 'stale', startedAt: record.startedAt };
    }
    throw new ProblemError(
      stale
        ? problem(
            409,
            'outcome-unknown',
            'Earlier request did not finish',
            'A request with this Idempotency-Key started but never finished: a code may have been sent. Check the session or use a new key.',
            { maybe_sent: true },
          )
        : problem(
            409,
            'request-in-progress',
            'Request in progress',
            'A request with this Idempotency-Key is still being processed; retry in a moment.',
            { retryable: true },
          ),
      stale ? {} : { 'retry-after': '1' },
    );
  }

  async complete(
    storeKey: string,
    fingerprint: string,
    response: StoredResponse,
    ttlMs: number = this.#ttlMs,
  ): Promise<void> {
    const record: IdempotencyRecord = { state: 'done', fingerprint, response };
    await this.#store.put(storeKey, JSON.stringify(record), ttlMs);
  }

  /** (Re)writes an in-flight record started at `startedAt`: a takeover's fresh lease, or a stale one put back. */
  async hold(storeKey: string, fingerprint: string, startedAt: number): Promise<void> {
    const record: IdempotencyRecord = { state: 'in-flight', fingerprint, startedAt };
    await this.#store.put(storeKey, JSON.stringify(record), this.#ttlMs);
  }

  /** Frees the key when the request provably did nothing upstream, so a retry runs again. */
  async release(storeKey: string): Promise<void> {
    await this.#store.delete(storeKey);
  }
}
