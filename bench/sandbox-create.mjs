// Sandbox benchmarks, measured from this process against sandboxes in child processes:
// 1. create throughput at 50 keep-alive connections beside a bare node:http baseline (the ratio is the headline);
// 2. RSS over many creates, with default settings and with every create carrying a `url` to a dead receiver;
// 3. list and /__sandbox/messages latency once the sandbox holds 100,000 sessions.
// Usage: pnpm bench [--runs 5] [--seconds 5] [--sessions 300000] [--only throughput|memory|dead|latency]
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startListeningChild } from './lib/listening-child.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '5' },
    sessions: { type: 'string', default: '300000' },
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const sessions = Number(values.sessions);
const only = values.only;
const root = new URL('..', import.meta.url).pathname;
const AUTH_ID = 'MASANDBOX00000000001';
const auth = `Basic ${Buffer.from(`${AUTH_ID}:sandbox-auth-token`).toString('base64')}`;
const SANDBOX_BIN = join(root, 'apps/sandbox/bin/plivo-verify-sandbox.js');
const DEAD_RECEIVER = 'http://127.0.0.1:9/status'; // the discard port: nothing listens, connections are refused

const stop = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

const BASELINE = `
const http = require('node:http');
const body = JSON.stringify({ api_id: '3335cb16-d297-4e00-a5e6-66d2bb03b323', message: 'Session initiated', session_uuid: '8e712097-8090-4644-81e7-8f4265d8354e' });
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }); res.end(body); }); });
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`;

/** User + system CPU time of a process so far, in µs (from /proc; clock ticks are 1/100 s on Linux). */
function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

let counter = 0;
function load(url, options, extra = {}) {
  return autocannon({
    url: `${url}/v1/Account/${AUTH_ID}/Verify/Session/`,
    connections: 50,
    pipelining: 1,
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    // A new recipient per request: every create starts a session (the heavier path).
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ recipient: `1415${String(counter++ % 1e7).padStart(7, '0')}`, ...extra }),
        }),
      },
    ],
    ...options,
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const machine = `${cpus()[0]?.model.trim()} (${cpus().length} cores), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(
  `machine: ${machine}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

// 1. Throughput: sandbox and baseline alternate, run by run, the first of each pair switching (ABBA), so both see
// the same background load and neither always runs second. Beside the rate, each server's own CPU time per request
// (from /proc: what the server costs, less sensitive to what the neighbours take than a rate is).
if (!only || only === 'throughput') {
  const sandbox = await startListeningChild([SANDBOX_BIN, '--port', '0', '--no-rate-limit']);
  const baseline = await startListeningChild(['-e', BASELINE]);
  const results = { sandbox: [], baseline: [], ratio: [], cpuRatio: [], cpu: { sandbox: [], baseline: [] } };
  try {
    await load(sandbox.url, { duration: 2 }); // warm-up
    await load(baseline.url, { duration: 2 });
    for (let i = 0; i < runs; i += 1) {
      const row = {};
      const cpu = {};
      const pair = [
        ['sandbox', sandbox],
        ['baseline', baseline],
      ];
      for (const [name, target] of i % 2 === 0 ? pair : pair.reverse()) {
        const before = cpuMicros(target.child.pid);
        const result = await load(target.url, { duration: seconds });
        const requests = result.requests.total;
        cpu[name] = (cpuMicros(target.child.pid) - before) / requests;
        const errors = result.errors + result.non2xx;
        results[name].push(result.requests.average);
        results.cpu[name].push(cpu[name]);
        row[name] = result.requests.average;
        console.log(
          `run ${i + 1} ${name.padEnd(8)} ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, server CPU ${cpu[name].toFixed(0)} µs/request, errors ${errors}`,
        );
      }
      results.ratio.push(row.sandbox / row.baseline);
      results.cpuRatio.push(cpu.baseline / cpu.sandbox);
    }
  } finally {
    await stop(sandbox.child);
    await stop(baseline.child);
  }
  console.log(
    `\ncreates/s at 50 keep-alive connections, rate limit off, latency 0 (median of ${runs} × ${seconds} s):`,
  );
  console.log(`  sandbox / baseline: ${median(results.ratio).toFixed(2)}   (median of per-run ratios; target >= 0.6)`);
  console.log(`  sandbox   ${Math.round(median(results.sandbox))}`);
  console.log(`  baseline  ${Math.round(median(results.baseline))}   (bare node:http, fixed answer)`);
  console.log(`  per-run ratios: ${results.ratio.map((r) => r.toFixed(2)).join(' ')}`);
  console.log(
    `  server CPU per request: sandbox ${median(results.cpu.sandbox).toFixed(0)} µs, baseline ${median(results.cpu.baseline).toFixed(0)} µs; baseline / sandbox ${median(results.cpuRatio).toFixed(2)} (median of per-run ratios: ${results.cpuRatio.map((r) => r.toFixed(2)).join(' ')})`,
  );
}

