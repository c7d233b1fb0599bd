// `pnpm bench` (after the build): runs every bench/rows/*.mjs in a fresh child process with ctx.runs
// repetitions, then writes results/latest.json, results/latest.md and the bulk-send timeline SVG, and prints
// the table. Usage: node bench/run.mjs [--runs 3] [--only bulk-send,footprint] [--row-timeout-s 240]
// With --only, the other rows of the previous latest.json are kept.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core';
import { markdownReport, textTable } from './lib/report.mjs';
import { timelineSvg } from './lib/timeline-chart.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    'row-timeout-s': { type: 'string', default: '240' },
  },
});
const runs = Number(values.runs);
const only = values.only?.split(',');
const files = readdirSync(join(here, 'rows'))
  .filter((file) => file.endsWith('.mjs'))
  .filter((file) => !only || only.includes(file.replace(/\.mjs$/, '')))
  .sort();

function runRow(file) {
  const id = file.replace(/\.mjs$/, '');
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(here, 'lib/run-row.mjs'), join(here, 'rows', file), String(runs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const lines = err.split('\n');
      err = lines.pop() ?? '';
      for (const line of lines) console.log(`  [${id}] ${line}`);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), Number(values['row-timeout-s']) * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (err) console.log(`  [${id}] ${err}`);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const marker = out.split('\n').find((line) => line.startsWith('@@row '));
      if (code === 0 && marker) {
        console.log(`  [${id}] done in ${seconds} s`);
        resolve(JSON.parse(marker.slice('@@row '.length)));
      } else {
        const why = signal ? `killed (${signal}) after ${seconds} s` : `exited with ${code}`;
        console.log(`  [${id}] FAILED: ${why}`);
        resolve({ id, error: why });
      }
    });
  });
}

const result = {
  date: new Date().toISOString(),
  node: process.versions.node,
  cpus: cpus().length,
  cpu_model: cpus()[0]?.model.trim() ?? 'unknown',
  load_at_start: loadavg()[0].toFixed(1),
  runs,
  rows: [],
};
console.log(`bench: ${files.length} rows, ${runs} runs each`);
for (const file of files) {
  console.log(`${file}`);
  result.rows.push(await runRow(file));
}

const results = join(here, 'results');
mkdirSync(results, { recursive: true });
let chart;
const bulk = result.rows.find((row) => row.id === 'bulk-send' && row.timeline);
if (bulk) {
  chart = 'bulk-send-timeline.svg';
  const svg = timelineSvg({
    title: `Bulk send: ${bulk.n} creates, at most ${bulk.window} (strict), ${bulk.latency_ms} ms latency`,
    series: [
      { label: '@plivo-verify/core', colour: '#1f77b4', points: bulk.timeline.core },
      { label: 'plivo SDK, Promise.all', colour: '#d62728', points: bulk.timeline.sdk_parallel },
    ],
    floor: {
      n: bulk.n,
      limit: PLIVO_ACCOUNT_LIMIT.limit,
      windowMs: PLIVO_ACCOUNT_LIMIT.windowMs,
      latencyMs: bulk.latency_ms,
    },
  });
  writeFileSync(join(results, chart), svg);
  delete bulk.timeline; // raw series are drawn, not stored
} else if (existsSync(join(results, 'bulk-send-timeline.svg'))) chart = 'bulk-send-timeline.svg'; // kept from before
if (only && existsSync(join(results, 'latest.json'))) {
  // A partial run keeps the other rows of the last full run (each still carries its own figures).
  const previous = JSON.parse(readFileSync(join(results, 'latest.json'), 'utf8')).rows ?? [];
  const fresh = new Set(result.rows.map((row) => row.id));
  result.rows = [...previous.filter((row) => !fresh.has(row.id)), ...result.rows].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
}
writeFileSync(join(results, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(results, 'latest.md'), markdownReport(result, chart));
console.log(`\n${textTable(result)}`);
console.log(`written: bench/results/latest.json, latest.md${chart ? `, ${chart}` : ''}`);
