import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CallbackDispatcher } from './callback-dispatcher.js';

describe('CallbackDispatcher', () => {
  it('keeps serving a receiver after its only waiting lane was dropped (no undefined lane, no crash)', async () => {
    const held: ServerResponse[] = [];
    const server = createServer((req, res) => {
      req.resume();
      held.push(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb`;
    const dispatcher = new CallbackDispatcher({ maxQueue: 1, concurrency: 1 });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      // One receiver, three lanes: A goes out, B waits, C drops B (queue of 1) and waits.
      for (const key of ['A', 'B', 'C'])
        dispatcher.enqueue({ orderKey: key, url, method: 'POST', token: 't', mainToken: 't', params: { k: key } });
      const answerNext = async () => {
        await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
        held.shift()?.end();
      };
      await answerNext(); // A done: C goes out
      await answerNext(); // C done: nothing left
      await expect.poll(() => dispatcher.stats(), { timeout: 10_000 }).toMatchObject({ in_flight: 0, queued: 0 });
      expect(dispatcher.stats()).toMatchObject({ dropped: 1 });
      await new Promise((resolve) => setTimeout(resolve, 100)); // let a stray rejection surface
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
      dispatcher.close();
      for (const res of held) res.end();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
