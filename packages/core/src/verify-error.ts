/** Which API call an error belongs to. */
export type VerifyOperation = 'create' | 'validate' | 'get' | 'list' | 'client';

/** One problem found in caller input, named by its field path (e.g. `recipient`, `filters.limit`). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export type VerifyErrorCode =
  | 'validation'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'rate_limited'
  | 'upstream'
  | 'network'
  | 'timeout'
  | 'ambiguous'
  | 'protocol';

interface VerifyErrorInit {
  readonly code: VerifyErrorCode;
  readonly operation: VerifyOperation;
  readonly method: string;
  readonly path: string;
  readonly retryable: boolean;
  readonly status?: number | undefined;
  readonly apiId?: string | undefined;
  readonly cause?: unknown;
}

// Markers instead of instanceof: core is bundled into several adapters, and each bundle has its own class copies.
// Each class names its marker once (`kind`); construction stamps the markers of the whole class chain.
const markerOf = (kind: string): symbol => Symbol.for(`plivo-verify.error.${kind}`);

type ErrorClass = (abstract new (...args: never[]) => VerifyError) & { readonly kind: string };

/**
 * Base of every error thrown by the client. Messages and fields never carry the auth token or an OTP,
 * and phone numbers appear masked. Narrow with `VerifyError.isInstance(x)` and then on `x.code`.
 */
export class VerifyError extends Error {
  static readonly kind: string = 'VerifyError';
  override readonly name: string = 'VerifyError';
  readonly code: VerifyErrorCode;
  readonly operation: VerifyOperation;
  readonly method: string;
  /** Request path without the query string (the query may hold a phone number). */
  readonly path: string;
  readonly retryable: boolean;
  readonly status: number | undefined;
  /** Plivo's `api_id` when Plivo answered. */
  readonly apiId: string | undefined;

  constructor(message: string, init: VerifyErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.operation = init.operation;
    this.method = init.method;
    this.path = init.path;
    this.retryable = init.retryable;
    this.status = init.status;
    this.apiId = init.apiId;
    for (let type: unknown = new.target; typeof type === 'function' && 'kind' in type; ) {
      Object.defineProperty(this, markerOf((type as ErrorClass).kind), { value: true });
      if (type === VerifyError) break;
      type = Object.getPrototypeOf(type);
    }
  }

  /**
   * True for errors of this class from any copy of core (bundles included). On the base class it narrows to the
   * union of all error classes, so `code` then discriminates (`code === 'rate_limited'` gives `retryAfterMs`).
   */
  static isInstance<T extends ErrorClass>(
    this: T,
    value: unknown,
  ): value is VerifyError extends InstanceType<T> ? AnyVerifyError : InstanceType<T> {
    // `this` is the class the check was called on: one implementation serves every subclass.
    // biome-ignore lint/complexity/noThisInStatic: dispatch on the calling class is the point
    const marker = markerOf(this.kind);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined) json[key] = value;
    }
    return json;
  }
}

type Init = Omit<VerifyErrorInit, 'code' | 'retryable'> & { readonly retryable?: boolean };

/** Caller input was rejected before any network call (`source: 'client'`), or Plivo answered 400 (`'server'`). */
export class VerifyValidationError extends VerifyError {
  static override readonly kind: string = 'VerifyValidationError';
  override readonly name: string = 'VerifyValidationError';
  declare readonly code: 'validation';
  readonly issues: readonly FieldIssue[];
  readonly source: 'client' | 'server';
  constructor(message: string, init: Init & { issues: readonly FieldIssue[]; source: 'client' | 'server' }) {
    super(message, { ...init, code: 'validation', retryable: false });
    this.issues = init.issues;
    this.source = init.source;
  }
}

/** 401: the Auth ID / Auth Token pair was refused. */
export class VerifyAuthenticationError extends VerifyError {
  static override readonly kind: string = 'VerifyAuthenticationError';
  override readonly name: string = 'VerifyAuthenticationError';
  declare readonly code: 'authentication';
  constructor(message: string, init: Init) {
    super(message, { ...init, code: 'authentication', retryable: false });
  }
}

