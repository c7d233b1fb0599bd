// `RequestTime` is "UTC time when this attempt was created" (Plivo's callback docs); the sandbox and the docs' examples
// write `2026-11-26 12:00:00`. An offset or `Z`, when present, is honoured; without one the time is read as UTC.
const REQUEST_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/** The callback's signed `RequestTime` in ms since the epoch, or undefined when it is not in a known format. */
export function parseRequestTime(text: string): number | undefined {
  const match = REQUEST_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '0', zone = 'Z'] = match;
  const ms = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  const date = new Date(ms);
  // Date.UTC rolls 2026-02-31 over to March: an impossible date is not a date.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1 || Number(hour) > 23) {
    return undefined;
  }
  if (/^(Z|UTC)$/i.test(zone)) return ms;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  return ms - sign * offset;
}
