// Row n8n-bulk: 1,000 Send Code items in ONE real n8n 2.8.4 execution against the sandbox with 150 ms latency
// and Plivo's account limit enforced, the node pacing itself with core's sliding-window limiter (300 in any 5 s).
// Figures: the Send Code node's own execution time (n8n's runData executionTime, so n8n's boot is not counted)
// vs the floor that limit allows (batches of 300 at 0, 5, 10 and 15 s, plus one latency: 15.15 s) and vs
// processing the items one by one. The serial figure is computed (n × latency), not run: it would take 150 s a run.
// All runs happen in one n8n execution (one boot instead of three per run; see workflow()).
// Needs `pnpm build` and the n8n install the package's e2e makes (installed here too when missing).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core';
import { startSandbox } from '@plivo-verify/sandbox';
import {
  ensureN8n,
  makeInstance,
  n8n,
  parseRunOutput,
} from '../../packages/n8n-nodes-plivo-verify/e2e/n8n-harness.mjs';

const N = 1000;
const LATENCY_MS = 150;
// Plivo's account limit, as core states it (300 in any 5 s).
const { limit: LIMIT, windowMs: WINDOW_MS } = PLIVO_ACCOUNT_LIMIT;

/** One account per run: the sandbox keeps a rate window per account, so runs cannot eat into each other's. */
function accountOf(index) {
  return { authId: `MABENCHN8N${String(index + 1).padStart(10, '0')}`, authToken: `bench-n8n-token-${index + 1}` };
}

/**
 * One workflow that makes and sends the items `runs` times in a row (Make Items k → Send Code k → Make Items k+1
 * …), each Send Code node on its own credential, so ONE `n8n execute` (one n8n boot) gives every run: each node's
 * own execution time is a run. Run 1 meets a cold n8n and node module, the later runs a warm one.
 */
function workflow(runs) {
  const nodes = [
    {
      parameters: {},
      id: 'b0000000-0000-4000-8000-000000000000',
      name: 'Start',
      type: 'n8n-nodes-base.manualTrigger',
      typeVersion: 1,
      position: [0, 0],
    },
  ];
  const connections = {};
  let previous = 'Start';
  for (let index = 0; index < runs; index++) {
    const make = `Make Items ${index + 1}`;
    const send = `Send Code ${index + 1}`;
    nodes.push(
      {
        parameters: {
          jsCode: `return Array.from({ length: ${N} }, (_, i) => ({ json: { phone: '+1415' + String(5000000 + i) } }));`,
        },
        id: `b0000000-0000-4000-8000-${String(2 * index + 1).padStart(12, '0')}`,
        name: make,
        type: 'n8n-nodes-base.code',
        typeVersion: 2,
        position: [220 + 440 * index, 0],
      },
      {
        parameters: {
          resource: 'session',
          operation: 'create',
          recipient: '={{ $json.phone }}',
          channel: 'sms',
          createOptions: {},
        },
        id: `b0000000-0000-4000-8000-${String(2 * index + 2).padStart(12, '0')}`,
        name: send,
        type: 'CUSTOM.plivoVerify',
        typeVersion: 1,
        position: [440 + 440 * index, 0],
        onError: 'continueRegularOutput',
        credentials: {
          plivoVerifyApi: { id: `pvBenchCred${String(index + 1).padStart(4, '0')}`, name: `sandbox ${index + 1}` },
        },
      },
    );
    connections[previous] = { main: [[{ node: make, type: 'main', index: 0 }]] };
    connections[make] = { main: [[{ node: send, type: 'main', index: 0 }]] };
    previous = send;
  }
  return {
    id: 'pvBenchBulk0001',
    name: `bench: ${runs} × ${N} Send Code items`,
    nodes,
    connections,
    settings: { executionOrder: 'v1' },
    pinData: {},
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export default async function run(ctx) {
  await ensureN8n(ctx.log);
  const instance = await makeInstance();
  const runs = Math.max(1, ctx.runs);
  const accounts = Array.from({ length: runs }, (_, index) => accountOf(index));
  const sandbox = await startSandbox({
    port: 0,
    latencyMs: LATENCY_MS,
    rateLimit: { account: true, list: true },
    accounts,
  });
  const times = [];
  let failedItems = 0;
  let surfaced429 = 0;
  let retried429 = 0;
  try {
    const credentials = accounts.map((account, index) => ({
      id: `pvBenchCred${String(index + 1).padStart(4, '0')}`,
      name: `sandbox ${index + 1}`,
      type: 'plivoVerifyApi',
      data: { ...account, advanced: true, baseUrl: sandbox.url },
    }));
    writeFileSync(join(instance.root, 'bench-credentials.json'), JSON.stringify(credentials));
    writeFileSync(join(instance.root, 'bench-workflow.json'), JSON.stringify(workflow(runs)));
    await n8n(instance, ['import:credentials', `--input=${join(instance.root, 'bench-credentials.json')}`]);
    await n8n(instance, ['import:workflow', `--input=${join(instance.root, 'bench-workflow.json')}`]);
    const stdout = await n8n(instance, ['execute', '--id=pvBenchBulk0001', '--rawOutput'], 600_000);
    // Kept for a failed parse (one run under heavy load printed a JSON the harness could not find whole).
    const saved = join(instance.root, 'execute-stdout.txt');
    writeFileSync(saved, stdout);
    let parsed;
    try {
      parsed = parseRunOutput(stdout);
    } catch (error) {
      throw new Error(
        `n8n execute printed ${stdout.length} characters that did not parse (kept in ${saved}): ${error}`,
      );
    }
    const runData = parsed.data.resultData.runData;
    const { requests } = await fetch(`${sandbox.url}/__sandbox/requests`).then((r) => r.json());
    for (let index = 0; index < runs; index++) {
      const send = runData[`Send Code ${index + 1}`][0];
      const items = send.data.main[0];
      const failed = items.filter((item) => item.json.error !== undefined);
      const seconds = send.executionTime / 1000;
      const mine = requests.filter((request) => request.path.includes(`/Account/${accounts[index].authId}/`));
      times.push(seconds);
      failedItems += failed.length;
      surfaced429 += failed.filter((item) => String(item.json.httpCode) === '429').length;
      retried429 += mine.filter((request) => request.status === 429).length;
      ctx.log(
        `run ${index + 1}/${runs}: ${items.length} items in ${seconds.toFixed(2)} s, ${failed.length} failed, ${mine.length} requests reached the sandbox`,
      );
    }
  } finally {
    await sandbox.close();
  }
  const minS = Math.floor((N - 1) / LIMIT) * (WINDOW_MS / 1000) + LATENCY_MS / 1000;
  return {
    id: 'n8n-bulk',
    n: N,
    min_s: minS,
    n8n_s: median(times),
    n8n_runs_s: times,
    serial_s: (N * LATENCY_MS) / 1000,
    serial_computed: true,
    failed_items: failedItems,
    surfaced_429: surfaced429,
    retried_429: retried429,
    conditions: `n8n 2.8.4 on Node ${process.versions.node}, sandbox latency ${LATENCY_MS} ms, limit ${LIMIT}/${WINDOW_MS / 1000} s, Max Concurrent Requests default`,
  };
}
