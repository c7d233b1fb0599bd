import { constantTimeEqual, hmacSha256, toBase64 } from './hmac-sha256.js';
import { type FieldIssue, VerifyValidationError } from './verify-error.js';

/** Callback parameters as received: a record (values may repeat) or URLSearchParams. */
export type CallbackParams =
  | Readonly<Record<string, string | number | boolean | readonly (string | number | boolean)[] | undefined>>
  | URLSearchParams;

function hmacBase64(authToken: string, message: string): string {
  return toBase64(hmacSha256(authToken, message));
}

/**
 * scheme://host[:port]/path as written (no `/` added to a bare host, as in Plivo's SDKs); throws on a URL that
 * does not parse.
 */
function baseOf(rawUrl: string): string {
  new URL(rawUrl);
  return rawUrl.split(/[?#]/, 1)[0] ?? rawUrl;
}

function toPairs(params: CallbackParams | undefined): Array<[string, string]> {
  if (params === undefined) return [];
  if (params instanceof URLSearchParams) return [...params.entries()];
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) pairs.push([key, String(item)]);
  }
  return pairs;
}

/** Groups pairs by key, keys and each key's values sorted by code unit (Plivo's "Unix-style" order). */
function sortedGroups(pairs: Array<[string, string]>): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const [key, value] of pairs) {
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.entries()]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([key, values]) => [key, [...values].sort(byCodeUnit)]);
}

export interface SignV2Input {
  /** The callback URL exactly as Plivo calls it; query and body are not signed in V2. */
  readonly url: string;
  readonly nonce: string;
  readonly authToken: string;
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Names every missing or malformed signing input; the signers throw it as a `VerifyValidationError`. */
function signingIssues(input: unknown, version: 'V2' | 'V3'): FieldIssue[] {
  if (typeof input !== 'object' || input === null) {
    return [{ field: 'input', message: `expected { ${version === 'V3' ? 'method, ' : ''}url, nonce, authToken }` }];
  }
  const record = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  if (!isUrl(record.url)) issues.push({ field: 'url', message: 'expected an absolute http(s) URL' });
  if (typeof record.nonce !== 'string' || record.nonce === '')
    issues.push({ field: 'nonce', message: 'expected the non-empty nonce header value' });
  if (typeof record.authToken !== 'string' || record.authToken === '')
    issues.push({ field: 'authToken', message: 'expected the non-empty Auth Token' });
  if (version === 'V3' && !(typeof record.method === 'string' && /^(get|post)$/i.test(record.method)))
    issues.push({ field: 'method', message: 'expected GET or POST' });
  return issues;
}

function assertSigningInput(input: unknown, version: 'V2' | 'V3'): void {
  const issues = signingIssues(input, version);
  if (issues.length === 0) return;
  throw new VerifyValidationError(
    `Invalid sign${version} input: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`,
    { operation: 'client', method: 'SIGN', path: '', issues, source: 'client' },
  );
}

/** `X-Plivo-Signature-V2`: base64(HMAC-SHA256(token, scheme://host/path + nonce)). */
export function signV2(input: SignV2Input): string {
  assertSigningInput(input, 'V2');
  return hmacBase64(input.authToken, baseOf(input.url) + input.nonce);
}

/**
 * Checks `X-Plivo-Signature-V2` (or `-Ma-V2` with the main account token) in constant time. Missing, empty or
 * garbage input gives `false`; it never throws.
 */
export function validateSignatureV2(input: SignV2Input & { readonly signature: string | null | undefined }): boolean {
  try {
    if (typeof input?.signature !== 'string' || input.signature.trim() === '') return false;
    if (signingIssues(input, 'V2').length > 0) return false;
    return constantTimeEqual(input.signature.trim(), signV2(input));
  } catch {
    return false;
  }
}

export interface SignV3Input {
  readonly method: 'GET' | 'POST' | (string & {});
  readonly url: string;
  /** Form or query parameters of the callback. */
  readonly params?: CallbackParams;
  readonly nonce: string;
  readonly authToken: string;
}

function v3Payload(input: SignV3Input): string {
  const url = new URL(input.url);
  const base = baseOf(input.url);
  const queryPairs = [...url.searchParams.entries()];
  const paramPairs = toPairs(input.params);
  let payload: string;
  if (input.method.toUpperCase() === 'GET') {
    const all = sortedGroups([...queryPairs, ...paramPairs]);
    const joined = all.flatMap(([key, values]) => values.map((value) => `${key}=${value}`)).join('&');
    payload = joined.length > 0 ? `${base}?${joined}` : base;
  } else {
    const query = sortedGroups(queryPairs)
      .flatMap(([key, values]) => values.map((value) => `${key}=${value}`))
      .join('&');
    const body = sortedGroups(paramPairs)
      .flatMap(([key, values]) => values.map((value) => `${key}${value}`))
      .join('');
    payload = base;
    if (query || body) payload += '?';
    payload += query;
    if (query && body) payload += '.';
    payload += body;
  }
  return `${payload}.${input.nonce}`;
}

/** `X-Plivo-Signature-V3` for a callback (method GET or POST, in any case). */
export function signV3(input: SignV3Input): string {
  assertSigningInput(input, 'V3');
  return hmacBase64(input.authToken, v3Payload(input));
}

/**
 * Checks `X-Plivo-Signature-V3` (or `-Ma-V3`) in constant time. The header may carry several
 * comma-separated signatures; one match is enough. Missing, empty or garbage input, or a method other than GET or
 * POST, gives `false`; it never throws.
 */
export function validateSignatureV3(input: SignV3Input & { readonly signature: string | null | undefined }): boolean {
  try {
    if (typeof input?.signature !== 'string' || input.signature.trim() === '') return false;
    if (signingIssues(input, 'V3').length > 0) return false;
    const expected = signV3(input);
    let matched = false;
    for (const candidate of input.signature.split(',')) {
      // No early exit: every candidate is compared.
      if (candidate.trim() !== '' && constantTimeEqual(candidate.trim(), expected)) matched = true;
    }
    return matched;
  } catch {
    return false;
  }
}
