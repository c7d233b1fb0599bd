import { describe, expect, it } from 'vitest';
import { signV2, signV3, validateSignatureV2, validateSignatureV3 } from './signature.js';
import { VerifyValidationError } from './verify-error.js';

const authToken = 'Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4';
const nonce = '31627761595286130198';
const url = 'https://example.com/status?b=2&a=1';

describe('validators never throw', () => {
  it.each([undefined, null, '', '   ', 'garbage', 42, {}])('V3 signature %j → false', (signature) => {
    expect(validateSignatureV3({ method: 'POST', url, nonce, authToken, signature: signature as never })).toBe(false);
  });

  it.each([undefined, null, '', 'garbage', 42])('V2 signature %j → false', (signature) => {
    expect(validateSignatureV2({ url, nonce, authToken, signature: signature as never })).toBe(false);
  });

  it.each([
    ['no input', undefined],
    ['no url', { method: 'POST', nonce, authToken, signature: 'x' }],
    ['no token', { method: 'POST', url, nonce, signature: 'x' }],
    ['a bad url', { method: 'POST', url: '::', nonce, authToken, signature: 'x' }],
  ])('V3 with %s → false', (_label, input) => {
    expect(validateSignatureV3(input as never)).toBe(false);
    expect(validateSignatureV2(input as never)).toBe(false);
  });

  it('V3 with a method other than GET/POST → false, even with the POST signature', () => {
    const signature = signV3({ method: 'POST', url, nonce, authToken });
    expect(validateSignatureV3({ method: 'PUT', url, nonce, authToken, signature })).toBe(false);
  });

  it('V3 compares the method case-insensitively (a GET signature checks for get)', () => {
    const params = { z: '1', a: '2' };
    const signature = signV3({ method: 'GET', url, nonce, authToken, params });
    expect(validateSignatureV3({ method: 'get', url, nonce, authToken, params, signature })).toBe(true);
    // And GET really differs from POST, so the case fold matters.
    expect(validateSignatureV3({ method: 'post', url, nonce, authToken, params, signature })).toBe(false);
  });
});

describe('signers name what is missing', () => {
  it.each([
    ['signV2 without nonce', () => signV2({ url, authToken } as never), 'nonce'],
    ['signV2 without token', () => signV2({ url, nonce } as never), 'authToken'],
    ['signV2 with a relative url', () => signV2({ url: '/x', nonce, authToken }), 'url'],
    ['signV2(undefined)', () => signV2(undefined as never), 'input'],
    ['signV3 without method', () => signV3({ url, nonce, authToken } as never), 'method'],
    ['signV3 with PUT', () => signV3({ method: 'PUT', url, nonce, authToken }), 'method'],
    ['signV3 without url', () => signV3({ method: 'GET', nonce, authToken } as never), 'url'],
  ])('%s', (_label, sign, field) => {
    const error = (() => {
      try {
        sign();
      } catch (e) {
        return e;
      }
    })();
    expect(VerifyValidationError.isInstance(error)).toBe(true);
    expect((error as VerifyValidationError).issues.map((issue) => issue.field)).toContain(field);
  });
});
