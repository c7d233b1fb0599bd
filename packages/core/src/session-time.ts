import { z } from 'zod/v4';
import { VerifyValidationError } from './verify-error.js';

// Plivo's list time format (UTC): `YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`.
const PLIVO_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?$/;
// ISO 8601 date-time as `Date#toISOString` and most APIs write it; no zone means UTC, like Plivo's format.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export const SESSION_TIME_MESSAGE =
  'expected UTC time as YYYY-MM-DD HH:MM[:ss[.uuuuuu]], an ISO 8601 date-time or a valid Date';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function realDate(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

function format(date: Date, withMillis: boolean): string {
  const base = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(
    date.getUTCHours(),
  )}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const millis = date.getUTCMilliseconds();
  return withMillis && millis !== 0 ? `${base}.${pad(millis, 3)}` : base;
}

/** Plivo's list time format, in UTC: `YYYY-MM-DD HH:MM:SS`. Throws a `VerifyValidationError` for an invalid Date. */
export function formatSessionTime(date: Date): string {
  if (!(date instanceof Date) || !isValidDate(date)) {
    throw new VerifyValidationError('formatSessionTime needs a valid Date', {
      operation: 'client',
      method: 'FORMAT',
      path: '',
      issues: [{ field: 'date', message: 'expected a valid Date' }],
      source: 'client',
    });
  }
  return format(date, false);
}

/**
 * A time filter value in Plivo's format, or undefined when it is not a real time. Plivo-format strings are kept
 * as written (after checking the calendar); Dates and ISO strings are converted to UTC.
 */
export function toSessionTime(value: string | Date): string | undefined {
  if (value instanceof Date) return isValidDate(value) ? format(value, true) : undefined;
  const text = value.trim();
  const plivo = PLIVO_TIME.exec(text);
  if (plivo) {
    const [, y, mo, d, h, mi, s] = plivo.map(Number) as number[];
    return realDate(y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : (s ?? 0)) ? text : undefined;
  }
  const iso = ISO_TIME.exec(text);
  if (!iso) return undefined;
  const [, y, mo, d, h, mi, s] = iso.slice(0, 7).map(Number) as number[];
  if (!realDate(y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : (s ?? 0))) return undefined;
  const zone = iso[8];
  const withZone =
    zone === undefined
      ? `${text}Z`
      : zone.length === 5
        ? `${text.slice(0, -5)}${zone.slice(0, 3)}:${zone.slice(3)}`
        : text;
  const date = new Date(withZone);
  return isValidDate(date) ? format(date, true) : undefined;
}

// A Date becomes its ISO string first, so the JSON Schema of the input side stays a plain string.
function dateToIso(value: string | Date): unknown {
  if (!(value instanceof Date)) return value;
  return isValidDate(value) ? value.toISOString() : 'Invalid Date';
}

/** A time filter: Plivo's format, an ISO 8601 string or a Date; sent in Plivo's format. */
export const sessionTimeSchema = z.preprocess(
  dateToIso,
  z.string({ message: SESSION_TIME_MESSAGE }).transform((value, ctx) => {
    const time = toSessionTime(value);
    if (time === undefined) {
      ctx.addIssue({ code: 'custom', message: SESSION_TIME_MESSAGE });
      return z.NEVER;
    }
    return time;
  }),
);
