import { describe, expect, it } from 'vitest';
import { signV2, signV3, validateSignatureV2, validateSignatureV3 } from './signature.js';

describe('V2 signatures (official vector)', () => {
  const vector = { url: 'https://answer.url', nonce: '12345', authToken: 'my_auth_token' };
  const expected = 'ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=';

  it('signs the official vector', () => {
    expect(signV2(vector)).toBe(expected);
  });

  it('validates the official vector', () => {
    expect(validateSignatureV2({ ...vector, signature: expected })).toBe(true);
  });

  it('rejects the official negative case (token my_auth_tokens)', () => {
    expect(validateSignatureV2({ ...vector, authToken: 'my_auth_tokens', signature: expected })).toBe(false);
  });

  it('ignores the query string, as V2 signs scheme://host/path only', () => {
    expect(validateSignatureV2({ ...vector, url: 'https://answer.url?x=1', signature: expected })).toBe(true);
  });

  it.each([
    ['another nonce', { nonce: '12346' }],
    ['another path', { url: 'https://answer.url/other' }],
    ['another host', { url: 'https://answer.urls' }],
  ])('rejects a tampered %s', (_label, change) => {
    expect(validateSignatureV2({ ...vector, ...change, signature: expected })).toBe(false);
  });

  it('rejects signatures of another length and garbage URLs without throwing', () => {
    expect(validateSignatureV2({ ...vector, signature: 'short' })).toBe(false);
    expect(validateSignatureV2({ ...vector, url: 'not a url', signature: expected })).toBe(false);
  });
});

describe('V3 signatures (official vectors)', () => {
  const authToken = 'Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4';
  const nonce = '31627761595286130198';
  const params = {
    Direction: 'outbound',
    From: '19792014278',
    ALegUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
    CallStatus: 'in-progress',
    BillRate: '0.002',
    ParentAuthID: 'MANWVLYTK4ZWU1YTY4QA',
    To: 'sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com',
    ALegRequestUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
    CallUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
    RequestUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
    'SIP-H-To': '<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1',
    SessionStart: '2020-04-08 11:34:33.238707',
    Event: 'StartApp',
  };
  const withQuery = 'https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml/?a=b&c=d';
  const withoutQuery = 'https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml';
  const vectors = [
    ['POST', withQuery, 'k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c='],
    ['GET', withQuery, 'UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ='],
    ['POST', withoutQuery, 'iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0='],
    ['GET', withoutQuery, 'i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc='],
  ] as const;

  it.each(vectors)('%s %s signs to the official value', (method, url, signature) => {
    expect(signV3({ method, url, params, nonce, authToken })).toBe(signature);
    expect(validateSignatureV3({ method, url, params, nonce, authToken, signature })).toBe(true);
  });

  it.each(vectors)('%s %s accepts the signature among several in the header', (method, url, signature) => {
    expect(validateSignatureV3({ method, url, params, nonce, authToken, signature: `x, ${signature}` })).toBe(true);
  });

  it('accepts params as URLSearchParams', () => {
    const [method, url, signature] = vectors[0];
    const search = new URLSearchParams(params);
    expect(validateSignatureV3({ method, url, params: search, nonce, authToken, signature })).toBe(true);
  });

  it.each([
    ['a changed param', { params: { ...params, CallStatus: 'completed' } }],
    ['an added param', { params: { ...params, Extra: '1' } }],
    ['another nonce', { nonce: '31627761595286130199' }],
    ['another token', { authToken: `${authToken}x` }],
    ['another URL', { url: `${withQuery}&e=f` }],
    ['another method', { method: 'GET' }],
  ])('rejects %s', (_label, change) => {
    const [method, url, signature] = vectors[0];
    expect(validateSignatureV3({ method, url, params, nonce, authToken, signature, ...change })).toBe(false);
  });

  it('round-trips repeated keys in sorted order regardless of input order', () => {
    const input = { method: 'POST', url: 'https://example.com/cb', nonce: '1', authToken: 't' } as const;
    const a = signV3({ ...input, params: { b: ['2', '1'], a: '0' } });
    const b = signV3({
      ...input,
      params: new URLSearchParams([
        ['a', '0'],
        ['b', '1'],
        ['b', '2'],
      ]),
    });
    expect(a).toBe(b);
    expect(validateSignatureV3({ ...input, params: { a: '0', b: ['1', '2'] }, signature: a })).toBe(true);
  });
});
