import { describe, expect, it } from 'vitest';
import { CALLBACK_PARAMS } from './__fixtures__/callback-params.js';
import { signV2, signV3 } from './signature.js';
import { verifyCallback } from './verify-callback.js';

const authToken = 'callback-test-token-1';
const nonce = '05429567804466091622';
const params = { ...CALLBACK_PARAMS };
const url = 'https://hooks.example.com/verify/status?tenant=7';
const form = new URLSearchParams(params).toString();

function v3Headers(method: 'GET' | 'POST', callUrl: string, signed?: Record<string, string>) {
  const signature = signV3({ method, url: callUrl, nonce, authToken, ...(signed ? { params: signed } : {}) });
  return { 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce };
}

describe('verifyCallback', () => {
  it('accepts a genuine POST form callback signed V3 and types the event', () => {
    const result = verifyCallback({
      method: 'POST',
      url,
      headers: v3Headers('POST', url, params),
      body: form,
      authToken,
    });
    expect(result).toMatchObject({
      valid: true,
      version: 'v3',
      event: { SessionUUID: params.SessionUUID, AttemptSequence: 1 },
    });
  });

  it('accepts a genuine GET callback whose parameters are in the URL (counted once)', () => {
    const getUrl = `https://hooks.example.com/verify/status?${form}`;
    const headers = v3Headers('GET', getUrl);
    expect(verifyCallback({ method: 'GET', url: getUrl, headers, authToken })).toMatchObject({
      valid: true,
      event: { ChannelStatus: 'delivered' },
    });
    // The query also handed over as the body must not be counted a second time.
    expect(verifyCallback({ method: 'GET', url: getUrl, headers, body: params, authToken }).valid).toBe(true);
  });

  it('reads the -Ma-V3 header alone, lower-case keys, string[] values and Headers objects', () => {
    const { 'X-Plivo-Signature-V3': signature } = v3Headers('POST', url, params);
    const lower = { 'x-plivo-signature-ma-v3': [signature], 'x-plivo-signature-v3-nonce': nonce };
    expect(verifyCallback({ method: 'post', url, headers: lower, body: form, authToken }).valid).toBe(true);
    const headers = new Headers(v3Headers('POST', url, params));
    expect(verifyCallback({ method: 'POST', url, headers, body: new URLSearchParams(form), authToken }).valid).toBe(
      true,
    );
  });

  it('takes a JSON body and an already-parsed record alike', () => {
    const headers = v3Headers('POST', url, params);
    expect(verifyCallback({ method: 'POST', url, headers, body: JSON.stringify(params), authToken }).valid).toBe(true);
    expect(verifyCallback({ method: 'POST', url, headers, body: params, authToken }).valid).toBe(true);
  });

  it('falls back to V2 when there are no V3 headers', () => {
    const headers = { 'X-Plivo-Signature-V2': signV2({ url, nonce, authToken }), 'X-Plivo-Signature-V2-Nonce': nonce };
    expect(verifyCallback({ method: 'POST', url, headers, body: form, authToken })).toMatchObject({
      valid: true,
      version: 'v2',
    });
  });

  it('never falls back to V2 when V3 headers came: a tampered body with a genuine V2 signature is refused', () => {
    const tampered = new URLSearchParams({ ...params, SessionStatus: 'verified' }).toString();
    const headers = {
      ...v3Headers('POST', url, params),
      'X-Plivo-Signature-V2': signV2({ url, nonce, authToken }),
      'X-Plivo-Signature-V2-Nonce': nonce,
    };
    expect(verifyCallback({ method: 'POST', url, headers, body: tampered, authToken })).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
    expect(verifyCallback({ method: 'POST', url, headers, body: form, authToken })).toMatchObject({ version: 'v3' });
    // A V3 signature without its nonce (or a nonce alone) is still a V3 attempt: no V2 rescue either.
    const { 'X-Plivo-Signature-V3-Nonce': _nonce, ...withoutNonce } = headers;
    expect(verifyCallback({ method: 'POST', url, headers: withoutNonce, body: tampered, authToken })).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it('requireV3 refuses the downgrade: V3 headers stripped from a genuine callback, its V2 signature over a forged body', () => {
    const v2 = { 'X-Plivo-Signature-V2': signV2({ url, nonce, authToken }), 'X-Plivo-Signature-V2-Nonce': nonce };
    const forged = new URLSearchParams({ ...params, SessionStatus: 'verified' }).toString();
    // Without the option the stripped request passes on V2 (V2 does not sign the body): the attack being closed.
    expect(verifyCallback({ method: 'POST', url, headers: v2, body: forged, authToken })).toMatchObject({
      valid: true,
      version: 'v2',
    });
    expect(verifyCallback({ method: 'POST', url, headers: v2, body: forged, authToken, requireV3: true })).toEqual({
      valid: false,
      reason: 'missing_signature',
    });
    // A genuine V3 callback still passes with the option, and reports every nonce it carried.
    const both = { ...v3Headers('POST', url, params), ...v2, 'X-Plivo-Signature-V2-Nonce': '99999999999999999999' };
    expect(
      verifyCallback({ method: 'POST', url, headers: both, body: form, authToken, requireV3: true }),
    ).toMatchObject({
      valid: true,
      version: 'v3',
      nonces: [nonce, '99999999999999999999'],
    });
    // requireV3: false is the default.
    expect(verifyCallback({ method: 'POST', url, headers: v2, body: form, authToken, requireV3: false })).toMatchObject(
      {
        valid: true,
        nonces: [nonce],
      },
    );
  });

  it('missing headers → missing_signature; a wrong token or a changed parameter → bad_signature', () => {
    expect(verifyCallback({ method: 'POST', url, headers: {}, body: form, authToken })).toEqual({
      valid: false,
      reason: 'missing_signature',
    });
    const headers = v3Headers('POST', url, params);
    expect(verifyCallback({ method: 'POST', url, headers, body: form, authToken: 'other-token' })).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
    const tampered = new URLSearchParams({ ...params, SessionStatus: 'verified' }).toString();
    expect(verifyCallback({ method: 'POST', url, headers, body: tampered, authToken })).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it('a genuine signature over an event that does not parse is malformed', () => {
    const partial = { SessionUUID: params.SessionUUID };
    const headers = v3Headers('POST', url, partial);
    expect(verifyCallback({ method: 'POST', url, headers, body: partial, authToken })).toEqual({
      valid: false,
      reason: 'malformed',
    });
  });

  it.each([
    ['null request', null],
    [
      'a method other than GET/POST',
      { method: 'PUT', url, headers: v3Headers('POST', url, params), body: form, authToken },
    ],
    [
      'a URL that does not parse',
      { method: 'POST', url: 'not a url', headers: v3Headers('POST', url, params), authToken },
    ],
    [
      'a JSON body that does not parse',
      { method: 'POST', url, headers: v3Headers('POST', url, params), body: '{nope', authToken },
    ],
    ['no token', { method: 'POST', url, headers: v3Headers('POST', url, params), body: form, authToken: undefined }],
  ])('never throws: %s → malformed', (_label, request) => {
    expect(verifyCallback(request as never)).toEqual({ valid: false, reason: 'malformed' });
  });
});
