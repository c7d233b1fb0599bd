// The credential's Test request is an n8n expression, evaluated by n8n, not by us: this runs it through n8n-workflow's
// own expression engine and checks it picks the same base URL as the node does, blank and unset values included.
import { PLIVO_API_BASE_URL } from '@plivo-verify/core/pure';
import { describe, expect, it } from 'vitest';
import { PlivoVerifyApi } from '../credentials/PlivoVerifyApi.credentials';
import { baseUrlOf } from '../nodes/PlivoVerify/verify-client';
import { evaluateExpression } from './n8n-expression';

const evaluate = (expression: string, credentials: Record<string, unknown>): unknown =>
  evaluateExpression(expression, { additionalKeys: { $credentials: credentials } });

const request = new PlivoVerifyApi().test.request;

describe('the credential Test request', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['advanced off, a sandbox URL left over', { advanced: false, baseUrl: 'http://127.0.0.1:8910' }],
    ['advanced on, empty', { advanced: true, baseUrl: '' }],
    ['advanced on, blank', { advanced: true, baseUrl: '   ' }],
    ['advanced on, unset', { advanced: true }],
    ['advanced on, null', { advanced: true, baseUrl: null }],
    ['advanced on, a sandbox URL with spaces', { advanced: true, baseUrl: ' http://127.0.0.1:8910 ' }],
  ];

  it.each(cases)('goes where the node goes: %s', (_, credentials) => {
    expect(evaluate(String(request.baseURL), credentials)).toBe(baseUrlOf(credentials));
  });

  it("falls back to Plivo's API, and uses a given URL trimmed", () => {
    expect(evaluate(String(request.baseURL), { advanced: true, baseUrl: '' })).toBe(PLIVO_API_BASE_URL);
    expect(evaluate(String(request.baseURL), { advanced: false, baseUrl: 'http://127.0.0.1:8910' })).toBe(
      PLIVO_API_BASE_URL,
    );
    expect(evaluate(String(request.baseURL), { advanced: true, baseUrl: ' http://127.0.0.1:8910 ' })).toBe(
      'http://127.0.0.1:8910',
    );
  });

  it("lists the sessions of the credential's own account", () => {
    expect(evaluate(String(request.url), { authId: 'MAEXAMPLE0000000000A' })).toBe(
      '/v1/Account/MAEXAMPLE0000000000A/Verify/Session/',
    );
    expect(request.method).toBe('GET');
  });
});
