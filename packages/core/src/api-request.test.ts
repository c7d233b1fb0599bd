import { describe, expect, it } from 'vitest';
import { fakeTransport } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { VerifyAmbiguousError } from './verify-error.js';

describe('apiRequest with a transport that cannot say where it failed', () => {
  it('a create failing with a plain Error is ambiguous (a code may have gone out) and is not retried', async () => {
    // A custom transport that throws something other than a TransportError: the phase is unknown.
    const transport = fakeTransport(new Error('boom'));
    const error = await testClient({ transport })
      .sessions.create({ recipient: '+14155550100' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ambiguous', retryable: false });
    expect(transport.requests).toHaveLength(1);
  });
});
