import { constantTimeEqual } from './api-key-auth.js';

/** Why a Standard Webhooks signature was refused. */
export type SignatureFailure = 'missing' | 'malformed' | 'stale' | 'mismatch';

const TOLERANCE_S = 300;

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Checks a `whsec_…` secret (base64 after the prefix, at least 16 bytes) and returns why it is unusable, or
 * undefined: a bad one is refused at start-up rather than failing every signed request later.
 */
export function signingSecretProblem(secret: string): string | undefined {
  const encoded = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(encoded);
  } catch {
    return 'expected whsec_ followed by base64';
  }
  return bytes.length < 16 ? 'expected at least 16 bytes of key (whsec_ + base64)' : undefined;
}

async function hmacKey(secret: string): Promise<Awaited<ReturnType<typeof crypto.subtle.importKey>>> {
  const raw = base64ToBytes(secret.startsWith('whsec_') ? secret.slice(6) : secret);
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` (Standard Webhooks 1.0). */
export async function signStandardWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = await hmacKey(secret);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${bytesToBase64(new Uint8Array(mac))}`;
}

/**
 * Checks `webhook-id`, `webhook-timestamp` and `webhook-signature` against the raw body, in constant time, with a
 * five-minute tolerance. Returns undefined when the signature is good.
 */
export async function verifyStandardWebhook(
  secret: string,
  headers: Headers,
  body: string,
  nowMs: number = Date.now(),
): Promise<SignatureFailure | undefined> {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const signatures = headers.get('webhook-signature');
  if (!id || !timestamp || !signatures) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp)) return 'malformed';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > TOLERANCE_S) return 'stale';
  const expected = base64ToBytes((await signStandardWebhook(secret, id, Number(timestamp), body)).slice(3));
  let matched = false;
  for (const entry of signatures.split(' ')) {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) continue;
    let given: Uint8Array;
    try {
      given = base64ToBytes(value);
    } catch {
      continue;
    }
    if (constantTimeEqual(given, expected)) matched = true;
  }
  return matched ? undefined : 'mismatch';
}
