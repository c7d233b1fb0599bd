import plivo from 'plivo';
import { describe, expect, it } from 'vitest';
import { plivoSignV2, plivoSignV3 } from './__fixtures__/plivo-signer.js';
import { signV2, signV3, validateSignatureV2, validateSignatureV3 } from './signature.js';

// The official plivo package as an independent oracle, over seeded random inputs.
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const word = (max: number) =>
    Array.from({ length: 1 + Math.floor(next() * max) }, () =>
      pick([...'abcXYZ019-_.~:/ é+%'.split(''), 'Session', 'UUID']),
    ).join('');
  return { next, pick, word };
}

describe('signatures agree with the official plivo package', () => {
  const { next, pick, word } = generator(42);
  const cases = Array.from({ length: 150 }, (_, i) => {
    const host = pick(['https://example.com', 'http://127.0.0.1:8080', 'https://hooks.example.org:8443']);
    const path = pick(['', '/', '/cb', '/verify/status/', `/p/${encodeURIComponent(word(6))}`]);
    const query =
      next() < 0.5
        ? ''
        : `?${Array.from({ length: 1 + Math.floor(next() * 3) }, (_, j) => `q${j}=${encodeURIComponent(word(5))}`).join('&')}`;
    const params: Record<string, string> = {};
    for (let p = Math.floor(next() * 6); p > 0; p -= 1)
      params[pick(['SessionUUID', 'Channel', 'Recipient', 'a', 'B', 'z1'])] = word(8);
    return {
      label: `#${i}`,
      method: pick(['GET', 'POST'] as const),
      url: `${host}${path}${query}`,
      params,
      nonce: String(Math.floor(next() * 1e15)),
      // Plivo auth tokens are ASCII letters and digits.
      authToken: Array.from({ length: 40 }, () => pick([...'ABCdef0123456789'])).join(''),
    };
  });

  it.each(cases)(
    'core signs, plivo validates: $label $method $url $params',
    ({ method, url, params, nonce, authToken }) => {
      const v2 = signV2({ url, nonce, authToken });
      expect(plivo.validateSignature(url, nonce, v2, authToken)).toBe(true);
      expect(validateSignatureV2({ url, nonce, authToken, signature: v2 })).toBe(true);
      const v3 = signV3({ method, url, params, nonce, authToken });
      expect(plivo.validateV3Signature(method, url, nonce, authToken, v3, params)).toBe(true);
      expect(validateSignatureV3({ method, url, params, nonce, authToken, signature: v3 })).toBe(true);
      expect(plivo.validateV3Signature(method, url, nonce, `${authToken}x`, v3, params)).toBe(false);
    },
  );

  it.each(cases)(
    'plivo signs, core validates: $label $method $url $params',
    ({ method, url, params, nonce, authToken }) => {
      const v2 = plivoSignV2(url, nonce, authToken);
      expect(validateSignatureV2({ url, nonce, authToken, signature: v2 })).toBe(true);
      expect(validateSignatureV2({ url, nonce, authToken: `${authToken}x`, signature: v2 })).toBe(false);
      const v3 = plivoSignV3(method, url, nonce, authToken, params);
      // The oracle's signer is sound: plivo's own validator accepts what it signed.
      expect(plivo.validateV3Signature(method, url, nonce, authToken, v3, params)).toBe(true);
      expect(validateSignatureV3({ method, url, params, nonce, authToken, signature: v3 })).toBe(true);
      expect(validateSignatureV3({ method, url, params, nonce: `${nonce}1`, authToken, signature: v3 })).toBe(false);
    },
  );
});