// 2. Memory over many creates (default settings: 30,000-session cap, 90-day retention), without and with a
// callback url to a dead receiver on every create.
const memoryRuns = [
  ['default settings', {}],
  [`url to a dead receiver on every create (${DEAD_RECEIVER})`, { url: DEAD_RECEIVER }],
];
if (!only || only === 'memory' || only === 'dead') {
  for (const [label, extra] of only === 'dead' ? memoryRuns.slice(1) : memoryRuns) {
    const memory = await startListeningChild([SANDBOX_BIN, '--port', '0', '--no-rate-limit']);
    const samples = [];
    let errors = 0;
    const total = sessions;
    const step = total / 10;
    const sample = async (done) => {
      const health = await fetch(`${memory.url}/__sandbox/health`).then((r) => r.json());
      const callbacks = await fetch(`${memory.url}/__sandbox/callbacks`).then((r) => r.json());
      samples.push({
        done,
        rss: rssMb(memory.child.pid),
        heap: health.heap_used_mb,
        kept: health.sessions,
        queued: callbacks.stats.queued,
        dropped: callbacks.stats.dropped,
      });
    };
    try {
      await sample(0);
      for (let done = step; done <= total; done += step) {
        const result = await load(memory.url, { amount: step }, extra);
        // Client-side errors (autocannon's 10 s timeout on an overloaded machine) are counted, not fatal.
        errors += result.errors;
        if (result.non2xx > 0) throw new Error(`memory run had ${result.non2xx} non-2xx answers`);
        await sample(done);
      }
    } catch (error) {
      await stop(memory.child);
      throw error;
    }
    {
      console.log(`\nsandbox memory over ${total} creates, ${label}:`);
      console.log('  created   RSS MB   heap MB   sessions kept   callbacks queued   callbacks dropped');
      for (const { done, rss, heap, kept, queued, dropped } of samples) {
        console.log(
          `  ${String(done).padStart(7)}   ${rss.toFixed(0).padStart(6)}   ${String(heap).padStart(7)}   ${String(kept).padStart(13)}   ${String(queued).padStart(16)}   ${String(dropped).padStart(17)}`,
        );
      }
      const late = samples.slice(Math.floor(samples.length / 2)).map((s) => s.rss);
      console.log(
        `  peak RSS ${Math.max(...samples.map((s) => s.rss)).toFixed(0)} MB; second half ${Math.min(...late).toFixed(0)}–${Math.max(...late).toFixed(0)} MB; client errors ${errors}`,
      );
    }
    await stop(memory.child);
  }
}

// 3. List and messages latency with 100,000 sessions held (maxSessions raised from its 30,000 default).
if (!only || only === 'latency') {
  const config = join(tmpdir(), `plivo-verify-sandbox-bench-${process.pid}.json`);
  writeFileSync(config, JSON.stringify({ maxSessions: 100_000 }));
  const { url, child } = await startListeningChild([SANDBOX_BIN, '--port', '0', '--no-rate-limit', '--config', config]);
  for (let done = 0; done < 100_000; done += 20_000) {
    const result = await load(url, { amount: 20_000 });
    if (result.non2xx + result.errors > 0) throw new Error('latency fill had errors');
  }
  const base = `${url}/v1/Account/${AUTH_ID}/Verify/Session/`;
  const kept = (await fetch(`${url}/__sandbox/health`).then((r) => r.json())).sessions;
  const cases = [
    ['list, first page (no filter)', base],
    ['list, one recipient', `${base}?recipient=${encodeURIComponent('+14150000042')}`],
    ['list, page 50 (offset 980)', `${base}?offset=980`],
    ['list, offset 99,980 (the last page)', `${base}?offset=99980`],
    ['list, status=verified (no session has it)', `${base}?status=verified`],
    ['list, country=GB (no session has it)', `${base}?country=GB`],
    ['list, status=in-progress (all match)', `${base}?status=in-progress`],
    ['/__sandbox/messages (newest 100)', `${url}/__sandbox/messages`],
    ['/__sandbox/messages?recipient=', `${url}/__sandbox/messages?recipient=14150000042`],
    ['reference: GET /__sandbox/health (no work)', `${url}/__sandbox/health`],
  ];
  // Let the fill's garbage be collected, then take the cases in turn (round-robin), so a slow moment of the
  // machine falls on all of them alike; the first two rounds warm up.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const times = cases.map(() => []);
  for (let round = 0; round < 62; round += 1) {
    for (const [i, [label, target]] of cases.entries()) {
      const start = performance.now();
      const response = await fetch(target, { headers: { authorization: auth } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${label}: status ${response.status}`);
      if (round >= 2) times[i].push(performance.now() - start);
    }
  }
  console.log(`\nlatency with ${kept} sessions held (sequential requests from this process, ms incl. HTTP):`);
  console.log('  median    p95     request');
  for (const [i, [label]] of cases.entries()) {
    console.log(
      `  ${median(times[i]).toFixed(2).padStart(6)}   ${percentile(times[i], 0.95).toFixed(2).padStart(6)}   ${label}`,
    );
  }
  await stop(child);
}
console.log(
  `\nload average at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
