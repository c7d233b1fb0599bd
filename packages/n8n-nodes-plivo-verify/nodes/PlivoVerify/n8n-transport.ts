import type { Transport, TransportResponse } from '@plivo-verify/core/pure';
import { transportErrorFrom } from '@plivo-verify/core/pure';
import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

export const CREDENTIAL_NAME = 'plivoVerifyApi';

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body === undefined || body === null) return '';
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  // Some n8n versions parse JSON despite `encoding: 'text'`; turn it back into the text core expects.
  return JSON.stringify(body);
}

function headerRecord(headers: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (typeof headers !== 'object' || headers === null) return record;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (typeof value === 'string') record[key.toLowerCase()] = value;
    else if (Array.isArray(value)) record[key.toLowerCase()] = value.join(', ');
    else if (typeof value === 'number') record[key.toLowerCase()] = String(value);
  }
  return record;
}

/**
 * n8n 2.8 wraps a failed request in a NodeApiError that drops the original error (no `cause`) and keeps only its
 * system code, as a non-numeric `httpCode` ('ECONNREFUSED', 'ECONNABORTED'). Hand that code back to core so a
 * refused connection is known not sent and a timeout stays a timeout.
 */
function failureOf(error: unknown): unknown {
  const httpCode = typeof error === 'object' && error !== null ? (error as { httpCode?: unknown }).httpCode : undefined;
  return typeof httpCode === 'string' && httpCode !== '' && !/^\d+$/.test(httpCode)
    ? { code: httpCode, cause: error }
    : error;
}

/**
 * Core's transport on top of n8n's HTTP helper: n8n adds Basic auth from the credential (so the token never
 * passes through here), proxies and SSL settings apply, and every status resolves with the raw body string.
 */
export function n8nTransport(context: IExecuteFunctions): Transport {
  return async (request): Promise<TransportResponse> => {
    const headers: IDataObject = {};
    for (const [key, value] of Object.entries(request.headers)) {
      if (key.toLowerCase() !== 'authorization') headers[key] = value;
    }
    const options: IHttpRequestOptions = {
      method: request.method,
      url: request.url,
      headers,
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
      encoding: 'text',
      json: false,
      timeout: request.timeoutMs,
      // Plivo never redirects; following one would hand the Basic auth n8n adds to whatever host it points at.
      disableFollowRedirect: true,
    };
    if (request.body !== undefined) options.body = request.body;
    if (request.signal !== undefined) options.abortSignal = request.signal;
    // Settled into a value rather than caught: a transport error is core's to map, not an n8n error yet.
    const outcome = await context.helpers.httpRequestWithAuthentication.call(context, CREDENTIAL_NAME, options).then(
      (response: unknown) => ({ response: response as { statusCode?: unknown; headers?: unknown; body?: unknown } }),
      (error: unknown) => ({ error }),
    );
    if ('error' in outcome) {
      // Core's transport contract: reject with a TransportError (not-sent only on proof), which core turns into its
      // own error and the node then into a NodeApiError. n8n's error never reaches n8n as is.
      return Promise.reject(transportErrorFrom(failureOf(outcome.error)));
    }
    const { response } = outcome;
    const status = typeof response.statusCode === 'number' ? response.statusCode : 0;
    return { status, headers: headerRecord(response.headers), body: bodyText(response.body) };
  };
}
