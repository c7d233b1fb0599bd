// The bulk-send timeline as a small standalone SVG: requests let through over time for each client, beside the
// floor a strict window allows (a batch of `limit` every `windowMs`). 429s answered to a client are drawn as
// ticks along the bottom, in that client's colour.

const W = 720;
const H = 360;
const PAD = { left: 56, right: 16, top: 28, bottom: 44 };

const escapeXml = (text) => String(text).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** `series`: [{ label, colour, points: [[ms, 1 | 0], ...] }]; `floor`: { n, limit, windowMs, latencyMs }. */
export function timelineSvg({ title, series, floor }) {
  const allMs = series.flatMap((s) => s.points.map(([t]) => t));
  const floorEnd = (Math.ceil(floor.n / floor.limit) - 1) * floor.windowMs + floor.latencyMs;
  const maxMs = Math.max(floorEnd, ...allMs) * 1.05;
  const x = (ms) => PAD.left + (ms / maxMs) * (W - PAD.left - PAD.right);
  const y = (count) => H - PAD.bottom - (count / floor.n) * (H - PAD.top - PAD.bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${PAD.left}" y="18" font-size="14">${escapeXml(title)}</text>`,
  ];
  // Axes with ticks every 5 s and every 250 requests.
  for (let s = 0; s * 1000 <= maxMs; s += 5) {
    parts.push(`<line x1="${x(s * 1000)}" y1="${PAD.top}" x2="${x(s * 1000)}" y2="${H - PAD.bottom}" stroke="#eee"/>`);
    parts.push(`<text x="${x(s * 1000)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${s} s</text>`);
  }
  for (let c = 0; c <= floor.n; c += 250) {
    parts.push(`<line x1="${PAD.left}" y1="${y(c)}" x2="${W - PAD.right}" y2="${y(c)}" stroke="#eee"/>`);
    parts.push(`<text x="${PAD.left - 6}" y="${y(c) + 4}" text-anchor="end">${c}</text>`);
  }
  parts.push(
    `<text x="${W / 2}" y="${H - 6}" text-anchor="middle">seconds since the run started (all calls issued at 0)</text>`,
  );
  // The floor: a full batch at each window start.
  const floorPath = [];
  let sent = 0;
  for (let start = 0; sent < floor.n; start += floor.windowMs) {
    floorPath.push(`${x(start).toFixed(1)},${y(sent).toFixed(1)}`);
    sent = Math.min(floor.n, sent + floor.limit);
    floorPath.push(`${x(start).toFixed(1)},${y(sent).toFixed(1)}`);
  }
  floorPath.push(`${x(maxMs).toFixed(1)},${y(sent).toFixed(1)}`);
  parts.push(`<polyline points="${floorPath.join(' ')}" fill="none" stroke="#999" stroke-dasharray="4 3"/>`);
  const legend = [{ label: `window floor (${floor.limit} per ${floor.windowMs / 1000} s)`, colour: '#999' }];
  for (const { label, colour, points } of series) {
    const sorted = [...points].sort((a, b) => a[0] - b[0]);
    let count = 0;
    // One vertical step per pixel column (arrivals in the same column merge) keeps the file small.
    const line = [[Math.round(x(0)), 0]];
    const ticks = new Set();
    for (const [t, through] of sorted) {
      const column = Math.round(x(t));
      if (!through) {
        ticks.add(column);
        continue;
      }
      const last = line.at(-1);
      if (last[0] !== column) line.push([column, count]);
      count += 1;
      line.push([column, count]);
      if (line.length > 2 && line.at(-2)[0] === column && line.at(-3)[0] === column) line.splice(-2, 1);
    }
    for (const column of ticks) {
      parts.push(
        `<line x1="${column}" y1="${H - PAD.bottom}" x2="${column}" y2="${H - PAD.bottom - 6}" stroke="${colour}"/>`,
      );
    }
    line.push([Math.round(x(maxMs)), count]);
    const drawn = line.map(([px, c]) => `${px},${y(c).toFixed(1)}`);
    parts.push(`<polyline points="${drawn.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    const rejected = sorted.length - count;
    legend.push({ label: `${label}: ${count} through, ${rejected} answered 429`, colour });
  }
  legend.forEach(({ label, colour }, i) => {
    const ly = PAD.top + 14 + i * 16;
    parts.push(
      `<line x1="${PAD.left + 10}" y1="${ly - 4}" x2="${PAD.left + 30}" y2="${ly - 4}" stroke="${colour}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${PAD.left + 36}" y="${ly}">${escapeXml(label)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
