// Row "action-cold-start": how long the GitHub Action's committed bundle takes from `node dist/index.js` to its
// first HTTP request (a loopback server stands in for Plivo), beside a bare `node -e ''` start, plus the
// bundle's size. Runs are interleaved so machine noise hits both sides; medians are reported.
// Needs `pnpm build` (the bundle is committed, so a checkout already has it).
import { spawn } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUNDLE = fileURLToPath(new URL('../../packages/github-action/dist/index.js', import.meta.url));
const SESSION = '11111111-2222-4333-8444-555555555555';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function exited(child) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

/** One action run (mode status): milliseconds from spawn to the server seeing the first request. */
async function actionOnce(server, url, dir) {
  const output = join(dir, 'output');
  writeFileSync(output, '');
  let firstRequestAt = 0;
  const seen = new Promise((resolve) => {
    server.once('request', () => {
      firstRequestAt = performance.now();
      resolve();
    });
  });
  const started = performance.now();
  const child = spawn(process.execPath, [BUNDLE], {
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: output,
      INPUT_MODE: 'status',
      'INPUT_AUTH-ID': 'MABENCH0000000000000',
      'INPUT_AUTH-TOKEN': 'bench-token',
      'INPUT_API-URL': url,
      'INPUT_SESSION-UUID': SESSION,
    },
  });
  const [code] = await Promise.all([exited(child), seen]);
  if (code !== 0) throw new Error(`the action exited with ${code}`);
  return firstRequestAt - started;
}

async function bareOnce() {
  const started = performance.now();
  const code = await exited(spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }));
  if (code !== 0) throw new Error(`node -e '' exited with ${code}`);
  return performance.now() - started;
}

export default async function run(ctx) {
  const runs = Math.max(3, ctx.runs);
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        api_id: 'bench',
        session_uuid: SESSION,
        recipient: '14155550100',
        status: 'in-progress',
        count: 1,
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'action-cold-start-'));
  const action = [];
  const bare = [];
  try {
    await actionOnce(server, url, dir); // warm the file system cache, not measured
    await bareOnce();
    for (let i = 0; i < runs; i++) {
      action.push(await actionOnce(server, url, dir));
      bare.push(await bareOnce());
      ctx.log(
        `action-cold-start: run ${i + 1}/${runs}: action ${action[i].toFixed(1)} ms, bare node ${bare[i].toFixed(1)} ms`,
      );
    }
  } finally {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
  return {
    id: 'action-cold-start',
    action_ms: Math.round(median(action) * 10) / 10,
    bare_node_ms: Math.round(median(bare) * 10) / 10,
    bundle_bytes: statSync(BUNDLE).size,
  };
}

// `node bench/rows/action-cold-start.mjs [runs]` prints the row on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const row = await run({ runs: Number(process.argv[2] ?? 15), log: (line) => console.error(line) });
  console.log(JSON.stringify(row));
}
