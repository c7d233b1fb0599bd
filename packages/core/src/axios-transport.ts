import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { AxiosInstance } from 'axios';
import { type Transport, TransportError } from './transport.js';

export interface AxiosTransportOptions {
  /** Reuse an axios instance (proxies, interceptors). Its agents are left alone. */
  readonly instance?: AxiosInstance;
  /** Sockets kept per host (default 50). */
  readonly maxSockets?: number;
}

// Codes that prove the request never left this machine, so the server cannot have processed it.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

interface AxiosErrorLike {
  readonly isAxiosError: true;
  readonly code?: string;
  readonly request?: { readonly socket?: unknown };
  readonly cause?: unknown;
}

function isAxiosErrorLike(error: unknown): error is AxiosErrorLike {
  return typeof error === 'object' && error !== null && (error as { isAxiosError?: unknown }).isAxiosError === true;
}

/** System codes on the error and its cause chain (the fetch adapter hides them in `cause`). */
function codesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof record.code === 'string' ? [record.code] : [];
  const nested = Array.isArray(record.errors) ? record.errors.flatMap((e) => codesOf(e, depth + 1)) : [];
  return [...own, ...nested, ...codesOf(record.cause, depth + 1)];
}

/**
 * Sockets of the default agents that completed their TCP connect. A timed-out request whose socket is not in here
 * (or that never got one) provably never reached the server: a connect timeout.
 */
type ConnectedSockets = WeakSet<object>;

function markingAgents(maxSockets: number, connected: ConnectedSockets): { http: HttpAgent; https: HttpsAgent } {
  const mark = (socket: Duplex | null | undefined): void => {
    const net = socket as Socket | null | undefined;
    if (!net) return;
    if (net.connecting === false) connected.add(net);
    else net.once('connect', () => connected.add(net));
  };
  const http = new HttpAgent({ keepAlive: true, maxSockets });
  const https = new HttpsAgent({ keepAlive: true, maxSockets });
  for (const agent of [http, https]) {
    const create = agent.createConnection.bind(agent);
    agent.createConnection = (options, callback) => {
      const socket = create(options, callback);
      mark(socket);
      return socket;
    };
  }
  return { http, https };
}

/**
 * Reduces an axios failure to a `TransportError`. `not-sent` only on positive proof: a connection refused or
 * unresolvable, or (with the default agents) a timeout before the request had a connected socket. Anything else,
 * including every failure of a custom instance or the fetch adapter that carries no such code, is `sent`.
 */
function toTransportError(error: unknown, connected: ConnectedSockets | undefined): TransportError {
  if (!isAxiosErrorLike(error)) return new TransportError('UNKNOWN', { phase: 'sent' });
  const code = error.code ?? 'UNKNOWN';
  if (code === 'ERR_CANCELED') return new TransportError(code, { phase: 'sent' });
  const codes = codesOf(error).filter((c) => !c.startsWith('ERR_'));
  if (codes.length > 0 && codes.every((c) => NOT_SENT_CODES.has(c))) {
    return new TransportError(codes[0] ?? code, { phase: 'not-sent' });
  }
  const timedOut = TIMEOUT_CODES.has(code);
  if (timedOut && connected !== undefined) {
    const socket = error.request?.socket;
    const opened = typeof socket === 'object' && socket !== null && connected.has(socket);
    if (!opened) return new TransportError('ECONNECTTIMEOUT', { phase: 'not-sent', timedOut: true });
  }
  return new TransportError(code === 'UNKNOWN' && codes[0] ? codes[0] : code, { phase: 'sent', timedOut });
}

/**
 * The default transport for Node: axios with keep-alive agents and a per-request timeout. axios is loaded on the
 * first request, so importing core stays cheap. Axios errors are reduced to a `TransportError` so that request
 * headers (credentials) never travel on an error object.
 */
export function axiosTransport(options: AxiosTransportOptions = {}): Transport {
  const maxSockets = options.maxSockets ?? 50;
  const connected: ConnectedSockets | undefined = options.instance ? undefined : new WeakSet();
  let instance: Promise<AxiosInstance> | undefined = options.instance ? Promise.resolve(options.instance) : undefined;
  const getInstance = (): Promise<AxiosInstance> => {
    instance ??= import('axios').then(({ default: axios }) => {
      const agents = markingAgents(maxSockets, connected ?? new WeakSet());
      return axios.create({ httpAgent: agents.http, httpsAgent: agents.https });
    });
    return instance;
  };
  return async (request) => {
    try {
      const client = await getInstance();
      const response = await client.request<string>({
        method: request.method,
        url: request.url,
        headers: { ...request.headers },
        data: request.body,
        timeout: request.timeoutMs,
        ...(request.signal === undefined ? {} : { signal: request.signal }),
        responseType: 'text',
        transformResponse: (data: unknown) => data,
        validateStatus: () => true,
        maxRedirects: 0,
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
      }
      return { status: response.status, headers, body: typeof response.data === 'string' ? response.data : '' };
    } catch (error) {
      throw toTransportError(error, connected);
    }
  };
}
