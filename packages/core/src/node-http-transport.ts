import type { Agent as HttpAgent, request as httpRequest, IncomingHttpHeaders } from 'node:http';
import { type ConnectedSockets, markingAgent } from './keep-alive-agents.js';
import { type Transport, TransportError, type TransportResponse } from './transport.js';
import { provesNotSent, systemCodes } from './transport-failure.js';

export interface NodeHttpTransportOptions {
  /** Sockets kept per host (default 50). */
  readonly maxSockets?: number;
}

interface Scheme {
  readonly request: typeof httpRequest;
  readonly agent: HttpAgent;
}

function lowerCased(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * `not-sent` only on positive proof: the error's system codes say no connection was made, or the time ran out
 * before the request had a connected socket. A caller's abort and everything else are `sent`.
 */
function toTransportError(
  error: unknown,
  stopped: 'timeout' | 'canceled' | undefined,
  opened: boolean,
): TransportError {
  if (stopped === 'canceled') return new TransportError('ERR_CANCELED', { phase: 'sent' });
  if (stopped === 'timeout') {
    return opened
      ? new TransportError('ETIMEDOUT', { phase: 'sent', timedOut: true })
      : new TransportError('ECONNECTTIMEOUT', { phase: 'not-sent', timedOut: true });
  }
  const codes = systemCodes(error);
  if (provesNotSent(codes)) return new TransportError(codes[0] ?? 'UNKNOWN', { phase: 'not-sent' });
  return new TransportError(codes[0] ?? 'UNKNOWN', { phase: 'sent' });
}

/**
 * A transport on `node:http`/`node:https` with keep-alive agents: the cheapest per request on Node (several times
 * less CPU than `fetch` or axios), for servers that call Plivo at a high rate. Same failure phases as the axios
 * transport: a timeout before the socket connected is `not-sent`, after it `sent`.
 */
export function nodeHttpTransport(options: NodeHttpTransportOptions = {}): Transport {
  const maxSockets = options.maxSockets ?? 50;
  const connected: ConnectedSockets = new WeakSet();
  const schemes = new Map<boolean, Scheme>();
  const loading = new Map<boolean, Promise<Scheme>>();
  // Each scheme's module is loaded on its first request, like axios: importing core stays cheap for CLIs, and a
  // loopback sandbox over http never loads TLS.
  const load = (secure: boolean): Promise<Scheme> => {
    let pending = loading.get(secure);
    if (pending === undefined) {
      pending = (secure ? import('node:https') : import('node:http')).then((module) => {
        const scheme = { request: module.request, agent: markingAgent(module.Agent, maxSockets, connected) };
        schemes.set(secure, scheme);
        return scheme;
      });
      loading.set(secure, pending);
    }
    return pending;
  };
  return async (request) => {
    const secure = request.url.startsWith('https:');
    const scheme = schemes.get(secure) ?? (await load(secure));
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    return new Promise<TransportResponse>((resolve, reject) => {
      let stopped: 'timeout' | 'canceled' | undefined;
      let settled = false;
      const req = scheme.request(request.url, { method: request.method, headers, agent: scheme.agent });
      // Settled here, not on the request's 'error': a request still queued for a socket only errors once it gets one.
      const stop = (why: 'timeout' | 'canceled') => {
        stopped ??= why;
        fail(undefined);
        req.destroy();
      };
      const timer = setTimeout(() => stop('timeout'), request.timeoutMs);
      const onAbort = () => stop('canceled');
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        outcome();
      };
      const fail = (error: unknown) => {
        const socket = req.socket;
        const opened = socket !== null && socket !== undefined && connected.has(socket);
        settle(() => reject(toTransportError(error, stopped, opened)));
      };
      if (request.signal?.aborted) onAbort();
      else request.signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', fail);
      req.once('response', (res) => {
        res.setEncoding('utf8');
        let body = '';
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('error', fail);
        res.once('end', () =>
          settle(() => resolve({ status: res.statusCode ?? 0, headers: lowerCased(res.headers), body })),
        );
        // Closed before its end: the answer was cut off after the request was sent.
        res.once('close', () => fail(undefined));
      });
      req.end(request.body);
    });
  };
}
