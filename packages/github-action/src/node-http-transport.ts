import { type ClientRequest, request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { type Transport, TransportError, type TransportResponse } from '@plivo-verify/core/pure';

// Codes that prove no connection was made (the server cannot have seen the request); anything else is "sent".
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** The system codes on an error, its causes and inside an AggregateError (Node tries several addresses). */
function systemCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof record.code === 'string' ? [record.code] : [];
  const nested = Array.isArray(record.errors) ? record.errors.flatMap((e) => systemCodes(e, depth + 1)) : [];
  return [...own, ...nested, ...systemCodes(record.cause, depth + 1)];
}

function headerRecord(response: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * Core's transport contract on `node:http` / `node:https`, for the action's start-up: the platform `fetch` loads
 * Node's bundled undici (and its WebAssembly parser) on first use, about as long again as the rest of the action's
 * start. Same rules as core's fetchTransport: every status resolves, no redirects are followed, and a failure is
 * `not-sent` only when every system code proves no connection was made; a timeout, a reset or a cancel is `sent`,
 * so core never repeats a create on a guess.
 */
export function nodeHttpTransport(): Transport {
  return async (request) => {
    const url = new URL(request.url);
    // https (Plivo) loads TLS when first needed; a loopback sandbox over http never does.
    const send = url.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    return new Promise<TransportResponse>((resolve, reject) => {
      let settled = false;
      let timedOut = false;
      let outgoing: ClientRequest | undefined;
      const finish = (outcome: { response: TransportResponse } | { error: TransportError }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        if ('response' in outcome) resolve(outcome.response);
        else reject(outcome.error);
      };
      const fail = (error: unknown) => {
        if (request.signal?.aborted) return finish({ error: new TransportError('ERR_CANCELED', { phase: 'sent' }) });
        if (timedOut) return finish({ error: new TransportError('ETIMEDOUT', { phase: 'sent', timedOut: true }) });
        const codes = systemCodes(error);
        const notSent = codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code));
        finish({ error: new TransportError(codes[0] ?? 'UNKNOWN', { phase: notSent ? 'not-sent' : 'sent' }) });
      };
      const onAbort = () => {
        outgoing?.destroy();
        fail(undefined);
      };
      const timer = setTimeout(() => {
        timedOut = true;
        outgoing?.destroy();
        fail(undefined);
      }, request.timeoutMs);
      if (request.signal?.aborted) return onAbort();
      request.signal?.addEventListener('abort', onAbort, { once: true });
      const options: RequestOptions = { method: request.method, headers };
      outgoing = send(url, options, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('aborted', () => fail(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
        response.on('end', () => {
          finish({
            response: {
              status: response.statusCode ?? 0,
              headers: headerRecord(response),
              body: Buffer.concat(chunks).toString('utf8'),
            },
          });
        });
      });
      outgoing.on('error', fail);
      outgoing.end(request.body);
    });
  };
}