/** 403: the account may not do this, e.g. the destination country is not enabled in geo permissions. */
export class VerifyPermissionError extends VerifyError {
  static override readonly kind: string = 'VerifyPermissionError';
  override readonly name: string = 'VerifyPermissionError';
  declare readonly code: 'permission';
  /** True when Plivo refused a create for the destination country (geo permissions). */
  readonly geoPermission: boolean;
  constructor(message: string, init: Init & { geoPermission: boolean }) {
    super(message, { ...init, code: 'permission', retryable: false });
    this.geoPermission = init.geoPermission;
  }
}

/** 404: no such session (or account path). */
export class VerifyNotFoundError extends VerifyError {
  static override readonly kind: string = 'VerifyNotFoundError';
  override readonly name: string = 'VerifyNotFoundError';
  declare readonly code: 'not_found';
  constructor(message: string, init: Init) {
    super(message, { ...init, code: 'not_found', retryable: false });
  }
}

/** 429 from Plivo after the retries were spent, or the client's own queue was full (`local: true`). */
export class VerifyRateLimitError extends VerifyError {
  static override readonly kind: string = 'VerifyRateLimitError';
  override readonly name: string = 'VerifyRateLimitError';
  declare readonly code: 'rate_limited';
  /** How long to wait before trying again, when known. */
  readonly retryAfterMs: number | undefined;
  readonly local: boolean;
  constructor(message: string, init: Init & { retryAfterMs: number | undefined; local: boolean }) {
    super(message, { ...init, code: 'rate_limited', retryable: true });
    this.retryAfterMs = init.retryAfterMs;
    this.local = init.local;
  }
}

/** 5xx from Plivo. For create and validate the request may have been processed; it is never retried for them. */
export class VerifyUpstreamError extends VerifyError {
  static override readonly kind: string = 'VerifyUpstreamError';
  override readonly name: string = 'VerifyUpstreamError';
  declare readonly code: 'upstream';
  /** From a 503's `Retry-After`, when Plivo sent one. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, init: Init & { retryable: boolean; retryAfterMs?: number | undefined }) {
    super(message, { ...init, code: 'upstream' });
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** The request could not be completed: connection refused, DNS, reset or timeout of a read-only call. */
export class VerifyNetworkError extends VerifyError {
  static override readonly kind: string = 'VerifyNetworkError';
  override readonly name: string = 'VerifyNetworkError';
  declare readonly code: 'network' | 'timeout';
  readonly timedOut: boolean;
  constructor(message: string, init: Init & { timedOut: boolean }) {
    super(message, { ...init, code: init.timedOut ? 'timeout' : 'network', retryable: true });
    this.timedOut = init.timedOut;
  }
}

/**
 * A create or validate was sent but no answer came back (reset or timeout): Plivo may have processed it.
 * It is not retried, so no second code goes out by accident. Reconcile with
 * `sessions.findAttempts({ recipient, since: error.startedAt })`, or `sessions.get` for a validate.
 */
export class VerifyAmbiguousError extends VerifyError {
  static override readonly kind: string = 'VerifyAmbiguousError';
  override readonly name: string = 'VerifyAmbiguousError';
  declare readonly code: 'ambiguous';
  /** ISO time (UTC) at which the ambiguous call was started. */
  readonly startedAt: string;
  readonly timedOut: boolean;
  constructor(message: string, init: Init & { startedAt: string; timedOut: boolean }) {
    super(message, { ...init, code: 'ambiguous', retryable: false });
    this.startedAt = init.startedAt;
    this.timedOut = init.timedOut;
  }
}

/** Plivo answered with something that is not the documented shape (e.g. HTML from a proxy, or other JSON). */
export class VerifyProtocolError extends VerifyError {
  static override readonly kind: string = 'VerifyProtocolError';
  override readonly name: string = 'VerifyProtocolError';
  declare readonly code: 'protocol';
  constructor(message: string, init: Init) {
    super(message, { ...init, code: 'protocol', retryable: false });
  }
}

/** Every error core throws; `code` discriminates it. */
export type AnyVerifyError =
  | VerifyValidationError
  | VerifyAuthenticationError
  | VerifyPermissionError
  | VerifyNotFoundError
  | VerifyRateLimitError
  | VerifyUpstreamError
  | VerifyNetworkError
  | VerifyAmbiguousError
  | VerifyProtocolError;
