// The action's entry point (`node dist/index.js`): wires the real runner, network and timers into run().

import { nodeClock, nodeHttpTransport } from '@plivo-verify/core';
import { actionsIo } from './action-io.js';
import { run } from './main.js';

const cancel = new AbortController();
// The runner sends SIGINT on cancellation, SIGTERM 7.5 s later, then kills: stop waiting, report, exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => cancel.abort(new Error(`received ${signal}`)));
}

await run({
  io: actionsIo(process.env),
  env: process.env,
  // node:http rather than the platform fetch: fetch loads Node's undici on first use, ~40% of the start-up.
  transport: nodeHttpTransport(),
  clock: nodeClock,
  signal: cancel.signal,
});
// Keep-alive sockets must not hold the step open; the exit code is what setFailed left in process.exitCode.
process.exit();
