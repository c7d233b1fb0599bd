import type { Socket } from 'node:net';
import { CallbackDispatcher } from './callback-dispatcher.js';
import { SandboxClock } from './clock.js';
import { EventHub } from './event-hub.js';
import { type FaultRecord, parseFault } from './faults.js';
import { completeApp, DEFAULT_ACCOUNT, type GlobalFault, type SandboxAccount, type SandboxOptions } from './options.js';
import { SlidingWindows } from './sliding-window.js';
import { VerifyEngine } from './verify-engine.js';

export type Operation = 'create' | 'validate' | 'get' | 'list';

/** One API request as the control plane reports it. */
export interface RequestRecord {
  time: string;
  method: string;
  path: string;
  operation: Operation;
  /** null when no answer was sent (reset or timeout faults). */
  status: number | null;
  fault: string | null;
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
  readonly faultLog: FaultRecord[];
  readonly requestLog: RequestRecord[];
  /** Sockets of `timeout` faults, destroyed on close. */
  readonly held: Set<Socket>;
  readonly maxBodyBytes: number;
  readonly random: () => number;
  latencyMs: number;
  faults: GlobalFault[];
}

const MAX_LOG = 5_000;

/** Appends to a bounded log (oldest entries go first). */
export function appendLog<T>(log: T[], entry: T): void {
  log.push(entry);
  if (log.length > MAX_LOG) log.shift();
}

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
      retentionMs: options.retentionMs ?? 86_400_000,
      maxSessions: options.maxSessions ?? 100_000,
    },
    clock,
    {
      onMessage: (message) => hub.publish('message', { session_uuid: message.session_uuid }),
      onSessionChange: (session_uuid) => hub.publish('session', { session_uuid }),
      onCallback: (job) => dispatcher.enqueue(job),
    },
  );
  const rate = options.rateLimit ?? true;
  return {
    accounts,
    engine,
    clock,
    hub,
    dispatcher,
    limits: {
      account: typeof rate === 'boolean' ? rate : (rate.account ?? true),
      list: typeof rate === 'boolean' ? rate : (rate.list ?? true),
    },
    accountWindows: new SlidingWindows(300, 5_000),
    listWindows: new SlidingWindows(20, 60_000),
    faultLog: [],
    requestLog: [],
    held: new Set(),
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    random,
    latencyMs: options.latencyMs ?? 0,
    faults,
  };
}
