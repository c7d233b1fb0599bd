// Row: POST /v1/sessions through the webhook service (→ sandbox) vs the same create sent to the sandbox directly.
// autocannon runs in this process; the sandbox and the service run in child processes, all on loopback.
// Like with like: the same JSON body (a new recipient per request), keep-alive on every hop (autocannon's 50
// connections, the service's keep-alive agent to the sandbox), and limits out of reach on both sides (sandbox
// --no-rate-limit; the service's per-key, per-recipient and account limits off or set out of reach), so the
// figure is the service's own overhead. Each run measures both sides back to back, in alternating order, and the
// headline is the median of the per-run ratios (absolute rates swing several-fold on a shared machine).
// Assumes `pnpm build` has run.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { startListeningChild } from '../lib/listening-child.mjs';

const root = new URL('../..', import.meta.url).pathname;
const AUTH_ID = 'MASANDBOX00000000001';
const AUTH_TOKEN = 'sandbox-auth-token';
const KEY = 'bench-key-0123456789abcdef';
const SECONDS = 5;
const CONNECTIONS = 50;
const MEMORY_SECONDS = 60;

// CPU time (user + system, from /proc) a process spent, in microseconds: per request it is a far steadier figure
// than requests/s on a shared machine, and says where the time goes.
const cpuMicros = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1e6 / 100);
};
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let counter = 0;
function load(url, path, headers, seconds) {
  return autocannon({
    url: `${url}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    // A new recipient per request: every create starts a session (the heavier path).
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ recipient: `+1415${String(counter++ % 9_000_000).padStart(7, '0')}` }),
        }),
      },
    ],
  });
}

export default async function run(ctx) {
  const sandbox = await startListeningChild([
    `${root}apps/sandbox/bin/plivo-verify-sandbox.js`,
    '--port',
    '0',
    '--no-rate-limit',
  ]);
  const service = await startListeningChild(
    [`${root}packages/webhook-action/bin/plivo-verify-webhook.js`, '--port', '0'],
    {
      PATH: process.env.PATH,
      PLIVO_AUTH_ID: AUTH_ID,
      PLIVO_AUTH_TOKEN: AUTH_TOKEN,
      PLIVO_API_URL: sandbox.url,
      WEBHOOK_API_KEYS: KEY,
      WEBHOOK_RATE_LIMIT_PER_MINUTE: '0',
      WEBHOOK_RECIPIENT_LIMIT_PER_HOUR: '0',
      WEBHOOK_PLIVO_LIMIT: '100000000',
    },
  );
  const direct = {
    path: `/v1/Account/${AUTH_ID}/Verify/Session/`,
    headers: { authorization: `Basic ${Buffer.from(`${AUTH_ID}:${AUTH_TOKEN}`).toString('base64')}` },
  };
  const via = { path: '/v1/sessions', headers: { authorization: `Bearer ${KEY}` } };
  // A bare two-hop floor: the same second hop without any of the service's work.
  const proxy = await startListeningChild([
    `${root}bench/lib/bare-proxy.mjs`,
    sandbox.url,
    direct.path,
    direct.headers.authorization,
  ]);
  const figures = {
    via: [],
    direct: [],
    proxy: [],
    ratios: [],
    proxyRatios: [],
    p99: [],
    errors: 0,
    rss: [],
    memoryRps: 0,
    // CPU µs per request: the service and the bare proxy (each on its own side), the sandbox on the direct side.
    serviceCpu: [],
    proxyCpu: [],
    sandboxCpu: [],
  };
  // Runs one load and returns it with the CPU µs per request each listed process spent meanwhile.
  async function measured(run, pids) {
    const before = pids.map(cpuMicros);
    const result = await run();
    const perRequest = pids.map((pid, i) => (cpuMicros(pid) - before[i]) / Math.max(1, result.requests.total));
    return { result, perRequest };
  }
  const loadAtStart = loadavg()[0];
  try {
    await load(service.url, via.path, via.headers, 2); // warm-up
    await load(sandbox.url, direct.path, direct.headers, 2);
    for (let i = 0; i < ctx.runs; i += 1) {
      // Alternate which side goes first, so a drift in the machine's load does not favour one side.
      const viaFirst = i % 2 === 0;
      const runVia = () => measured(() => load(service.url, via.path, via.headers, SECONDS), [service.child.pid]);
      const runDirect = () =>
        measured(() => load(sandbox.url, direct.path, direct.headers, SECONDS), [sandbox.child.pid]);
      const first = viaFirst ? await runVia() : await runDirect();
      const second = viaFirst ? await runDirect() : await runVia();
      const [V, D] = viaFirst ? [first, second] : [second, first];
      const v = V.result;
      const d = D.result;
      // The bare proxy last in every run (the two-hop floor, reported beside the headline, not in it).
      const P = await measured(() => load(proxy.url, '/', {}, SECONDS), [proxy.child.pid]);
      const p = P.result;
      figures.serviceCpu.push(V.perRequest[0]);
      figures.sandboxCpu.push(D.perRequest[0]);
      figures.proxyCpu.push(P.perRequest[0]);
      figures.proxy.push(p.requests.average);
      figures.proxyRatios.push(v.requests.average / p.requests.average);
      figures.via.push(v.requests.average);
      figures.direct.push(d.requests.average);
      figures.ratios.push(v.requests.average / d.requests.average);
      figures.p99.push(v.latency.p99);
      figures.errors += v.errors + v.non2xx + d.errors + d.non2xx;
      ctx.log(
        `run ${i + 1}: via service ${Math.round(v.requests.average)} req/s (p99 ${v.latency.p99} ms), direct ${Math.round(d.requests.average)} req/s (p99 ${d.latency.p99} ms), ratio ${(v.requests.average / d.requests.average).toFixed(3)}, bare proxy ${Math.round(p.requests.average)} req/s (service/proxy ${(v.requests.average / p.requests.average).toFixed(3)}), CPU µs/request: service ${Math.round(V.perRequest[0])}, bare proxy ${Math.round(P.perRequest[0])}, sandbox ${Math.round(D.perRequest[0])}, errors ${v.errors + v.non2xx + d.errors + d.non2xx}, service RSS ${Math.round(rssMb(service.child.pid))} MB, load ${loadavg()[0].toFixed(1)}`,
      );
    }
    // Memory over a 60 s run through the service: RSS at the start, every 10 s and at the end (flat = nothing
    // kept per request).
    ctx.log('memory: 60 s through the service');
    figures.rss = [rssMb(service.child.pid)];
    const sampler = setInterval(() => figures.rss.push(rssMb(service.child.pid)), 10_000);
    const long = await load(service.url, via.path, via.headers, MEMORY_SECONDS);
    clearInterval(sampler);
    figures.rss.push(rssMb(service.child.pid));
    figures.memoryRps = long.requests.average;
    figures.errors += long.errors + long.non2xx;
    ctx.log(
      `memory run: ${Math.round(long.requests.average)} req/s, errors ${long.errors + long.non2xx}, RSS ${figures.rss.map((mb) => Math.round(mb)).join(' → ')} MB`,
    );
  } finally {
    service.child.kill('SIGTERM');
    proxy.child.kill('SIGTERM');
    sandbox.child.kill('SIGTERM');
  }
  return {
    id: 'webhook-throughput',
    via_service_rps: Math.round(median(figures.via)),
    direct_rps: Math.round(median(figures.direct)),
    // Median of the per-run ratios (both sides measured in the same run).
    ratio_median: Number(median(figures.ratios).toFixed(3)),
    ratios: figures.ratios.map((r) => Number(r.toFixed(3))),
    // The bare node:http proxy (same second hop, no service work) and the service's per-run ratio to it.
    bare_proxy_rps: Math.round(median(figures.proxy)),
    service_to_proxy_ratio_median: Number(median(figures.proxyRatios).toFixed(3)),
    via_service_p99_ms: median(figures.p99),
    // CPU (user + system) µs per request, medians: what each hop costs, steadier than rates on a shared machine.
    service_cpu_us: Math.round(median(figures.serviceCpu)),
    bare_proxy_cpu_us: Math.round(median(figures.proxyCpu)),
    sandbox_cpu_us: Math.round(median(figures.sandboxCpu)),
    errors: figures.errors,
    memory_run_rps: Math.round(figures.memoryRps),
    // Service RSS (MB) at the start, every 10 s and at the end of a 60 s run through the service.
    via_service_rss_mb: figures.rss.map((mb) => Math.round(mb)),
    rss_start_mb: Math.round(figures.rss[0] ?? 0),
    rss_end_mb: Math.round(figures.rss.at(-1) ?? 0),
    load_at_start: Number(loadAtStart.toFixed(1)),
    load_at_end: Number(loadavg()[0].toFixed(1)),
  };
}
