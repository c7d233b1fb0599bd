import { ProblemError, problem } from './problem.js';
import { sha256, toHex } from './sha256.js';
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
  | { readonly kind: 'replay'; readonly response: StoredResponse };

/** How long an in-flight record may take before a retry is told the first attempt's outcome is unknown. */
const LEASE_MS = 60_000;

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

export async function fingerprintOf(parts: readonly unknown[]): Promise<string> {
  return toHex(await sha256(JSON.stringify(parts)));
}

/**
 * draft-ietf-httpapi-idempotency-key-header semantics over the shared store: the first request claims the key
 * atomically; a finished one is replayed; one in flight is a 409; the same key with another payload a 422.
 */
export class Idempotency {
  readonly #store: StateStore;
  readonly #ttlMs: number;

  constructor(store: StateStore, ttlMs: number) {
    this.#store = store;
    this.#ttlMs = ttlMs;
  }

  async claim(storeKey: string, fingerprint: string): Promise<ClaimOutcome> {
    const mine: IdempotencyRecord = { state: 'in-flight', fingerprint, startedAt: Date.now() };
    const existing = await this.#store.putIfAbsent(storeKey, JSON.stringify(mine), this.#ttlMs);
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
    const stale = Date.now() - record.startedAt > LEASE_MS;
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

  /** Frees the key when the request provably did nothing upstream, so a retry runs again. */
  async release(storeKey: string): Promise<void> {
    await this.#store.delete(storeKey);
  }
}
