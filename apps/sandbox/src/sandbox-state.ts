import type { Socket } from 'node:net';
import { CallbackDispatcher } from './callback-dispatcher.js';
import { SandboxClock } from './clock.js';
import { EventHub } from './event-hub.js';
import { type FaultRecord, parseFault } from './faults.js';
import { completeApp, DEFAULT_ACCOUNT, type GlobalFault, type SandboxAccount, type SandboxOptions } from './options.js';
import { RingLog } from './ring-log.js';
import { SlidingWindows } from './sliding-window.js';
import { VerifyEngine } from './verify-engine.js';

export type Operation = 'create' | 'validate' | 'get' | 'list';

/** One API request as the control plane reports it (the time is formatted only when someone reads the log). */
export class RequestRecord {
  /** null when no answer was sent (reset or timeout faults). */
  status: number | null = null;
  fault: string | null = null;
  constructor(
    readonly at: number,
    readonly method: string,
    readonly path: string,
    readonly operation: Operation,
  ) {}

  get time(): string {
    return new Date(this.at).toISOString();
  }

  toJSON() {
    const { time, method, path, operation, status, fault } = this;
    return { time, method, path, operation, status, fault };
  }
}

/** Everything one running sandbox holds; the API handler and the control plane share it. */
export interface SandboxState {
  readonly accounts: SandboxAccount[];
  readonly engine: VerifyEngine;
  readonly clock: SandboxClock;
  readonly hub: EventHub;
  readonly dispatcher: CallbackDispatcher;
  readonly limits: { account: boolean; list: boolean };
  readonly accountWindows: SlidingWindows;
  readonly listWindows: SlidingWindows;
  readonly faultLog: RingLog<FaultRecord>;
  readonly requestLog: RingLog<RequestRecord>;
  /** Sockets of `timeout` faults, destroyed on close. */
  readonly held: Set<Socket>;
  readonly maxBodyBytes: number;
  readonly random: () => number;
  latencyMs: number;
  faults: GlobalFault[];
  /** Hosts besides IP literals and localhost that may reach the control plane and inbox. */
  readonly allowedHosts: readonly string[];
  /** The start configuration that reset returns to. */
  readonly initial: {
    readonly latencyMs: number;
    readonly faults: readonly GlobalFault[];
    readonly limits: { account: boolean; list: boolean };
  };
}

const MAX_LOG = 5_000;
/** Plivo keeps sessions listable for 90 days; so does the sandbox (in sandbox time), within maxSessions. */
const RETENTION_MS = 90 * 86_400_000;

export function createSandboxState(options: SandboxOptions): SandboxState {
  const accounts = options.accounts?.length ? options.accounts : [DEFAULT_ACCOUNT];
  const clock = new SandboxClock(options.now);
  const hub = new EventHub();
  const dispatcher = new CallbackDispatcher(options.callbackRetry);
  const random = options.random ?? Math.random;
  const faults = options.faults ?? [];
  // Fail at start, not on the first request, for a bad fault in the configuration.
  for (const fault of faults) parseFault(fault.fault);
  const engine = new VerifyEngine(
    {
      accounts,
      apps: (options.apps ?? []).map(completeApp),
      reuseKey: options.reuseKey ?? 'recipient+app',
      blockedCountries: (options.blockedCountries ?? []).map((c) => c.toUpperCase()),
      retentionMs: options.retentionMs ?? RETENTION_MS,
      maxSessions: options.maxSessions ?? 30_000,
    },
    clock,
    {
      onMessage: (session_uuid) => hub.publish('message', { session_uuid }),
      onSessionChange: (session_uuid) => hub.publish('session', { session_uuid }),
      onCallback: (job) => dispatcher.enqueue(job),
    },
  );
  const rate = options.rateLimit ?? true;
  const limits = {
    account: typeof rate === 'boolean' ? rate : (rate.account ?? true),
    list: typeof rate === 'boolean' ? rate : (rate.list ?? true),
  };
  const latencyMs = options.latencyMs ?? 0;
  return {
    accounts,
    engine,
    clock,
    hub,
    dispatcher,
    limits: { ...limits },
    accountWindows: new SlidingWindows(300, 5_000),
    listWindows: new SlidingWindows(20, 60_000),
    faultLog: new RingLog(MAX_LOG),
    requestLog: new RingLog(MAX_LOG),
    held: new Set(),
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    random,
    latencyMs,
    faults: [...faults],
    allowedHosts: options.allowedHosts ?? [],
    initial: { latencyMs, faults: [...faults], limits },
  };
}

/**
 * Back to the start configuration: forgets sessions, messages, callbacks (queued ones are dropped), request and
 * fault logs and rate windows; restores apps, faults, latency and rate limits as started; the clock returns to
 * the real time (or the `now` option's).
 */
export function resetState(state: SandboxState): void {
  state.engine.reset();
  state.dispatcher.clear();
  state.faultLog.clear();
  state.requestLog.clear();
  state.accountWindows.clear();
  state.listWindows.clear();
  state.clock.reset();
  state.latencyMs = state.initial.latencyMs;
  state.faults = [...state.initial.faults];
  state.limits.account = state.initial.limits.account;
  state.limits.list = state.initial.limits.list;
  state.hub.publish('reset', {});
}
