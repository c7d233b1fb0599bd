import { z } from 'zod/v4';
import { SessionUuid } from './create-session-params.js';
import { PhoneNumber } from './phone-number.js';

const SESSION_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Plivo's list time format, in UTC: `YYYY-MM-DD HH:MM:SS`. */
export function formatSessionTime(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(
    date.getUTCHours(),
  )}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

const sessionTime = z.union([
  z.string().regex(SESSION_TIME, { message: 'expected UTC time as YYYY-MM-DD HH:MM[:ss[.uuuuuu]] or a Date' }),
  z.date({ message: 'expected UTC time as YYYY-MM-DD HH:MM[:ss[.uuuuuu]] or a Date' }).transform((date, ctx) => {
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'expected a valid Date' });
      return z.NEVER;
    }
    return formatSessionTime(date);
  }),
]);

const intInRange = (min: number, max: number, message: string) =>
  z.number({ message }).int({ message }).min(min, { message }).max(max, { message });

/** Filters of `sessions.list` with Plivo's wire names; the time filters keep their double underscores. */
export const ListSessionsFilters = z.strictObject({
  app_uuid: SessionUuid.optional(),
  status: z
    .enum(['in-progress', 'verified', 'expired'], { message: 'expected in-progress, verified or expired' })
    .optional(),
  recipient: PhoneNumber.optional(),
  subaccount: z
    .string()
    .regex(/^SA[A-Z0-9]{18}$/, { message: 'expected a subaccount Auth ID (SA followed by 18 characters)' })
    .optional(),
  limit: intInRange(1, 20, 'expected an integer from 1 to 20').optional(),
  offset: intInRange(0, Number.MAX_SAFE_INTEGER, 'expected an integer of 0 or more').optional(),
  session_time: sessionTime.optional(),
  session_time__gt: sessionTime.optional(),
  session_time__gte: sessionTime.optional(),
  session_time__lt: sessionTime.optional(),
  session_time__lte: sessionTime.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 country code, e.g. US' })
    .transform((value) => value.toUpperCase())
    .optional(),
  alias: z.string().min(1).optional(),
  brand_name: z.string().min(1).optional(),
  app_hash: z.string().min(1).optional(),
});
export type ListSessionsFilters = z.input<typeof ListSessionsFilters>;

/** The official node SDK sends these mangled keys; name the right one instead of silently ignoring them. */
export const MISSPELLED_FILTERS: Readonly<Record<string, string>> = {
  session_time_gt: 'session_time__gt',
  session_time_gte: 'session_time__gte',
  session_time_lt: 'session_time__lt',
  session_time_lte: 'session_time__lte',
};
