// Creates per second through @plivo-verify/core, the official plivo SDK, and bare fetch (the floor of client
// overhead), each against the sandbox in a child process, 50 requests in flight, alternating in one run.
// Usage: node bench/core-vs-sdk.mjs [--runs 7] [--requests 5000]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createVerifyClient } from '@plivo-verify/core';
import plivo from 'plivo';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, requests: { type: 'string', default: '5000' } },
});
const runs = Number(values.runs);
const total = Number(values.requests);
const root = new URL('..', import.meta.url).pathname;

const child = spawn(
  process.execPath,
  [join(root, 'apps/sandbox/bin/plivo-verify-sandbox.js'), '--port', '0', '--no-rate-limit'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /listening on (http:\/\/\S+)/.exec(out);
    if (match) resolve(match[1]);
  });
});
const authId = 'MASANDBOX00000000001';
const authToken = 'sandbox-auth-token';

const core = createVerifyClient({ authId, authToken, baseUrl: url, rateLimit: false });
const sdk = new plivo.Client(authId, authToken, { url: `${url}/v1/Account/${authId}` });
const auth = `Basic ${Buffer.from(`${authId}:${authToken}`).toString('base64')}`;
let n = 0;
const recipient = () => `1415${String(n++).padStart(7, '0')}`;

const clients = {
  core: () => core.sessions.create({ recipient: recipient() }),
  'plivo sdk': () => sdk.verify_session.create({ recipient: recipient() }),
  'bare fetch': async () => {
    const response = await fetch(`${url}/v1/Account/${authId}/Verify/Session/`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: recipient() }),
    });
    if (response.status !== 202) throw new Error(`status ${response.status}`);
    return response.json();
  },
};

async function measure(send) {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < total) {
        next += 1;
        await send();
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  // Throughput shares 2 cores with the sandbox and is noisy; client CPU per request is the steadier figure.
  return { rate: total / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / total };
}

const results = Object.fromEntries(Object.keys(clients).map((name) => [name, { rate: [], cpu: [] }]));
try {
  for (const send of Object.values(clients)) await measure(send); // warm-up
  for (let run = 1; run <= runs; run += 1) {
    for (const [name, send] of Object.entries(clients)) {
      await fetch(`${url}/__sandbox/reset`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      const { rate, cpuUs } = await measure(send);
      results[name].rate.push(rate);
      results[name].cpu.push(cpuUs);
      console.log(
        `run ${run} ${name.padEnd(10)} ${Math.round(rate)} creates/s, ${Math.round(cpuUs)} µs client CPU each`,
      );
    }
  }
} finally {
  child.kill('SIGTERM');
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\n${total} creates per run, 50 in flight (median of ${runs}):`);
console.log('  client      creates/s   client CPU µs/create');
for (const [name, { rate, cpu }] of Object.entries(results)) {
  console.log(
    `  ${name.padEnd(10)}  ${String(Math.round(median(rate))).padStart(9)}   ${String(Math.round(median(cpu))).padStart(20)}`,
  );
}
