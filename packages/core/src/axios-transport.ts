import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import axios, { type AxiosInstance, isAxiosError } from 'axios';
import { type Transport, TransportError } from './transport.js';

export interface AxiosTransportOptions {
  /** Reuse an axios instance (proxies, interceptors). Its agents are left alone. */
  readonly instance?: AxiosInstance;
  /** Sockets kept per host (default 50). */
  readonly maxSockets?: number;
}

// Codes that prove the request never left this machine, so the server cannot have processed it.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

interface ClientRequestLike {
  readonly writableFinished?: boolean;
}

function toTransportError(error: unknown): TransportError {
  if (!isAxiosError(error)) return new TransportError('UNKNOWN', { phase: 'sent' });
  const code = error.code ?? 'UNKNOWN';
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  if (NOT_SENT_CODES.has(code)) return new TransportError(code, { phase: 'not-sent' });
  if (code === 'ERR_CANCELED') return new TransportError(code, { phase: 'sent' });
  // A request whose bytes were never fully written cannot have been processed by the server.
  const request = error.request as ClientRequestLike | undefined;
  const written = request?.writableFinished === true;
  return new TransportError(code, { phase: written || timedOut ? 'sent' : 'not-sent', timedOut });
}

/**
 * The default transport for Node: axios with keep-alive agents and a per-request timeout. Axios errors are
 * reduced to a `TransportError` so that request headers (credentials) never travel on an error object.
 */
export function axiosTransport(options: AxiosTransportOptions = {}): Transport {
  const maxSockets = options.maxSockets ?? 50;
  const instance =
    options.instance ??
    axios.create({
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets }),
    });
  return async (request) => {
    try {
      const response = await instance.request<string>({
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
      throw toTransportError(error);
    }
  };
}
