import { validateSignatureV3, verifyCallback } from '@plivo-verify/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plivoSignV3, plivoValidateV3 } from './plivo-signer.js';

// Random callbacks signed by the official plivo package's own code; core must accept each one and reject every
// single-character tamper of the signature, nonce, token, URL path or a parameter (plivo's validator agrees).
const alnum = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const word = (min: number, max: number) =>
  fc.array(fc.constantFrom(...alnum), { minLength: min, maxLength: max }).map((c) => c.join(''));

const callback = fc.record({
  method: fc.constantFrom('GET', 'POST'),
  host: fc.constantFrom('https://example.com', 'http://127.0.0.1:8080', 'https://hooks.example.org:8443'),
  path: fc.array(word(1, 8), { maxLength: 3 }).map((parts) => `/${parts.join('/')}`),
  query: fc.dictionary(word(1, 6), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  params: fc.dictionary(
    fc.oneof(fc.constantFrom('SessionUUID', 'SessionStatus', 'Channel', 'Recipient'), word(1, 8)),
    fc.string({ maxLength: 16 }),
    { maxKeys: 6 },
  ),
  nonce: fc.stringMatching(/^[0-9]{8,20}$/),
  authToken: word(20, 40),
});

const urlOf = (c: { host: string; path: string; query: Record<string, string> }) => {
  const query = new URLSearchParams(c.query).toString();
  return `${c.host}${c.path}${query ? `?${query}` : ''}`;
};

/** `text` with the character at `at` replaced by a different one from `alphabet`. */
function tamper(text: string, at: number, pick: number, alphabet: readonly string[]): string {
  const index = at % text.length;
  const choices = alphabet.filter((c) => c !== text[index]);
  return text.slice(0, index) + choices[pick % choices.length] + text.slice(index + 1);
}
const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

describe('signature fuzz: the official plivo package signs, core validates', () => {
  it('accepts every genuine V3 signature', () => {
    fc.assert(
      fc.property(callback, (c) => {
        const url = urlOf(c);
        const signature = plivoSignV3(c.method, url, c.nonce, c.authToken, c.params);
        expect(plivoValidateV3(c.method, url, c.nonce, c.authToken, signature, c.params)).toBe(true);
        const input = { method: c.method, url, params: c.params, nonce: c.nonce, authToken: c.authToken };
        expect(validateSignatureV3({ ...input, signature })).toBe(true);
      }),
      { numRuns: 500, seed: 20261126 },
    );
  });

  it('rejects every single-character tamper (and plivo agrees)', () => {
    const target = fc.constantFrom('signature', 'nonce', 'authToken', 'path', 'param');
    fc.assert(
      fc.property(callback, target, fc.nat(), fc.nat(), (c, what, at, pick) => {
        const url = urlOf(c);
        const genuine = plivoSignV3(c.method, url, c.nonce, c.authToken, c.params);
        let input = { method: c.method, url, params: c.params, nonce: c.nonce, authToken: c.authToken };
        let signature = genuine;
        if (what === 'signature') signature = tamper(genuine, at, pick, printable);
        if (what === 'nonce') input = { ...input, nonce: tamper(c.nonce, at, pick, alnum) };
        if (what === 'authToken') input = { ...input, authToken: tamper(c.authToken, at, pick, alnum) };
        if (what === 'path') {
          const path = c.path.length > 1 ? tamper(c.path.slice(1), at, pick, alnum) : 'x';
          input = { ...input, url: urlOf({ ...c, path: `/${path}` }) };
        }
        if (what === 'param') {
          const keys = Object.keys(c.params);
          const key = keys[at % Math.max(1, keys.length)] ?? 'Extra';
          const value = c.params[key] ?? '';
          const changed = value === '' ? 'x' : tamper(value, pick, at, alnum);
          input = { ...input, params: { ...c.params, [key]: changed } };
        }
        expect(validateSignatureV3({ ...input, signature })).toBe(false);
        const params = input.params as Record<string, string>;
        expect(plivoValidateV3(input.method, input.url, input.nonce, input.authToken, signature, params)).toBe(false);
      }),
      { numRuns: 2_000, seed: 20261126 },
    );
  });

  it('verifyCallback accepts a genuine signed POST callback and rejects every tamper of it', () => {
    const event = fc.record({
      SessionUUID: fc.uuid(),
      SessionStatus: fc.constantFrom('in-progress', 'verified', 'expired'),
      Channel: fc.constantFrom('sms', 'voice'),
      ChannelStatus: fc.constantFrom('queued', 'sent', 'delivered', 'ringing', 'completed'),
      AttemptSequence: fc.integer({ min: 1, max: 5 }).map(String),
      AttemptUUID: fc.uuid(),
      Recipient: fc.stringMatching(/^[1-9][0-9]{9,13}$/),
      RequestTime: fc.constant('2026-11-26 13:00:00'),
    });
    const target = fc.constantFrom('none', 'signature', 'nonce', 'body');
    fc.assert(
      fc.property(callback, event, target, fc.nat(), fc.nat(), (c, e, what, at, pick) => {
        const url = urlOf(c);
        const params: Record<string, string> = { ...c.params, ...e };
        const signature = plivoSignV3('POST', url, c.nonce, c.authToken, params);
        const headers = { 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': c.nonce };
        let body = new URLSearchParams(params).toString();
        if (what === 'signature') headers['X-Plivo-Signature-V3'] = tamper(signature, at, pick, alnum);
        if (what === 'nonce') headers['X-Plivo-Signature-V3-Nonce'] = tamper(c.nonce, at, pick, alnum);
        if (what === 'body') {
          const key = Object.keys(params)[at % Object.keys(params).length] as string;
          const value = params[key] as string;
          body = new URLSearchParams({
            ...params,
            [key]: value === '' ? 'x' : tamper(value, pick, at, alnum),
          }).toString();
        }
        const result = verifyCallback({ method: 'POST', url, headers, body, authToken: c.authToken });
        if (what === 'none') {
          expect(result).toMatchObject({ valid: true, version: 'v3', event: { SessionUUID: e.SessionUUID } });
        } else expect(result).toEqual({ valid: false, reason: 'bad_signature' });
      }),
      { numRuns: 1_000, seed: 20261126 },
    );
  });
});
