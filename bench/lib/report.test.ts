import { describe, expect, it } from 'vitest';
import { describeRow, markdownReport } from './report.mjs';
import { timelineSvg } from './timeline-chart.mjs';

const bulk = {
  id: 'bulk-send',
  n: 1000,
  min_s: 15.15,
  core_s: 16,
  core_errors: 0,
  core_server_429s: 0,
  sdk_parallel_s: 1,
  sdk_parallel_errors: 700,
  sdk_serial_s: 160,
  sdk_serial_sample: 100,
  duplicate_attempts: 0,
};

describe('report', () => {
  it('derives ratios and checks targets from raw figures', () => {
    const d = describeRow(bulk);
    expect(d.headline).toContain('core 1.06× the floor');
    expect(d.met).toBe(true);
    expect(describeRow({ ...bulk, core_server_429s: 3 }).met).toBe(false);
    const overhead = describeRow({ id: 'client-overhead', core_rps: 900, sdk_rps: 800, raw_axios_rps: 1000 });
    expect(overhead.headline).toBe('core 0.90× raw axios, 1.13× the SDK');
    expect(overhead.met).toBe(true);
  });

  it('shows failed and unknown rows instead of dropping them', () => {
    expect(describeRow({ id: 'x', error: 'exited with 1' }).headline).toBe('failed: exited with 1');
    expect(describeRow({ id: 'new-row', a: 1 }).raw).toBe('a 1');
  });

  it('renders a markdown table with the conditions', () => {
    const md = markdownReport(
      { date: 'D', node: '20', cpus: 2, cpu_model: 'M', load_at_start: '1.0', runs: 3, rows: [bulk] },
      'chart.svg',
    );
    expect(md).toContain('| **Bulk send');
    expect(md).toContain('Node 20 · 2 × M');
    expect(md).toContain('![bulk-send timeline](chart.svg)');
  });

  it('draws the timeline: floor, one line per client, 429 ticks', () => {
    const svg = timelineSvg({
      title: 'T <&>',
      series: [
        {
          label: 'core',
          colour: '#00f',
          points: [
            [0, 1],
            [10, 0],
            [5000, 1],
          ],
        },
      ],
      floor: { n: 2, limit: 1, windowMs: 5000, latencyMs: 150 },
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('T &#60;&#38;&#62;');
    expect(svg).toContain('core: 2 through, 1 answered 429');
    expect(svg.match(/<polyline/g)).toHaveLength(2);
  });
});
