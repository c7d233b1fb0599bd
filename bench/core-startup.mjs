// Start-up cost of importing @plivo-verify/core (Node entry), @plivo-verify/core/pure, the official plivo SDK, and
// a bare `node -e ''`, each as a whole process (spawn to exit), interleaved, median of N. Wall time is measured by
// this process around the child; peak memory is the child's own maxRSS, printed as it exits.
// Usage: node bench/core-startup.mjs [--runs 10]   (after `pnpm build`). Also usable as a bench row: default export.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
// The child reports its peak RSS and its whole CPU time (user + system, start-up included) as it ends.
const report = 'process.stdout.write(JSON.stringify({ rss: process.resourceUsage().maxRSS, cpu: process.cpuUsage() }))';

const CASES = [
  ['bare node', ['-e', report]],
  ['core (pure)', ['--input-type=module', '-e', `await import('@plivo-verify/core/pure'); ${report}`]],
  ['core', ['--input-type=module', '-e', `await import('@plivo-verify/core'); ${report}`]],
  ['plivo sdk', ['-e', `require('plivo'); ${report}`]],
];

function once(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const { rss, cpu } = JSON.parse(result.stdout);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, rssMiB: rss / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function run(ctx = { runs: 10, log: console.log }) {
  const runs = Math.max(1, ctx.runs ?? 10);
  const samples = Object.fromEntries(CASES.map(([name]) => [name, { wallMs: [], cpuMs: [], rssMiB: [] }]));
  for (const [, args] of CASES) once(args); // warm the file cache
  for (let i = 1; i <= runs; i += 1) {
    for (const [name, args] of CASES) {
      const { wallMs, cpuMs, rssMiB } = once(args);
      samples[name].wallMs.push(wallMs);
      samples[name].cpuMs.push(cpuMs);
      samples[name].rssMiB.push(rssMiB);
    }
    ctx.log(
      `run ${i}/${runs}: ${CASES.map(([name]) => `${name} ${Math.round(samples[name].wallMs.at(-1))} ms`).join(', ')}`,
    );
  }
  const figures = Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      { wallMs: median(s.wallMs), cpuMs: median(s.cpuMs), rssMiB: median(s.rssMiB) },
    ]),
  );
  const bare = figures['bare node'].wallMs;
  const above = (name) => figures[name].wallMs - bare;
  return {
    id: 'core-startup',
    title: 'Start-up: import core vs core/pure vs require(plivo) vs bare node (whole processes)',
    unit: 'ms wall, ms CPU, MiB peak RSS (median)',
    runs,
    conditions: `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${process.platform}`,
    figures,
    // Headline: the import's own cost (above bare node), core vs the SDK; the target is ≤ 0.5.
    ratios: {
      coreWallVsSdk: figures.core.wallMs / figures['plivo sdk'].wallMs,
      coreCpuVsSdk: figures.core.cpuMs / figures['plivo sdk'].cpuMs,
      coreImportCostVsSdk: above('core') / above('plivo sdk'),
      pureImportCostVsSdk: above('core (pure)') / above('plivo sdk'),
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
  const row = await run({ runs: Number(values.runs), log: console.log });
  console.log(`\nmedian of ${row.runs} (${row.conditions}):`);
  console.log('  case          wall ms   CPU ms   peak MiB');
  for (const [name, f] of Object.entries(row.figures)) {
    console.log(
      `  ${name.padEnd(12)} ${f.wallMs.toFixed(0).padStart(8)} ${f.cpuMs.toFixed(0).padStart(8)} ${f.rssMiB.toFixed(1).padStart(10)}`,
    );
  }
  console.log(
    `core / sdk: wall ${row.ratios.coreWallVsSdk.toFixed(2)}, CPU ${row.ratios.coreCpuVsSdk.toFixed(2)}; import cost above bare node, core / sdk: ${row.ratios.coreImportCostVsSdk.toFixed(2)} (pure / sdk: ${row.ratios.pureImportCostVsSdk.toFixed(2)})`,
  );
}
