import { createVerifyClient, fetchTransport } from '@plivo-verify/core/pure';
import { startSandbox } from '@plivo-verify/sandbox';
import { describe, expect, it } from 'vitest';
import { memoryStore } from './memory-store.js';
import { storeRateLimiter } from './store-rate-limiter.js';
import { webClock } from './web-clock.js';

describe('storeRateLimiter as core RateLimiter', () => {
  it("plugs into core's rateLimit.account: the call over the limit never reaches Plivo", async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      const limiter = storeRateLimiter(memoryStore(), { limit: 3, windowMs: 60_000, maxWaitMs: 100 });
      const verify = createVerifyClient({
        authId: sandbox.authId,
        authToken: sandbox.authToken,
        baseUrl: sandbox.url,
        transport: fetchTransport(),
        clock: webClock,
        rateLimit: { account: limiter },
      });
      for (let i = 0; i < 3; i += 1) await verify.sessions.create({ recipient: `+1415555020${i}` });
      await expect(verify.sessions.create({ recipient: '+14155550209' })).rejects.toThrow();
      const { requests } = (await fetch(`${sandbox.url}/__sandbox/requests`).then((r) => r.json())) as {
        requests: unknown[];
      };
      expect(requests).toHaveLength(3);
    } finally {
      await sandbox.close();
    }
  });
});
