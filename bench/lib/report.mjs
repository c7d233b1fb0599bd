// Turns raw rows into headline ratios (derived here, never stored alone) and renders the tables.

const x = (value, digits = 2) => `${Number(value).toFixed(digits)}×`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Per known row id: the headline ratios, the target, whether it is met, and the raw figures in words. */
const DESCRIBE = {
  'bulk-send': (r) => ({
    title: `Bulk send: ${r.n} creates, at most ${r.window ?? '300 in any 5 s'} (strict), ${r.latency_ms ?? 150} ms latency`,
    headline: `core ${x(r.core_s / r.min_s)} the floor; SDK Promise.all: ${r.sdk_parallel_errors} of ${r.n} failed; SDK one by one ${x(r.sdk_serial_s / r.min_s, 1)} the floor`,
    target: 'core ≤ 1.10× floor, 0 errors, 0 server 429s',
    met: r.core_s / r.min_s <= 1.1 && r.core_errors === 0 && r.core_server_429s === 0,
    raw: `floor ${r.min_s} s; core ${r.core_s} s, ${r.core_errors} errors, ${r.core_server_429s} server 429s; SDK Promise.all ${r.sdk_parallel_s} s, ${r.sdk_parallel_errors} errors; SDK one by one ${r.sdk_serial_s} s${r.sdk_serial_sample < r.n ? ` (scaled from ${r.sdk_serial_sample} measured)` : ''}; duplicate attempts ${r.duplicate_attempts}`,
  }),
  'client-overhead': (r) => {
    // Medians of per-round ratios when the row has them (rounds are short; a ratio of medians mixes rounds).
    const toAxios = r.core_to_raw_axios ?? r.core_rps / r.raw_axios_rps;
    const toSdk = r.core_to_sdk ?? r.core_rps / r.sdk_rps;
    return {
      title: `Client overhead: creates/s, ${r.in_flight ?? 50} in flight, latency 0, limits off`,
      headline: `core ${x(toAxios)} raw axios, ${x(toSdk)} the SDK`,
      target: 'core ≥ 0.85× raw axios and ≥ 1× SDK',
      met: toAxios >= 0.85 && toSdk >= 1,
      raw: `core ${r.core_rps}/s, SDK ${r.sdk_rps}/s, raw axios ${r.raw_axios_rps}/s${r.core_cpu_us ? `; client CPU per create: core ${r.core_cpu_us} µs, SDK ${r.sdk_cpu_us} µs, raw axios ${r.raw_axios_cpu_us} µs` : ''}`,
    };
  },
  footprint: (r) => ({
    title: 'Footprint: npm install of core vs plivo; cold import',
    headline: `core ${x(r.core_bytes / r.sdk_bytes)} the SDK's bytes, ${x(r.core_packages / r.sdk_packages)} its packages, ${x(r.core_import_ms / r.sdk_import_ms)} its import time`,
    target: '≤ 0.50× bytes, ≤ 0.33× packages, ≤ 0.50× import time',
    met:
      r.core_bytes / r.sdk_bytes <= 0.5 &&
      r.core_packages / r.sdk_packages <= 1 / 3 &&
      r.core_import_ms / r.sdk_import_ms <= 0.5,
    raw: `core ${mb(r.core_bytes)} in ${r.core_packages} packages, import ${r.core_import_ms} ms; plivo${r.sdk_version ? `@${r.sdk_version}` : ''} ${mb(r.sdk_bytes)} in ${r.sdk_packages} packages, import ${r.sdk_import_ms} ms${r.bare_node_ms ? `; bare node ${r.bare_node_ms} ms` : ''}`,
  }),
  'action-cold-start': (r) => ({
    title: 'GitHub Action cold start and bundle',
    headline: `action ${x(r.action_ms / r.bare_node_ms)} bare node start; bundle ${(r.bundle_bytes / 1e3).toFixed(0)} kB`,
    target: 'cold start ≤ 150 ms, bundle ≤ 1.5 MB',
    met: r.action_ms <= 150 && r.bundle_bytes <= 1.5e6,
    raw: `action ${r.action_ms} ms, bare node ${r.bare_node_ms} ms, bundle ${r.bundle_bytes} bytes`,
  }),
  'webhook-throughput': (r) => {
    // The median of the per-run ratios (both sides measured back to back in each run) when the row has it; the
    // ratio of the two medians mixes runs made under different load.
    const ratio = r.ratio_median ?? r.via_service_rps / r.direct_rps;
    const floor =
      r.bare_proxy_rps === undefined
        ? ''
        : `; a bare node:http proxy (the two-hop floor) ${r.bare_proxy_rps}/s, the service ${x(r.service_to_proxy_ratio_median)} of it`;
    const memory = r.via_service_rss_mb ? `; service RSS over the 60 s run ${r.rss_start_mb} → ${r.rss_end_mb} MB` : '';
    const cpu =
      r.service_cpu_us === undefined
        ? ''
        : `; CPU per request: service ${r.service_cpu_us} µs, bare proxy ${r.bare_proxy_cpu_us} µs (${x(r.service_cpu_us / r.bare_proxy_cpu_us)}), sandbox ${r.sandbox_cpu_us} µs`;
    return {
      title: 'Webhook action throughput vs direct sandbox',
      headline: `via service ${x(ratio)} direct; p99 ${r.via_service_p99_ms} ms; ${r.errors} errors`,
      target: '≥ 0.50× direct, 0 errors',
      met: ratio >= 0.5 && r.errors === 0,
      raw: `via service ${r.via_service_rps}/s, direct ${r.direct_rps}/s (medians), per-run ratios ${(r.ratios ?? []).join(', ')}, p99 ${r.via_service_p99_ms} ms, errors ${r.errors}${floor}${cpu}${memory}`,
    };
  },
  'n8n-bulk': (r) => ({
    title: `n8n node: ${r.n} items`,
    headline: `n8n ${x(r.n8n_s / r.min_s)} the floor; one by one ${x(r.serial_s / r.n8n_s, 1)} slower; ${r.failed_items} failed items`,
    target: 'n8n ≤ 1.10× floor, 0 failed items',
    met: r.n8n_s / r.min_s <= 1.1 && r.failed_items === 0,
    raw: `floor ${r.min_s} s, n8n ${r.n8n_s} s, one by one ${r.serial_s} s, failed items ${r.failed_items}`,
  }),
};

