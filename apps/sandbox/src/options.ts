import type { CallbackDispatcherOptions } from './callback-dispatcher.js';

/** A Verify application, as configured in Plivo's console. */
export interface SandboxApp {
  app_uuid: string;
  alias: string;
  code_length: number;
  /** How long a code stays valid. */
  expiry_seconds: number;
  /** Delivery attempts allowed per session. */
  max_attempts: number;
  brand_name: string;
  /** `${brand_name}` (or `${brand}`) and `${code}` are replaced. */
  template: string;
  app_hash?: string | undefined;
}

export interface SandboxAccount {
  authId: string;
  authToken: string;
  /** A subaccount's main account (another configured account): it sees this account's sessions in its list. */
  parentAuthId?: string | undefined;
  /**
   * Token for the `-Ma-` signature headers. Defaults to the parent account's token for a subaccount, else to
   * `authToken`.
   */
  mainAuthToken?: string | undefined;
}

/** A fault applied to matching API requests with a probability (0–1). */
export interface GlobalFault {
  /** Same syntax as the `X-Sandbox-Fault` header, e.g. `status=503` or `delay=200;reset-after`. */
  fault: string;
  probability: number;
  /** Only for this operation; all when unset. */
  operation?: 'create' | 'validate' | 'get' | 'list' | undefined;
}

export interface SandboxOptions {
  host?: string;
  /**
   * Host names (besides IP addresses and localhost) accepted in the Host header of control-plane and inbox
   * requests, e.g. a docker-compose service name; `['*']` accepts any. Guards against DNS rebinding.
   */
  allowedHosts?: string[];
  /** 0 picks a free port. Default 8910. */
  port?: number;
  accounts?: SandboxAccount[];
  /** Extra apps; a default app always exists unless one is marked with the default uuid. */
  apps?: Array<Partial<SandboxApp> & { app_uuid: string }>;
  /** Added before every API answer. */
  latencyMs?: number;
  /** Plivo's limits (300 requests / 5 s per account, 20 list calls / min); each can be switched off. */
  rateLimit?: { account?: boolean; list?: boolean } | boolean;
  faults?: GlobalFault[];
  /** What makes a create reuse an open session: the recipient, or recipient + app (default). */
  reuseKey?: 'recipient' | 'recipient+app';
  /** Country codes (ISO2) whose destinations answer 403, like Plivo's geo permissions. */
  blockedCountries?: string[];
  /** Ended sessions are kept this long in sandbox time (default 90 days, like Plivo), within `maxSessions`. */
  retentionMs?: number;
  /** Hard cap on sessions kept; the oldest go first (default 30,000: peak RSS stays under 300 MB). */
  maxSessions?: number;
  /** Time source, for tests. The control plane can also move time forward. */
  now?: () => number;
  /**
   * Per connection: time for the request headers (default 10 s), for the whole request (30 s), and how long an
   * idle keep-alive connection stays open (65 s). A slower client gets 408 and its connection closed.
   */
  timeouts?: { headersMs?: number; requestMs?: number; keepAliveMs?: number };
  /** Connections open at once (default 1,000, SSE clients included); over it new ones are closed at once. */
  maxConnections?: number;
  /** Largest accepted request body (default 64 KiB). */
  maxBodyBytes?: number;
  /**
   * Callback delivery: attempts (default 4), first backoff step (500 ms), per-request timeout (5 s), deliveries in
   * flight (32, at most half per receiver) and callbacks waiting (10,000; over it the oldest waiting are dropped).
   */
  callbackRetry?: CallbackDispatcherOptions;
  /** Random source for fault probabilities (default Math.random); codes always come from node:crypto. */
  random?: () => number;
}

export const DEFAULT_ACCOUNT: SandboxAccount = {
  authId: 'MASANDBOX00000000001',
  authToken: 'sandbox-auth-token',
};

export const DEFAULT_APP: SandboxApp = {
  app_uuid: '00000000-0000-4000-8000-000000000001',
  alias: 'default_verify_app',
  code_length: 6,
  expiry_seconds: 600,
  max_attempts: 5,
  brand_name: 'Sandbox',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Plivo's template placeholders, filled in by the engine.
  template: 'Your ${brand_name} verification code is ${code}',
};

export function completeApp(app: Partial<SandboxApp> & { app_uuid: string }): SandboxApp {
  return { ...DEFAULT_APP, alias: '', ...app };
}
