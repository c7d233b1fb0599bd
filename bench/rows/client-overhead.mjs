// Client overhead: creates/s at 50 requests in flight against the sandbox in a child process (latency 0, limits
// off): @plivo-verify/core vs the official SDK vs raw axios with a keep-alive agent (the floor of any axios-based
// client). The three alternate within each run so machine noise hits all of them. Client CPU per create is
// logged too: it is steadier than throughput on a shared machine. A round is short (2,000 creates, about a second),
// so a moment of load elsewhere swings one side of it: there are three rounds per run, the order rotates, and the
// headline is the median of the per-round ratios (both sides measured back to back), not a ratio of medians.
import { Agent } from 'node:http';
import { createVerifyClient } from '@plivo-verify/core';
import axios from 'axios';
import plivo from 'plivo';
import { AUTH_ID, AUTH_TOKEN, startSandboxProcess } from '../lib/sandbox-process.mjs';
import { median, round } from '../lib/stats.mjs';

const IN_FLIGHT = 50;
const REQUESTS = Number(process.env.BENCH_OVERHEAD_REQUESTS ?? 2000);

export default async function run(ctx) {
  const sandbox = await startSandboxProcess(['--no-rate-limit']);
  const core = createVerifyClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, baseUrl: sandbox.url, rateLimit: false });
  const sdk = new plivo.Client(AUTH_ID, AUTH_TOKEN, { url: `${sandbox.url}/v1/Account/${AUTH_ID}` });
  const raw = axios.create({
    baseURL: `${sandbox.url}/v1/Account/${AUTH_ID}/`,
    auth: { username: AUTH_ID, password: AUTH_TOKEN },
    httpAgent: new Agent({ keepAlive: true }),
  });
  let n = 0;
  const recipient = () => `1415${String(n++).padStart(7, '0')}`;
  const clients = {
    core: () => core.sessions.create({ recipient: recipient() }),
    sdk: () => sdk.verify_session.create({ recipient: recipient() }),
    raw_axios: () => raw.post('Verify/Session/', { recipient: recipient() }),
  };

  async function measure(send, total) {
    let next = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < total) {
          next += 1;
          await send();
        }
      }),
    );
    const used = process.cpuUsage(cpu);
    return { rps: total / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / total };
  }

  const results = Object.fromEntries(Object.keys(clients).map((name) => [name, { rps: [], cpuUs: [] }]));
  const ratios = { core_to_raw_axios: [], core_to_sdk: [] };
  try {
    for (const send of Object.values(clients)) await measure(send, 300); // warm-up: JIT, sockets
    const names = Object.keys(clients);
    for (let pass = 1; pass <= ctx.runs * 3; pass += 1) {
      const order = names.map((_, i) => names[(i + pass) % names.length]);
      const got = {};
      for (const name of order) {
        await sandbox.control('reset', {});
        const { rps, cpuUs } = await measure(clients[name], REQUESTS);
        got[name] = rps;
        results[name].rps.push(rps);
        results[name].cpuUs.push(cpuUs);
        ctx.log(
          `round ${pass} ${name.padEnd(9)} ${Math.round(rps)} creates/s, ${Math.round(cpuUs)} µs client CPU each`,
        );
      }
      ratios.core_to_raw_axios.push(got.core / got.raw_axios);
      ratios.core_to_sdk.push(got.core / got.sdk);
    }
  } finally {
    await sandbox.stop();
  }
  const rps = (name) => round(median(results[name].rps), 0);
  const cpu = (name) => round(median(results[name].cpuUs), 0);
  return {
    id: 'client-overhead',
    core_rps: rps('core'),
    sdk_rps: rps('sdk'),
    raw_axios_rps: rps('raw_axios'),
    core_cpu_us: cpu('core'),
    sdk_cpu_us: cpu('sdk'),
    raw_axios_cpu_us: cpu('raw_axios'),
    // Medians of the per-round ratios (the headline).
    core_to_raw_axios: round(median(ratios.core_to_raw_axios), 3),
    core_to_sdk: round(median(ratios.core_to_sdk), 3),
    requests: REQUESTS,
    in_flight: IN_FLIGHT,
  };
}