export function describeRow(row) {
  if (row.error) return { title: row.id, headline: `failed: ${row.error}`, target: '', met: false, raw: '' };
  const describe = DESCRIBE[row.id];
  if (describe) return describe(row);
  const raw = Object.entries(row)
    .filter(([key]) => key !== 'id')
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  return { title: row.id, headline: raw, target: '', met: undefined, raw };
}

const mark = (met) => (met === undefined ? '' : met ? 'yes' : 'no');

export function markdownReport(result, chartFile) {
  const lines = [
    '# Benchmark results',
    '',
    `${result.date} · Node ${result.node} · ${result.cpus} × ${result.cpu_model} · load average at start ${result.load_at_start} · ${result.runs} runs per row, medians`,
    '',
    '| row | headline (ratio) | target | met | raw figures |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of result.rows) {
    const d = describeRow(row);
    lines.push(`| **${d.title}** | ${d.headline} | ${d.target} | ${mark(d.met)} | ${d.raw} |`);
  }
  lines.push(
    '',
    'Conditions: every comparison runs in one process invocation, alternating, so machine noise hits both sides;',
    'the sandbox runs in a child process. The machine is shared (other jobs on the same cores), so absolute',
    'figures are noisy: the ratios are the headline.',
  );
  if (chartFile) lines.push('', `![bulk-send timeline](${chartFile})`);
  return `${lines.join('\n')}\n`;
}

export function textTable(result) {
  const rows = result.rows.map((row) => {
    const d = describeRow(row);
    return `${row.id.padEnd(20)} ${d.met === undefined ? '   ' : d.met ? 'ok ' : 'no '} ${d.headline}\n${''.padEnd(24)} ${d.raw}`;
  });
  return `${['row                  met headline / raw figures', ...rows].join('\n')}\n`;
}
