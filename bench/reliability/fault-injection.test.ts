import { AsyncLocalStorage } from 'node:async_hooks';
import {
  axiosTransport,
  type Clock,
  createVerifyClient,
  nodeClock,
  type Transport,
  VerifyAmbiguousError,
  VerifyError,
  VerifyRateLimitError,
  VerifyUpstreamError,
} from '@plivo-verify/core';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

// 2,000 creates (two rounds of 1,000 on a reset sandbox) with 10% of requests given a fault, mixed. The sandbox
// injects each fault (its X-Sandbox-Fault header, set per attempt by a counting wrapper around the real axios
// transport) and keeps its own records: inbox messages (codes actually sent), request log and fault log. The
// caller's side is each call's result or typed error, its attempts, and the back-off sleeps it took (a
// recording clock around the real one). Then the two accounts are reconciled.
const ROUNDS = 2;
const PER_ROUND = 1_000;
const IN_FLIGHT = 50;
const TIMEOUT_MS = 8_000;
const MAX_ATTEMPTS = 3;
const KINDS = ['status=500', 'status=503', 'status=429', 'reset-before', 'reset-after', `delay=${TIMEOUT_MS + 1_000}`];
const FAULT_RATE = 0.1;

interface CallRecord {
  recipient: string;
  faults: Array<string | null>; // the fault given to each attempt
  sleeps: number[];
  outcome?: { ok: true; sessionUuid: string } | { ok: false; error: unknown };
}

interface RoundRecord {
  calls: CallRecord[];
  /** For each ambiguous call: the session uuids of the attempts `findAttempts` reported. */
  reconciled: Map<string, string[]>;
  processed: Map<string, string[]>; // recipient → session uuids of the codes the sandbox sent
  createRequests: number;
  faultLog: Array<{ fault: string; source: string; processed: boolean }>;
}

const current = new AsyncLocalStorage<CallRecord>();
const random = seededRandom(12);
const realTransport = axiosTransport();
const faulty: Transport = (request) => {
  const fault = random() < FAULT_RATE ? (KINDS[Math.floor(random() * KINDS.length)] as string) : null;
  current.getStore()?.faults.push(fault);
  return realTransport(
    fault === null ? request : { ...request, headers: { ...request.headers, 'x-sandbox-fault': fault } },
  );
};
const recordingClock: Clock = {
  now: () => nodeClock.now(),
  sleep: (ms, signal) => {
    current.getStore()?.sleeps.push(ms);
    return nodeClock.sleep(ms, signal);
  },
};

async function getJson<T>(url: string): Promise<T> {
  return (await fetch(url).then((r) => r.json())) as T;
}

