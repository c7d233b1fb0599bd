import { CallbackSender } from './callback-sender.js';
import { signatureHeaders } from './callback-signing.js';

export interface CallbackJob {
  /** Callbacks with the same key (a session) are delivered one after another, in order. */
  orderKey: string;
  url: string;
  method: 'GET' | 'POST';
  params: Record<string, string>;
  token: string;
  mainToken: string;
}

export interface CallbackRecord {
  id: number;
  url: string;
  method: 'GET' | 'POST';
  params: Record<string, string>;
  attempts: number;
  delivered: boolean;
  /** Never sent: the queue was full (see `stats.dropped`). */
  dropped: boolean;
  /** HTTP status of the last attempt, or null when no answer came. */
  last_status: number | null;
  last_error: string | null;
  created_at: string;
}

export interface CallbackStats {
  queued: number;
  in_flight: number;
  delivered: number;
  failed: number;
  dropped: number;
  retries: number;
  /** Retries not made because the receiver kept failing (the retry budget). */
  retries_skipped: number;
  max_queue: number;
  max_in_flight: number;
}

export interface CallbackDispatcherOptions {
  attempts?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  /** Deliveries in flight at once (all receivers). Default 32. */
  concurrency?: number;
  /** Callbacks waiting at most; over it the oldest waiting one of the busiest receiver is dropped. Default 10,000. */
  maxQueue?: number;
}

const MAX_LOG = 1000;
/** Per receiver: after this many failures in a row, failures are no longer retried until one delivery succeeds. */
const RETRY_BUDGET = 10;

interface Pending {
  job: CallbackJob;
  record: CallbackRecord;
}

/** One session's callbacks, in order. */
interface Lane {
  key: string;
  receiver: Receiver;
  jobs: Pending[];
  timer: NodeJS.Timeout | undefined;
}

/** One callback origin (scheme://host:port): the unit of fairness and of the retry budget. */
interface Receiver {
  origin: string;
  ready: Lane[];
  inFlight: number;
  waiting: number;
  failStreak: number;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Delivers status callbacks in the background with bounded memory and concurrency: at most `concurrency`
 * requests in flight, half of them per receiver, taken from receivers in turn; at most `maxQueue` callbacks waiting
 * (the oldest waiting one of the busiest receiver is dropped and counted); failures retried with backoff while
 * the receiver has not failed `RETRY_BUDGET` times in a row. A session's callbacks keep their order. Delivery never
 * blocks an API answer.
 */
export class CallbackDispatcher {
  readonly #log: CallbackRecord[] = [];
  readonly #attempts: number;
  readonly #baseDelayMs: number;
  readonly #timeoutMs: number;
  readonly #concurrency: number;
  readonly #perReceiver: number;
  readonly #maxQueue: number;
  readonly #sender = new CallbackSender();
  readonly #lanes = new Map<string, Lane>();
  readonly #receivers = new Map<string, Receiver>();
  /** Receivers with ready lanes, in turn order. */
  #turns: Receiver[] = [];
  #pending = 0;
  #inFlight = 0;
  #idleWaiters: Array<() => void> = [];
  #nextId = 1;
  #closed = false;
  /** Bumped by clear(): deliveries started before it no longer touch the counters. */
  #epoch = 0;
  #stats = { delivered: 0, failed: 0, dropped: 0, retries: 0, retries_skipped: 0 };

  constructor(options: CallbackDispatcherOptions = {}) {
    this.#attempts = options.attempts ?? 4;
    this.#baseDelayMs = options.baseDelayMs ?? 500;
    this.#timeoutMs = options.timeoutMs ?? 5_000;
    this.#concurrency = options.concurrency ?? 32;
    this.#perReceiver = Math.max(1, Math.ceil(this.#concurrency / 2));
    this.#maxQueue = options.maxQueue ?? 10_000;
  }

  enqueue(job: CallbackJob): void {
    if (this.#closed) return;
    const record: CallbackRecord = {
      id: this.#nextId++,
      url: job.url,
      method: job.method,
      params: job.params,
      attempts: 0,
      delivered: false,
      dropped: false,
      last_status: null,
      last_error: null,
      created_at: new Date().toISOString(),
    };
    this.#log.push(record);
    if (this.#log.length > MAX_LOG) this.#log.shift();
    if (this.#pending - this.#inFlight >= this.#maxQueue && !this.#dropOldest()) {
      this.#markDropped(record);
      return;
    }
    let lane = this.#lanes.get(job.orderKey);
    if (lane === undefined) {
      const origin = originOf(job.url);
      let receiver = this.#receivers.get(origin);
      if (receiver === undefined) {
        receiver = { origin, ready: [], inFlight: 0, waiting: 0, failStreak: 0 };
        this.#receivers.set(origin, receiver);
      }
      lane = { key: job.orderKey, receiver, jobs: [], timer: undefined };
      this.#lanes.set(job.orderKey, lane);
      this.#makeReady(lane);
    }
    lane.jobs.push({ job, record });
    lane.receiver.waiting += 1;
    this.#pending += 1;
    this.#pump();
  }

  #markDropped(record: CallbackRecord): void {
    record.dropped = true;
    record.last_error = 'dropped: the callback queue was full';
    this.#stats.dropped += 1;
  }

  /** Frees one queue slot: the oldest waiting callback of the receiver with the most waiting. */
  #dropOldest(): boolean {
    let busiest: Receiver | undefined;
    for (const receiver of this.#receivers.values()) {
      if (receiver.ready.length > 0 && (busiest === undefined || receiver.waiting > busiest.waiting))
        busiest = receiver;
    }
    const lane = busiest?.ready[0];
    const victim = lane?.jobs.shift();
    if (lane === undefined || victim === undefined) return false;
    lane.receiver.waiting -= 1;
    this.#markDropped(victim.record);
    if (lane.jobs.length === 0) {
      const { receiver } = lane;
      receiver.ready.shift();
      this.#lanes.delete(lane.key);
      // Its turn goes with its last ready lane, or a later enqueue would queue the receiver twice.
      if (receiver.ready.length === 0) {
        const turn = this.#turns.indexOf(receiver);
        if (turn !== -1) this.#turns.splice(turn, 1);
      }
    }
    this.#settle();
    return true;
  }

