import { describe, expect, it } from 'vitest';
import { Idempotency } from './idempotency.js';
import { memoryStore } from './memory-store.js';
import { ProblemError } from './problem.js';

const DAY = 24 * 60 * 60 * 1000;

describe('Idempotency records', () => {
  it('replay within 24 h; after 24 h the key is free again', async () => {
    let now = 1_000_000;
    const idempotency = new Idempotency(memoryStore({ now: () => now }), DAY);
    expect(await idempotency.claim('k', 'fp')).toEqual({ kind: 'claimed' });
    const response = { status: 201, body: '{"session_uuid":"x"}', headers: { 'content-type': 'application/json' } };
    await idempotency.complete('k', 'fp', response);
    now += DAY - 1;
    expect(await idempotency.claim('k', 'fp')).toEqual({ kind: 'replay', response });
    now += 2;
    expect(await idempotency.claim('k', 'fp')).toEqual({ kind: 'claimed' });
  });

  it('in flight → 409 retryable; another payload → 422; released → claimable', async () => {
    const idempotency = new Idempotency(memoryStore(), DAY);
    await idempotency.claim('k', 'fp');
    const inFlight = await idempotency.claim('k', 'fp').catch((error: ProblemError) => error);
    expect(inFlight).toBeInstanceOf(ProblemError);
    expect((inFlight as ProblemError).problem).toMatchObject({ status: 409, retryable: true });
    const other = await idempotency.claim('k', 'other').catch((error: ProblemError) => error);
    expect((other as ProblemError).problem.status).toBe(422);
    await idempotency.release('k');
    expect(await idempotency.claim('k', 'other')).toEqual({ kind: 'claimed' });
  });
});
