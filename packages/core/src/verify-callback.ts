import { type CallbackEvent, parseCallback } from './callback-event.js';
import { type CallbackParams, validateSignatureV2, validateSignatureV3 } from './signature.js';

/** A received callback as any HTTP framework exposes it. */
export interface CallbackRequest {
  readonly method: string;
  /** The full URL Plivo called (scheme, host, path and query), as configured at create. */
  readonly url: string;
  /** A plain record (any key case; string or string[] values) or a `Headers`. */
  readonly headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The raw body (form or JSON) or an already-parsed record; undefined for GET (the query is in `url`). */
  readonly body?: string | CallbackParams | undefined;
  readonly authToken: string;
  /**
   * Accept only V3 signatures. V2 signs the URL and nonce but not a POST body, so a captured V2 signature with its
   * V3 headers stripped carries any body; set this once your callbacks are known to carry V3. Default `false`.
   */
  readonly requireV3?: boolean;
}

export type VerifyCallbackResult =
  | {
      readonly valid: true;
      readonly event: CallbackEvent;
      readonly version: 'v3' | 'v2';
      /** Every signature nonce the request carried (V3's first): what a replay guard remembers. */
      readonly nonces: readonly string[];
    }
  | { readonly valid: false; readonly reason: 'missing_signature' | 'bad_signature' | 'malformed' };

function headerReader(headers: CallbackRequest['headers']): (name: string) => string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    return (name) => headers.get(name) ?? undefined;
  }
  const lower = new Map<string, string>();
  if (typeof headers === 'object' && headers !== null) {
    for (const [key, value] of Object.entries(headers)) {
      if (typeof value === 'string') lower.set(key.toLowerCase(), value);
      else if (Array.isArray(value)) lower.set(key.toLowerCase(), value.filter((v) => typeof v === 'string').join(','));
    }
  }
  return (name) => lower.get(name);
}

function parseBody(body: CallbackRequest['body']): CallbackParams | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'string') return body;
  const text = body.trim();
  if (text === '') return undefined;
  if (text.startsWith('{')) {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TypeError('not an object');
    const record: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'object') throw new TypeError('nested value');
      record[key] = String(value);
    }
    return record;
  }
  return new URLSearchParams(text);
}

/**
 * Checks a status callback in one call: the V3 signature headers (`X-Plivo-Signature-V3`, `-Ma-V3`, with
 * `-V3-Nonce`); only when no V3 header came and `requireV3` is not set, V2 (`-V2`, `-Ma-V2`, `-V2-Nonce`); then parses the event. A GET callback's parameters are
 * the URL's query (counted once). Never throws: anything it cannot read is `malformed`.
 */
export function verifyCallback(request: CallbackRequest): VerifyCallbackResult {
  try {
    if (typeof request !== 'object' || request === null) return { valid: false, reason: 'malformed' };
    const method = typeof request.method === 'string' ? request.method.toUpperCase() : '';
    if ((method !== 'GET' && method !== 'POST') || typeof request.url !== 'string') {
      return { valid: false, reason: 'malformed' };
    }
    if (typeof request.authToken !== 'string' || request.authToken === '') return { valid: false, reason: 'malformed' };
    const url = new URL(request.url);
    const header = headerReader(request.headers);
    // GET: the parameters are the URL's query; a body is used only when the URL came without its query.
    const bodyParams = parseBody(request.body);
    const urlHasQuery = url.search.length > 1;
    const signedParams = method === 'GET' ? (urlHasQuery ? undefined : bodyParams) : bodyParams;
    const eventParams = method === 'GET' && urlHasQuery ? url.searchParams : bodyParams;

    const v3 = [header('x-plivo-signature-v3'), header('x-plivo-signature-ma-v3')];
    const v3Nonce = header('x-plivo-signature-v3-nonce');
    const v2 = [header('x-plivo-signature-v2'), header('x-plivo-signature-ma-v2')];
    const v2Nonce = header('x-plivo-signature-v2-nonce');
    const hasV3 = v3Nonce !== undefined && v3.some((value) => value !== undefined && value.trim() !== '');
    const hasV2 = v2Nonce !== undefined && v2.some((value) => value !== undefined && value.trim() !== '');
    const requireV3 = request.requireV3 === true;
    if (!hasV3 && (!hasV2 || requireV3)) return { valid: false, reason: 'missing_signature' };

    let version: 'v3' | 'v2' | undefined;
    if (hasV3) {
      const base = {
        method,
        url: request.url,
        nonce: v3Nonce ?? '',
        authToken: request.authToken,
        ...(signedParams === undefined ? {} : { params: signedParams }),
      };
      // Both headers are checked (no early exit), one match is enough.
      const results = v3.map((signature) => validateSignatureV3({ ...base, signature }));
      if (results.includes(true)) version = 'v3';
    }
    // V2 signs only the URL and nonce, not a POST body: when any V3 header is present (even a partial set), V3
    // decides alone, or a tampered body could pass on the V2 signature that came with it.
    const anyV3 = v3Nonce !== undefined || v3.some((value) => value !== undefined);
    if (!anyV3 && hasV2 && !requireV3) {
      const base = { url: request.url, nonce: v2Nonce ?? '', authToken: request.authToken };
      const results = v2.map((signature) => validateSignatureV2({ ...base, signature }));
      if (results.includes(true)) version = 'v2';
    }
    if (version === undefined) return { valid: false, reason: 'bad_signature' };
    if (eventParams === undefined) return { valid: false, reason: 'malformed' };
    const nonces = [v3Nonce, v2Nonce].filter((nonce): nonce is string => nonce !== undefined && nonce.trim() !== '');
    return { valid: true, event: parseCallback(eventParams), version, nonces };
  } catch {
    return { valid: false, reason: 'malformed' };
  }
}
