// Bulk send at Plivo's rate limit: 1,000 creates against the sandbox (150 ms latency) behind a strict window of
// 300 requests in any 5 s. @plivo-verify/core (its limiter) vs the official SDK with Promise.all vs the SDK one
// by one. The serial SDK run never reaches the limit (one request per 150 ms), so its time is linear in n: it is
// measured on a sample and scaled, unless BENCH_FULL_SERIAL=1.
import { createVerifyClient, PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core';
import plivo from 'plivo';
import { AUTH_ID, AUTH_TOKEN, startSandboxProcess } from '../lib/sandbox-process.mjs';
import { median, round, windowFloorSeconds } from '../lib/stats.mjs';
import { countEvents, startStrictWindowProxy } from '../lib/strict-window-proxy.mjs';

const N = 1000;
const LATENCY_MS = 150;
// Plivo's account limit, as core states it (300 in any 5 s).
const { limit: LIMIT, windowMs: WINDOW_MS } = PLIVO_ACCOUNT_LIMIT;
const SERIAL_SAMPLE = process.env.BENCH_FULL_SERIAL === '1' ? N : 30;

export default async function run(ctx) {
  const sandbox = await startSandboxProcess(['--latency-ms', String(LATENCY_MS), '--no-rate-limit']);
  const proxy = await startStrictWindowProxy({ target: sandbox.url, limit: LIMIT, windowMs: WINDOW_MS });
  const core = createVerifyClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, baseUrl: proxy.url });
  const sdk = new plivo.Client(AUTH_ID, AUTH_TOKEN, { url: `${proxy.url}/v1/Account/${AUTH_ID}` });
  let batch = 0;

  // One run of `count` creates with `send`; fresh sandbox, window and recipients each time.
  async function measure(label, count, send, serial = false) {
    await sandbox.control('reset', {});
    proxy.reset();
    batch += 1;
    const recipients = Array.from({ length: count }, (_, i) => `1415${batch}${String(i).padStart(6, '0')}`);
    const started = performance.now();
    let results;
    if (serial) {
      results = [];
      for (const recipient of recipients) results.push(await send(recipient).then(ok, failed));
    } else {
      results = await Promise.all(recipients.map((recipient) => send(recipient).then(ok, failed)));
    }
    const seconds = (performance.now() - started) / 1000;
    const failures = results.filter((result) => result !== true);
    const errors = failures.length;
    const { server429s, duplicates } = countEvents(proxy.events());
    const kinds = {};
    for (const kind of failures) kinds[kind] = (kinds[kind] ?? 0) + 1;
    const why =
      errors > 0
        ? ` (${Object.entries(kinds)
            .map(([kind, count]) => `${count} ${kind}`)
            .join(', ')})`
        : '';
    ctx.log(
      `${label}: ${seconds.toFixed(2)} s, ${errors} errors${why}, ${server429s} server 429s, ${duplicates} duplicates`,
    );
    return { seconds, errors, server429s, duplicates, events: proxy.events() };
  }
  const ok = () => true;
  // Errors are tallied by kind: core's error code, or the SDK's HTTP status.
  const failed = (error) => String(error?.code ?? error?.statusCode ?? error?.name ?? 'error');
  const sendCore = (recipient) => core.sessions.create({ recipient });
  const sendSdk = (recipient) => sdk.verify_session.create({ recipient });

  try {
    const coreRuns = [];
    const sdkRuns = [];
    for (let i = 0; i < ctx.runs; i += 1) {
      coreRuns.push(await measure(`core run ${i + 1}`, N, sendCore));
      sdkRuns.push(await measure(`sdk Promise.all run ${i + 1}`, N, sendSdk));
    }
    const serial = await measure(`sdk one by one (${SERIAL_SAMPLE} creates)`, SERIAL_SAMPLE, sendSdk, true);
    const mid = (runs, key) => median(runs.map((r) => r[key]));
    const coreMedian = [...coreRuns].sort((a, b) => a.seconds - b.seconds)[Math.floor(coreRuns.length / 2)];
    const sdkMedian = [...sdkRuns].sort((a, b) => a.seconds - b.seconds)[Math.floor(sdkRuns.length / 2)];
    const arrivals = (events) => events.map((e) => [Math.round(e.t), e.status === 429 ? 0 : 1]);
    return {
      id: 'bulk-send',
      n: N,
      min_s: windowFloorSeconds(N, LIMIT, WINDOW_MS, LATENCY_MS),
      core_s: round(mid(coreRuns, 'seconds')),
      core_errors: mid(coreRuns, 'errors'),
      core_server_429s: mid(coreRuns, 'server429s'),
      sdk_parallel_s: round(mid(sdkRuns, 'seconds')),
      sdk_parallel_errors: mid(sdkRuns, 'errors'),
      sdk_parallel_server_429s: mid(sdkRuns, 'server429s'),
      sdk_serial_s: round((serial.seconds * N) / SERIAL_SAMPLE),
      sdk_serial_sample: SERIAL_SAMPLE,
      sdk_serial_errors: serial.errors,
      duplicate_attempts: Math.max(...coreRuns.map((r) => r.duplicates), ...sdkRuns.map((r) => r.duplicates)),
      latency_ms: LATENCY_MS,
      window: `${LIMIT} in any ${WINDOW_MS / 1000} s`,
      // Drawn by the harness, then dropped from latest.json: [ms since start, 1 = let through / 0 = 429].
      timeline: { core: arrivals(coreMedian.events), sdk_parallel: arrivals(sdkMedian.events) },
    };
  } finally {
    await proxy.close();
    await sandbox.stop();
  }
}
