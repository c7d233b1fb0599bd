// Row n8n-bulk: 1,000 Send Code items in ONE real n8n 2.8.4 execution against the sandbox with 150 ms latency
// and Plivo's account limit enforced, the node pacing itself with core's sliding-window limiter (300 in any 5 s).
// Figures: the Send Code node's own execution time (n8n's runData executionTime, so n8n's boot is not counted)
// vs the floor that limit allows (batches of 300 at 0, 5, 10 and 15 s, plus one latency: 15.15 s) and vs
// processing the items one by one. The serial figure is computed (n × latency), not run: it would take 150 s a run.
// Needs `pnpm build` and the n8n install the package's e2e makes (installed here too when missing).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSandbox } from '@plivo-verify/sandbox';
import {
  ensureN8n,
  makeInstance,
  n8n,
  parseRunOutput,
} from '../../packages/n8n-nodes-plivo-verify/e2e/n8n-harness.mjs';

const N = 1000;
const LATENCY_MS = 150;
const LIMIT = 300;
const WINDOW_MS = 5000;

function workflow() {
  const credentials = { plivoVerifyApi: { id: 'pvBenchCred0001', name: 'Plivo Verify sandbox' } };
  return {
    id: 'pvBenchBulk0001',
    name: 'bench: 1,000 Send Code items',
    nodes: [
      {
        parameters: {},
        id: 'b0000000-0000-4000-8000-000000000001',
        name: 'Start',
        type: 'n8n-nodes-base.manualTrigger',
        typeVersion: 1,
        position: [0, 0],
      },
      {
        parameters: {
          jsCode: `return Array.from({ length: ${N} }, (_, i) => ({ json: { phone: '+1415' + String(5000000 + i) } }));`,
        },
        id: 'b0000000-0000-4000-8000-000000000002',
        name: 'Make Items',
        type: 'n8n-nodes-base.code',
        typeVersion: 2,
        position: [220, 0],
      },
      {
        parameters: {
          resource: 'session',
          operation: 'create',
          recipient: '={{ $json.phone }}',
          channel: 'sms',
          createOptions: {},
        },
        id: 'b0000000-0000-4000-8000-000000000003',
        name: 'Send Code',
        type: 'CUSTOM.plivoVerify',
        typeVersion: 1,
        position: [440, 0],
        onError: 'continueRegularOutput',
        credentials,
      },
    ],
    connections: {
      Start: { main: [[{ node: 'Make Items', type: 'main', index: 0 }]] },
      'Make Items': { main: [[{ node: 'Send Code', type: 'main', index: 0 }]] },
    },
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
  const times = [];
  let failedItems = 0;
  let surfaced429 = 0;
  let retried429 = 0;
  for (let index = 0; index < runs; index++) {
    const sandbox = await startSandbox({ port: 0, latencyMs: LATENCY_MS, rateLimit: { account: true, list: true } });
    try {
      const credentials = [
        {
          id: 'pvBenchCred0001',
          name: 'Plivo Verify sandbox',
          type: 'plivoVerifyApi',
          data: { authId: sandbox.authId, authToken: sandbox.authToken, advanced: true, baseUrl: sandbox.url },
        },
      ];
      writeFileSync(join(instance.root, 'bench-credentials.json'), JSON.stringify(credentials));
      writeFileSync(join(instance.root, 'bench-workflow.json'), JSON.stringify(workflow()));
      await n8n(instance, ['import:credentials', `--input=${join(instance.root, 'bench-credentials.json')}`]);
      await n8n(instance, ['import:workflow', `--input=${join(instance.root, 'bench-workflow.json')}`]);
      const stdout = await n8n(instance, ['execute', '--id=pvBenchBulk0001', '--rawOutput'], 600_000);
      const runData = parseRunOutput(stdout).data.resultData.runData;
      const send = runData['Send Code'][0];
      const items = send.data.main[0];
      const failed = items.filter((item) => item.json.error !== undefined);
      const seconds = send.executionTime / 1000;
      times.push(seconds);
      failedItems += failed.length;
      surfaced429 += failed.filter((item) => String(item.json.httpCode) === '429').length;
      const { requests } = await fetch(`${sandbox.url}/__sandbox/requests`).then((r) => r.json());
      retried429 += requests.filter((request) => request.status === 429).length;
      ctx.log(
        `run ${index + 1}/${runs}: ${items.length} items in ${seconds.toFixed(2)} s, ${failed.length} failed, ${requests.length} requests reached the sandbox`,
      );
    } finally {
      await sandbox.close();
    }
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
