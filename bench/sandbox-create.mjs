// Sandbox create throughput and memory, measured from this process against the sandbox in a child process.
// Baseline ("physical limit" on this machine): a bare node:http server answering a fixed 202 JSON.
// Usage: pnpm bench [--runs 5] [--seconds 5] [--sessions 200000]
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '5' },
    sessions: { type: 'string', default: '200000' },
  },
});
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const sessions = Number(values.sessions);
const root = new URL('..', import.meta.url).pathname;
const AUTH_ID = 'MASANDBOX00000000001';
const auth = `Basic ${Buffer.from(`${AUTH_ID}:sandbox-auth-token`).toString('base64')}`;

function startChild(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
}

const BASELINE = `
const http = require('node:http');
const body = JSON.stringify({ api_id: '3335cb16-d297-4e00-a5e6-66d2bb03b323', message: 'Session initiated', session_uuid: '8e712097-8090-4644-81e7-8f4265d8354e' });
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }); res.end(body); }); });
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`;

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

let counter = 0;
function load(url, options) {
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
          body: JSON.stringify({ recipient: `1415${String(counter++).padStart(7, '0')}` }),
        }),
      },
    ],
    ...options,
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const config = join(tmpdir(), 'plivo-verify-sandbox-bench.json');
// Short code expiry and retention so that ended sessions are pruned during the memory run.
writeFileSync(
  config,
  JSON.stringify({
    apps: [{ app_uuid: '00000000-0000-4000-8000-000000000001', alias: 'default_verify_app', expiry_seconds: 2 }],
    retentionMs: 1000,
  }),
);

const sandbox = await startChild([
  join(root, 'apps/sandbox/bin/plivo-verify-sandbox.js'),
  '--port',
  '0',
  '--no-rate-limit',
]);
const baseline = await startChild(['-e', BASELINE]);
const results = { sandbox: [], baseline: [] };
try {
  await load(sandbox.url, { duration: 2 }); // warm-up
  await load(baseline.url, { duration: 2 });
  for (let i = 0; i < runs; i += 1) {
    for (const [name, target] of [
      ['sandbox', sandbox],
      ['baseline', baseline],
    ]) {
      const result = await load(target.url, { duration: seconds });
      const errors = result.errors + result.non2xx;
      results[name].push(result.requests.average);
      console.log(
        `run ${i + 1} ${name.padEnd(8)} ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, errors ${errors}`,
      );
    }
  }
} finally {
  sandbox.child.kill('SIGTERM');
  baseline.child.kill('SIGTERM');
}

const memory = await startChild([
  join(root, 'apps/sandbox/bin/plivo-verify-sandbox.js'),
  '--port',
  '0',
  '--no-rate-limit',
  '--config',
  config,
]);
const samples = [];
try {
  const step = sessions / 8;
  const sample = async (done) => {
    const health = await fetch(`${memory.url}/__sandbox/health`).then((r) => r.json());
    samples.push({ done, rss: rssMb(memory.child.pid), heap: health.heap_used_mb, kept: health.sessions });
  };
  await sample(0);
  for (let done = step; done <= sessions; done += step) {
    const result = await load(memory.url, { amount: step });
    if (result.non2xx + result.errors > 0)
      throw new Error(`memory run had ${result.non2xx} non-2xx, ${result.errors} errors`);
    await sample(done);
  }
} finally {
  memory.child.kill('SIGTERM');
}

const sandboxMedian = median(results.sandbox);
const baselineMedian = median(results.baseline);
console.log(`\ncreates/s at 50 keep-alive connections (median of ${runs} × ${seconds} s):`);
console.log(`  sandbox   ${Math.round(sandboxMedian)}   (target >= 2000)`);
console.log(`  baseline  ${Math.round(baselineMedian)}   (bare node:http, fixed answer)`);
console.log(`  sandbox / baseline: ${(sandboxMedian / baselineMedian).toFixed(2)}`);
console.log('\nsandbox memory while creating sessions (2 s code expiry, 1 s retention):');
console.log('  created   RSS MB   heap MB   sessions kept');
for (const { done, rss, heap, kept } of samples) {
  console.log(
    `  ${String(done).padStart(7)}   ${rss.toFixed(0).padStart(6)}   ${String(heap).padStart(7)}   ${String(kept).padStart(13)}`,
  );
}
