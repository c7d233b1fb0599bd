import { createHmac, randomInt } from 'node:crypto';

// Written independently of @plivo-verify/core on purpose: the sandbox is the second oracle for its validators.

function hmac(token: string, text: string): string {
  return createHmac('sha256', token).update(text).digest('base64');
}

function urlBase(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

function ordered(pairs: Array<[string, string]>): Array<[string, string]> {
  return [...pairs].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
}

/** Plivo's V2 scheme: HMAC over scheme://host/path followed by the nonce. */
export function signatureV2(url: string, nonce: string, token: string): string {
  return hmac(token, urlBase(url) + nonce);
}

/** Plivo's V3 scheme over the URL, its query, the callback parameters and the nonce. */
export function signatureV3(
  method: 'GET' | 'POST',
  url: string,
  params: Record<string, string>,
  nonce: string,
  token: string,
): string {
  const base = urlBase(url);
  const query = [...new URL(url).searchParams.entries()];
  const fields = Object.entries(params);
  let text: string;
  if (method === 'GET') {
    const all = ordered([...query, ...fields]);
    text = all.length === 0 ? base : `${base}?${all.map(([k, v]) => `${k}=${v}`).join('&')}`;
  } else {
    const q = ordered(query)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const p = ordered(fields)
      .map(([k, v]) => k + v)
      .join('');
    text = base + (q || p ? '?' : '') + q + (q && p ? '.' : '') + p;
  }
  return hmac(token, `${text}.${nonce}`);
}

/** 20 decimal digits, like the nonces in Plivo's examples. */
export function makeNonce(): string {
  let nonce = '';
  while (nonce.length < 20) nonce += String(randomInt(0, 10));
  return nonce;
}

/** The six signature headers Plivo may send (V2 and V3, each also signed with the main account token). */
export function signatureHeaders(
  method: 'GET' | 'POST',
  url: string,
  params: Record<string, string>,
  token: string,
  mainToken: string,
): Record<string, string> {
  const v2Nonce = makeNonce();
  const v3Nonce = makeNonce();
  return {
    'X-Plivo-Signature-V2': signatureV2(url, v2Nonce, token),
    'X-Plivo-Signature-Ma-V2': signatureV2(url, v2Nonce, mainToken),
    'X-Plivo-Signature-V2-Nonce': v2Nonce,
    'X-Plivo-Signature-V3': signatureV3(method, url, params, v3Nonce, token),
    'X-Plivo-Signature-Ma-V3': signatureV3(method, url, params, v3Nonce, mainToken),
    'X-Plivo-Signature-V3-Nonce': v3Nonce,
  };
}