async function runRound(sandbox: RunningSandbox, round: number): Promise<RoundRecord> {
  const reset = await fetch(`${sandbox.url}/__sandbox/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(reset.status).toBe(200);
  const client = createVerifyClient({
    authId: sandbox.authId,
    authToken: sandbox.authToken,
    baseUrl: sandbox.url,
    transport: faulty,
    clock: recordingClock,
    timeoutMs: TIMEOUT_MS,
    rateLimit: false,
    retry: { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 20 },
  });
  const calls: CallRecord[] = Array.from({ length: PER_ROUND }, (_, i) => ({
    recipient: `1415${round}${String(i).padStart(6, '0')}`,
    faults: [],
    sleeps: [],
  }));
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < calls.length) {
        const call = calls[next++] as CallRecord;
        await current.run(call, async () => {
          try {
            const { session_uuid } = await client.sessions.create({ recipient: call.recipient });
            call.outcome = { ok: true, sessionUuid: session_uuid };
          } catch (error) {
            call.outcome = { ok: false, error };
          }
        });
      }
    }),
  );
  // Delayed requests are processed after the caller gave up on them: let them land before counting.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const { messages } = await getJson<{ messages: Array<{ recipient: string; session_uuid: string }> }>(
    `${sandbox.url}/__sandbox/messages?limit=2000`,
  );
  const processed = new Map<string, string[]>();
  for (const { recipient, session_uuid } of messages) {
    processed.set(recipient, [...(processed.get(recipient) ?? []), session_uuid]);
  }
  // Reconcile every ambiguous outcome the way the error's message tells callers to.
  const reconciler = createVerifyClient({
    authId: sandbox.authId,
    authToken: sandbox.authToken,
    baseUrl: sandbox.url,
    rateLimit: false,
  });
  const reconciled = new Map<string, string[]>();
  for (const call of calls) {
    const error = call.outcome?.ok === false ? call.outcome.error : undefined;
    if (!VerifyAmbiguousError.isInstance(error)) continue;
    const found = await reconciler.sessions.findAttempts({ recipient: `+${call.recipient}`, since: error.startedAt });
    reconciled.set(
      call.recipient,
      found.attempts.map((attempt) => attempt.session_uuid),
    );
  }
  const { requests } = await getJson<{ requests: Array<{ operation: string }> }>(`${sandbox.url}/__sandbox/requests`);
  const { log } = await getJson<{ log: RoundRecord['faultLog'] }>(`${sandbox.url}/__sandbox/faults`);
  return {
    calls,
    reconciled,
    processed,
    createRequests: requests.filter((r) => r.operation === 'create').length,
    faultLog: log,
  };
}

describe('2,000 creates with 10% mixed faults injected by the sandbox', () => {
  let sandbox: RunningSandbox;
  const rounds: RoundRecord[] = [];
  const each = (check: (call: CallRecord, sent: string[]) => void) => {
    for (const round of rounds) for (const call of round.calls) check(call, round.processed.get(call.recipient) ?? []);
  };
  const errorOf = (call: CallRecord) => (call.outcome?.ok === false ? call.outcome.error : undefined);

  beforeAll(async () => {
    // Idle keep-alive sockets outlive the pause between rounds (a reused socket closed by the server would be
    // an ambiguous outcome that no fault caused).
    sandbox = await startSandbox({ port: 0, rateLimit: false, timeouts: { keepAliveMs: 65_000 } });
    for (let round = 1; round <= ROUNDS; round += 1) rounds.push(await runRound(sandbox, round));
  }, 150_000);
  afterAll(async () => {
    await sandbox?.close();
  });

  it('the sandbox injected every fault given, of every kind, on about 10% of requests', () => {
    for (const round of rounds) {
      const given = round.calls.flatMap((call) => call.faults.filter((f): f is string => f !== null));
      expect(round.faultLog.map((f) => f.fault).sort()).toEqual([...given].sort());
      expect(round.faultLog.every((f) => f.source === 'header')).toBe(true);
    }
    const faults = rounds.flatMap((r) => r.faultLog);
    const requests = rounds.reduce((sum, r) => sum + r.createRequests, 0);
    for (const kind of KINDS) expect(faults.filter((f) => f.fault === kind).length, kind).toBeGreaterThan(10);
    expect(faults.length / requests).toBeGreaterThan(0.07);
    expect(faults.length / requests).toBeLessThan(0.13);
  });

  it('loses no call: each resolved with a session or rejected with a typed VerifyError', () => {
    expect(rounds.flatMap((r) => r.calls)).toHaveLength(ROUNDS * PER_ROUND);
    each((call) => {
      expect(call.outcome, call.recipient).toBeDefined();
      if (call.outcome?.ok === false) expect(VerifyError.isInstance(call.outcome.error), call.recipient).toBe(true);
    });
  });

  it('every attempt the caller made reached the sandbox, and no other', () => {
    for (const round of rounds) {
      expect(round.createRequests).toBe(round.calls.reduce((sum, call) => sum + call.faults.length, 0));
    }
  });

  it('sends no code twice: at most one code per call, and a success is the code the sandbox sent', () => {
    each((call, sent) => {
      expect(sent.length, call.recipient).toBeLessThanOrEqual(1);
      if (call.outcome?.ok) expect(sent, call.recipient).toEqual([call.outcome.sessionUuid]);
      // A processed create that the caller sees as failed must say "maybe sent", never a plain error.
      if (sent.length === 1 && !call.outcome?.ok) {
        expect(VerifyAmbiguousError.isInstance(errorOf(call)), call.recipient).toBe(true);
      }
    });
  });

  it('retries only a create refused unprocessed (429), never one that got no answer or a 5xx', () => {
    each((call) => {
      expect(
        call.faults.slice(0, -1).every((fault) => fault === 'status=429'),
        `${call.recipient}: ${call.faults}`,
      ).toBe(true);
    });
  });

  it('each outcome has the kind its fault calls for', () => {
    let overloaded = 0;
    each((call, sent) => {
      const last = call.faults.at(-1) ?? null;
      const error = errorOf(call);
      const label = `${call.recipient}: ${call.faults}`;
      // On a loaded machine an answer can miss the timeout whatever the fault: that too must be "maybe sent".
      if (VerifyAmbiguousError.isInstance(error) && error.timedOut && !last?.startsWith('delay')) {
        overloaded += 1;
        return;
      }
      if (last === null) {
        expect(call.outcome?.ok, label).toBe(true);
      } else if (last === 'status=500' || last === 'status=503') {
        expect(VerifyUpstreamError.isInstance(error), label).toBe(true);
        expect((error as VerifyUpstreamError).status).toBe(Number(last.slice('status='.length)));
      } else if (last === 'status=429') {
        // Out of attempts: the rate-limit error, with the server's Retry-After.
        expect(call.faults).toHaveLength(MAX_ATTEMPTS);
        expect(VerifyRateLimitError.isInstance(error), label).toBe(true);
        expect((error as VerifyRateLimitError).retryAfterMs).toBe(1_000);
      } else {
        // reset-before, reset-after, a delay past the timeout: the caller cannot know; the code may be out.
        expect(VerifyAmbiguousError.isInstance(error), label).toBe(true);
        expect((error as VerifyAmbiguousError).code).toBe('ambiguous');
        if (last === 'reset-before') expect(sent, label).toEqual([]);
        if (last === 'reset-after') expect(sent, label).toHaveLength(1);
      }
    });
    // Only a sanity bound (no timing claim): most calls must meet their fault, or the test proves little.
    expect(overloaded).toBeLessThan((ROUNDS * PER_ROUND) / 4);
  });

  it('findAttempts after an ambiguous outcome reports exactly the codes the sandbox sent', () => {
    let checked = 0;
    for (const round of rounds) {
      for (const [recipient, found] of round.reconciled) {
        expect(found, recipient).toEqual(round.processed.get(recipient) ?? []);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('every 429 is retried only after its Retry-After, within the attempt limit', () => {
    let retried = 0;
    each((call) => {
      expect(call.faults.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
      const retries = call.faults.length - 1;
      if (retries === 0) return;
      retried += 1;
      // The sandbox answers 429 with Retry-After: 1.
      const waits = call.sleeps.slice(0, retries);
      expect(waits, call.recipient).toHaveLength(retries);
      expect(
        waits.every((ms) => ms >= 1_000),
        `${call.recipient}: ${call.sleeps}`,
      ).toBe(true);
    });
    expect(retried).toBeGreaterThan(0);
  });
});
