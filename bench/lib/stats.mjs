// Small numeric helpers shared by the rows and the report.

/** Median of a non-empty list (the upper middle for an even count, so it is always a measured value). */
export function median(values) {
  if (values.length === 0) throw new RangeError('median of nothing');
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * The fastest wall time a strict window allows: `n` requests, at most `limit` in any `windowMs`, each answered
 * after `latencyMs`. Batches go at 0, windowMs, 2·windowMs, …; the last batch's answers arrive latencyMs later.
 */
export function windowFloorSeconds(n, limit, windowMs, latencyMs) {
  return ((Math.ceil(n / limit) - 1) * windowMs + latencyMs) / 1000;
}

/** Rounds to `digits` decimals (for stored figures). */
export function round(value, digits = 2) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
