import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { API_ID, fakeTransport, json, SESSION_UUID } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { VALIDATION_FAILURE_REASONS, validationFailureReason } from './validation-reason.js';

// Texts seen from the sandbox (apps/sandbox/src/verify-engine.ts), Plivo's SDK tests and third-party mocks.
const TEXTS: ReadonlyArray<readonly [string, string]> = [
  ['Invalid OTP', 'wrong_code'],
  ['The passcode entered is incorrect.', 'wrong_code'],
  ['incorrect code', 'wrong_code'],
  ['session expired: request a new code', 'expired'],
  ['Session has expired', 'expired'],
  ['session already validated', 'already_verified'],
  ['Session already verified', 'already_verified'],
  ['maximum validation attempts (10) reached for this session', 'too_many_attempts'],
  ['Too many attempts', 'too_many_attempts'],
  ['something new from Plivo', 'unknown'],
  ['', 'unknown'],
];

describe('validation failure reasons', () => {
  it('the runtime list is exactly the reasons the mapping gives (adapters build output enums from it)', () => {
    expect([...new Set(TEXTS.map(([text]) => validationFailureReason(text)))].sort()).toEqual(
      [...VALIDATION_FAILURE_REASONS].sort(),
    );
  });

  it.each(TEXTS)('%j → %s', (text, reason) => {
    expect(validationFailureReason(text)).toBe(reason);
  });

  it.each([
    [400, { error: 'session expired: request a new code' }, 'expired'],
    [400, { error: 'maximum validation attempts (10) reached for this session' }, 'too_many_attempts'],
    [200, { message: 'The passcode entered is incorrect.' }, 'wrong_code'],
  ])('validate answers %i %j with reason %s', async (status, body, reason) => {
    const transport = fakeTransport(json(status, { api_id: API_ID, ...body }));
    const result = await testClient({ transport, clock: fakeClock() }).sessions.validate(SESSION_UUID, '123456');
    expect(result).toMatchObject({ valid: false, reason, status });
  });

  it('a success message with a non-2xx status is not a success (the HTTP status is checked)', async () => {
    const transport = fakeTransport(json(400, { api_id: API_ID, message: 'session validated successfully.' }));
    const result = await testClient({ transport, clock: fakeClock() }).sessions.validate(SESSION_UUID, '123456');
    expect(result).toMatchObject({ valid: false, status: 400 });
  });
});
