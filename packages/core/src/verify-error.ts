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
const BASE_MARKER = Symbol.for('plivo-verify.error');

function hasMarker(value: unknown, marker: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
}

/**
 * Base of every error thrown by the client. Messages and fields never carry the auth token or an OTP,
 * and phone numbers appear masked.
 */
export class VerifyError extends Error {
  override readonly name: string = 'VerifyError';
  readonly code: VerifyErrorCode;
  readonly operation: VerifyOperation;
  readonly method: string;
  /** Request path without the query string (the query may hold a phone number). */
  readonly path: string;
  readonly retryable: boolean;
  readonly status: number | undefined;
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
    Object.defineProperty(this, BASE_MARKER, { value: true });
  }

  static isInstance(value: unknown): value is VerifyError {
    return hasMarker(value, BASE_MARKER);
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

const VALIDATION_MARKER = Symbol.for('plivo-verify.error.VerifyValidationError');
/** Caller input was rejected before any network call (`source: 'client'`), or Plivo answered 400 (`'server'`). */
export class VerifyValidationError extends VerifyError {
  override readonly name: string = 'VerifyValidationError';
  readonly issues: readonly FieldIssue[];
  readonly source: 'client' | 'server';
  constructor(message: string, init: Init & { issues: readonly FieldIssue[]; source: 'client' | 'server' }) {
    super(message, { ...init, code: 'validation', retryable: false });
    this.issues = init.issues;
    this.source = init.source;
    Object.defineProperty(this, VALIDATION_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyValidationError {
    return hasMarker(value, VALIDATION_MARKER);
  }
}

const AUTH_MARKER = Symbol.for('plivo-verify.error.VerifyAuthenticationError');
/** 401: the Auth ID / Auth Token pair was refused. */
export class VerifyAuthenticationError extends VerifyError {
  override readonly name: string = 'VerifyAuthenticationError';
  constructor(message: string, init: Init) {
    super(message, { ...init, code: 'authentication', retryable: false });
    Object.defineProperty(this, AUTH_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyAuthenticationError {
    return hasMarker(value, AUTH_MARKER);
  }
}

const PERMISSION_MARKER = Symbol.for('plivo-verify.error.VerifyPermissionError');
/** 403: the account may not do this, e.g. the destination country is not enabled in geo permissions. */
export class VerifyPermissionError extends VerifyError {
  override readonly name: string = 'VerifyPermissionError';
  /** True when Plivo refused a create for the destination country (geo permissions). */
  readonly geoPermission: boolean;
  constructor(message: string, init: Init & { geoPermission: boolean }) {
    super(message, { ...init, code: 'permission', retryable: false });
    this.geoPermission = init.geoPermission;
    Object.defineProperty(this, PERMISSION_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyPermissionError {
    return hasMarker(value, PERMISSION_MARKER);
  }
}

const NOT_FOUND_MARKER = Symbol.for('plivo-verify.error.VerifyNotFoundError');
/** 404: no such session (or account path). */
export class VerifyNotFoundError extends VerifyError {
  override readonly name: string = 'VerifyNotFoundError';
  constructor(message: string, init: Init) {
    super(message, { ...init, code: 'not_found', retryable: false });
    Object.defineProperty(this, NOT_FOUND_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyNotFoundError {
    return hasMarker(value, NOT_FOUND_MARKER);
  }
}

const RATE_LIMIT_MARKER = Symbol.for('plivo-verify.error.VerifyRateLimitError');
/** 429 from Plivo after the retries were spent, or the client's own queue was full (`local: true`). */
export class VerifyRateLimitError extends VerifyError {
  override readonly name: string = 'VerifyRateLimitError';
  /** How long to wait before trying again, when known. */
  readonly retryAfterMs: number | undefined;
  readonly local: boolean;
  constructor(message: string, init: Init & { retryAfterMs: number | undefined; local: boolean }) {
    super(message, { ...init, code: 'rate_limited', retryable: true });
    this.retryAfterMs = init.retryAfterMs;
    this.local = init.local;
    Object.defineProperty(this, RATE_LIMIT_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyRateLimitError {
    return hasMarker(value, RATE_LIMIT_MARKER);
  }
}

const UPSTREAM_MARKER = Symbol.for('plivo-verify.error.VerifyUpstreamError');
/** 5xx from Plivo. For create and validate the request may have been processed; it is never retried for them. */
export class VerifyUpstreamError extends VerifyError {
  override readonly name: string = 'VerifyUpstreamError';
  constructor(message: string, init: Init & { retryable: boolean }) {
    super(message, { ...init, code: 'upstream' });
    Object.defineProperty(this, UPSTREAM_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyUpstreamError {
    return hasMarker(value, UPSTREAM_MARKER);
  }
}

const NETWORK_MARKER = Symbol.for('plivo-verify.error.VerifyNetworkError');
/** The request could not be completed: connection refused, DNS, reset or timeout of a read-only call. */
export class VerifyNetworkError extends VerifyError {
  override readonly name: string = 'VerifyNetworkError';
  readonly timedOut: boolean;
  constructor(message: string, init: Init & { timedOut: boolean }) {
    super(message, { ...init, code: init.timedOut ? 'timeout' : 'network', retryable: true });
    this.timedOut = init.timedOut;
    Object.defineProperty(this, NETWORK_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyNetworkError {
    return hasMarker(value, NETWORK_MARKER);
  }
}

const AMBIGUOUS_MARKER = Symbol.for('plivo-verify.error.VerifyAmbiguousError');
/**
 * A create or validate was sent but no answer came back (reset or timeout): Plivo may have processed it.
 * It is not retried, so no second code goes out by accident. Reconcile with `sessions.list({ recipient,
 * session_time__gte })` from `startedAt`, or `sessions.get` for a validate.
 */
export class VerifyAmbiguousError extends VerifyError {
  override readonly name: string = 'VerifyAmbiguousError';
  /** ISO time (UTC) at which the ambiguous request was started. */
  readonly startedAt: string;
  readonly timedOut: boolean;
  constructor(message: string, init: Init & { startedAt: string; timedOut: boolean }) {
    super(message, { ...init, code: 'ambiguous', retryable: false });
    this.startedAt = init.startedAt;
    this.timedOut = init.timedOut;
    Object.defineProperty(this, AMBIGUOUS_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyAmbiguousError {
    return hasMarker(value, AMBIGUOUS_MARKER);
  }
}

const PROTOCOL_MARKER = Symbol.for('plivo-verify.error.VerifyProtocolError');
/** Plivo answered with something that is not the documented shape (e.g. HTML from a proxy, or other JSON). */
export class VerifyProtocolError extends VerifyError {
  override readonly name: string = 'VerifyProtocolError';
  constructor(message: string, init: Init) {
    super(message, { ...init, code: 'protocol', retryable: false });
    Object.defineProperty(this, PROTOCOL_MARKER, { value: true });
  }
  static override isInstance(value: unknown): value is VerifyProtocolError {
    return hasMarker(value, PROTOCOL_MARKER);
  }
}
