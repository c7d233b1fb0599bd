import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import { type Sandbox, startRealSandbox } from './__fixtures__/sandbox.js';
import { axiosTransport } from './axios-transport.js';
import type { Clock } from './clock.js';
import { fetchTransport } from './fetch-transport.js';
import type { Transport } from './transport.js';
import { createVerifyClientWith } from './verify-client.js';
import { VerifyAmbiguousError } from './verify-error.js';

// Real time, instant waits: retries would happen at once, so a wrong "not sent" shows up as a second code.
const instant: Clock = { now: () => Date.now(), sleep: async () => {} };

const TRANSPORTS: ReadonlyArray<readonly [string, () => Transport]> = [
  ['axiosTransport() (http adapter, own agents)', () => axiosTransport()],
  [
    'axiosTransport({ instance }) with the fetch adapter',
    () => axiosTransport({ instance: axios.create({ adapter: 'fetch' }) }),
  ],
  ['axiosTransport({ instance }) with a custom http instance', () => axiosTransport({ instance: axios.create() })],
  ['fetchTransport()', () => fetchTransport()],
];

let sandbox: (Sandbox & { close(): Promise<void> }) | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('no second code when the connection drops after Plivo handled a create (reset-after)', () => {
  it.each(TRANSPORTS)(
    '%s: one code, an ambiguous error, and findAttempts reconciles it',
    async (_name, make) => {
      const real = await startRealSandbox();
      sandbox = real;
      await real.setFault('reset-after', 'create');
      const verify = createVerifyClientWith({
        authId: real.authId,
        authToken: real.authToken,
        baseUrl: real.url,
        transport: make(),
        clock: instant,
        timeoutMs: 5_000,
      });
      const error = await verify.sessions.create({ recipient: '+14155550123' }).catch((e: unknown) => e);
      expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
      expect(await real.requests('create')).toHaveLength(1);
      expect(await real.messages()).toHaveLength(1);

      // The documented recovery, as written: findAttempts from the error's startedAt (ISO).
      await real.control('POST', 'faults', { faults: [] });
      const found = await verify.sessions.findAttempts({
        recipient: '+14155550123',
        since: (error as VerifyAmbiguousError).startedAt,
      });
      expect(found.attempts).toHaveLength(1);
      expect(found.sessions).toHaveLength(1);
      expect(found.sessions[0]?.recipient).toBe('14155550123');
      // And list accepts the ISO time directly too (the recipe in the error's doc comment).
      const listed = await verify.sessions.list({
        recipient: '+14155550123',
        session_time__gte: (error as VerifyAmbiguousError).startedAt,
      });
      expect(listed.sessions.map((session) => session.session_uuid)).toEqual([found.sessions[0]?.session_uuid]);
    },
    20_000,
  );
});
