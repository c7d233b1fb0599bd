import type { AxiosInstance } from 'axios';
import { type ConnectedSockets, markingAgents } from './keep-alive-agents.js';
import { type Transport, TransportError } from './transport.js';
import { provesNotSent, systemCodes, TIMEOUT_CODES } from './transport-failure.js';

export interface AxiosTransportOptions {
  /** Reuse an axios instance (proxies, interceptors). Its agents are left alone. */
  readonly instance?: AxiosInstance;
  /** Sockets kept per host (default 50). */
  readonly maxSockets?: number;
}

interface AxiosErrorLike {
  readonly isAxiosError: true;
  readonly code?: string;
  readonly request?: { readonly socket?: unknown };
  readonly cause?: unknown;
}

function isAxiosErrorLike(error: unknown): error is AxiosErrorLike {
  return typeof error === 'object' && error !== null && (error as { isAxiosError?: unknown }).isAxiosError === true;
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
  // axios' own ERR_* codes say nothing about the socket; the system codes under them do.
  const codes = systemCodes(error).filter((c) => !c.startsWith('ERR_'));
  if (provesNotSent(codes)) {
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
  // Resolved once; later requests use it without another await.
  let instance: AxiosInstance | undefined = options.instance;
  let loading: Promise<AxiosInstance> | undefined;
  const load = (): Promise<AxiosInstance> => {
    // axios and the http modules are loaded here, not at import: importing core stays cheap for CLIs.
    loading ??= Promise.all([import('axios'), import('node:http'), import('node:https')]).then(
      ([{ default: axios }, http, https]) => {
        const agents = markingAgents({ http, https }, maxSockets, connected ?? new WeakSet());
        instance = axios.create({ httpAgent: agents.http, httpsAgent: agents.https });
        return instance;
      },
    );
    return loading;
  };
  return async (request) => {
    try {
      const client = instance ?? (await load());
      const response = await client.request<string>({
        method: request.method,
        url: request.url,
        headers: { ...request.headers },
        data: request.body,
        timeout: request.timeoutMs,
        ...(request.signal === undefined ? {} : { signal: request.signal }),
        responseType: 'text',
        transformResponse: keepText,
        validateStatus: anyStatus,
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

const keepText = (data: unknown): unknown => data;
const anyStatus = (): boolean => true;
