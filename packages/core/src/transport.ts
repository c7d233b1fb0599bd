/** One HTTP request as the client hands it to a transport. */
export interface TransportRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** The raw answer. A transport resolves for every HTTP status; it rejects only when no answer came. */
export interface TransportResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * Where a failed request stopped. `not-sent`: the request never left (connection refused, DNS), so the server
 * cannot have processed it. `sent`: it may have reached the server (reset, timeout): the outcome is unknown.
 */
export type TransportFailurePhase = 'not-sent' | 'sent';

const TRANSPORT_MARKER = Symbol.for('plivo-verify.error.TransportError');

/**
 * What a transport throws when no HTTP answer came. Transports that cannot tell the phase should say `sent`:
 * the client then never repeats a create.
 */
export class TransportError extends Error {
  override readonly name: string = 'TransportError';
  readonly phase: TransportFailurePhase;
  readonly timedOut: boolean;
  /** A short system code such as `ECONNREFUSED`, never a message that could echo the request. */
  readonly reason: string;

  constructor(reason: string, options: { phase: TransportFailurePhase; timedOut?: boolean }) {
    super(`transport failure (${reason})`);
    this.reason = reason;
    this.phase = options.phase;
    this.timedOut = options.timedOut ?? false;
    Object.defineProperty(this, TRANSPORT_MARKER, { value: true });
  }

  static isInstance(value: unknown): value is TransportError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[TRANSPORT_MARKER] === true;
  }
}
