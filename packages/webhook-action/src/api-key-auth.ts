import { sha256, toHex } from './sha256.js';

/** Compares two equal-length digests without an early exit. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export interface ApiKeyVerifier {
  /** The tenant id of the matching key (a digest prefix, safe to log and use in store keys), or undefined. */
  verify(candidate: string): Promise<string | undefined>;
}

/**
 * Keys are hashed once; a candidate is hashed and compared with every key, all of them, in constant time, so
 * neither the position of a mismatch nor which key matched shows in the timing.
 */
export function apiKeyVerifier(keys: readonly string[]): ApiKeyVerifier {
  const digests = Promise.all(
    keys.map(async (key) => ({ digest: await sha256(key), id: toHex(await sha256(`id:${key}`)).slice(0, 12) })),
  );
  return {
    async verify(candidate) {
      const digest = await sha256(candidate);
      let match: string | undefined;
      for (const key of await digests) {
        if (constantTimeEqual(digest, key.digest)) match = key.id;
      }
      return match;
    },
  };
}

/** `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(headers: Headers): string | undefined {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match?.[1]) return match[1];
  }
  return headers.get('x-api-key')?.trim() || undefined;
}