  #makeReady(lane: Lane): void {
    const { receiver } = lane;
    receiver.ready.push(lane);
    if (receiver.ready.length === 1) this.#turns.push(receiver);
  }

  #pump(): void {
    let skipped = 0;
    while (this.#inFlight < this.#concurrency && this.#turns.length > skipped) {
      const receiver = this.#turns.shift() as Receiver;
      if (receiver.inFlight >= this.#perReceiver) {
        this.#turns.push(receiver);
        skipped += 1;
        continue;
      }
      skipped = 0;
      const lane = receiver.ready.shift();
      if (receiver.ready.length > 0) this.#turns.push(receiver);
      if (lane !== undefined) void this.#attempt(lane);
    }
  }

  async #attempt(lane: Lane): Promise<void> {
    const pending = lane.jobs[0] as Pending;
    const { receiver } = lane;
    const { record } = pending;
    const epoch = this.#epoch;
    receiver.inFlight += 1;
    receiver.waiting -= 1;
    this.#inFlight += 1;
    record.attempts += 1;
    let ok = false;
    try {
      const status = await this.#send(pending.job);
      record.last_status = status;
      record.last_error = null;
      ok = status >= 200 && status < 300;
    } catch (error) {
      record.last_status = null;
      record.last_error = error instanceof Error ? error.message : String(error);
    }
    if (this.#closed || epoch !== this.#epoch) return;
    receiver.inFlight -= 1;
    this.#inFlight -= 1;
    if (ok) {
      receiver.failStreak = 0;
      record.delivered = true;
      this.#stats.delivered += 1;
    } else {
      receiver.failStreak += 1;
      if (record.attempts < this.#attempts) {
        if (receiver.failStreak <= RETRY_BUDGET) {
          this.#stats.retries += 1;
          receiver.waiting += 1;
          lane.timer = setTimeout(
            () => {
              lane.timer = undefined;
              this.#makeReady(lane);
              this.#pump();
            },
            this.#baseDelayMs * 2 ** (record.attempts - 1),
          );
          this.#pump();
          return;
        }
        this.#stats.retries_skipped += 1;
      }
      this.#stats.failed += 1;
    }
    lane.jobs.shift();
    if (lane.jobs.length > 0) this.#makeReady(lane);
    else this.#lanes.delete(lane.key);
    this.#settle();
    this.#pump();
  }

  #settle(): void {
    this.#pending -= 1;
    if (this.#pending === 0) for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  async #send(job: CallbackJob): Promise<number> {
    const form = new URLSearchParams(job.params);
    // URL/URLSearchParams: GET parameters go into the query even when the URL has a #fragment (dropped on the wire).
    const target = new URL(job.url);
    target.hash = '';
    if (job.method === 'GET') for (const [key, value] of form) target.searchParams.append(key, value);
    const headers: Record<string, string> = {
      ...signatureHeaders(job.method, job.url, job.params, job.token, job.mainToken),
      'user-agent': 'PlivoVerifySandbox',
    };
    if (job.method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
    return this.#sender.send({
      url: target,
      method: job.method,
      headers,
      body: job.method === 'POST' ? form.toString() : undefined,
      timeoutMs: this.#timeoutMs,
    });
  }

  records(): CallbackRecord[] {
    return [...this.#log];
  }

  stats(): CallbackStats {
    return {
      queued: this.#pending - this.#inFlight,
      in_flight: this.#inFlight,
      ...this.#stats,
      max_queue: this.#maxQueue,
      max_in_flight: this.#concurrency,
    };
  }

  /** Resolves when every queued delivery has finished (delivered, given up or dropped). */
  idle(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Forgets the log, the counters and every callback not yet in flight. */
  clear(): void {
    this.#epoch += 1;
    for (const lane of this.#lanes.values()) if (lane.timer) clearTimeout(lane.timer);
    this.#lanes.clear();
    this.#receivers.clear();
    this.#turns = [];
    this.#log.length = 0;
    this.#stats = { delivered: 0, failed: 0, dropped: 0, retries: 0, retries_skipped: 0 };
    this.#pending = 0;
    this.#inFlight = 0;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  close(): void {
    this.#closed = true;
    this.clear();
    this.#sender.close();
  }
}
