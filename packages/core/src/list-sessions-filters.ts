import { z } from 'zod/v4';
import { SessionUuid } from './create-session-params.js';
import { optionalField } from './field-meta.js';
import { PhoneNumber } from './phone-number.js';
import { sessionTimeSchema } from './session-time.js';

export { formatSessionTime } from './session-time.js';

const intInRange = (min: number, max: number, message: string) =>
  z.number({ message }).int({ message }).min(min, { message }).max(max, { message });

const TIME_EXAMPLE = '2026-11-26 12:00:00';
const TIME_FORMAT = 'UTC, as YYYY-MM-DD HH:MM[:ss], an ISO 8601 date-time or a Date';

/** Filters of `sessions.list` with Plivo's wire names; the time filters keep their double underscores. */
/** The most sessions Plivo returns in one list page (its `limit` maximum and default). */
export const PLIVO_LIST_PAGE_MAX = 20;

export const listSessionsFiltersSchema = z.strictObject({
  app_uuid: optionalField(SessionUuid, {
    title: 'App UUID',
    description: 'Only sessions sent with this Verify application.',
    examples: ['d2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11'],
  }),
  status: optionalField(
    z.enum(['in-progress', 'verified', 'expired'], { message: 'expected in-progress, verified or expired' }),
    { title: 'Status', description: 'Only sessions in this status.', examples: ['verified'] },
  ),
  recipient: optionalField(PhoneNumber, {
    title: 'Recipient',
    description: 'Only sessions sent to this phone number (E.164).',
    examples: ['+14155550100'],
  }),
  subaccount: optionalField(
    z
      .string({ message: 'expected a subaccount Auth ID (SA followed by 18 characters)' })
      .regex(/^SA[A-Z0-9]{18}$/, { message: 'expected a subaccount Auth ID (SA followed by 18 characters)' }),
    {
      title: 'Subaccount',
      description: 'Only sessions of this subaccount (its Auth ID).',
      examples: ['SAXXXXXXXXXXXXXXXXXX'],
    },
  ),
  limit: optionalField(intInRange(1, PLIVO_LIST_PAGE_MAX, `expected an integer from 1 to ${PLIVO_LIST_PAGE_MAX}`), {
    title: 'Limit',
    description: 'Sessions per page, 1 to 20 (Plivo default 20).',
    examples: [20],
  }),
  offset: optionalField(intInRange(0, Number.MAX_SAFE_INTEGER, 'expected an integer of 0 or more'), {
    title: 'Offset',
    description: 'Sessions to skip (for paging).',
    examples: [0],
  }),
  session_time: optionalField(sessionTimeSchema, {
    title: 'Session Time',
    description: `Only sessions created at exactly this time (${TIME_FORMAT}).`,
    examples: [TIME_EXAMPLE],
  }),
  session_time__gt: optionalField(sessionTimeSchema, {
    title: 'Created After',
    description: `Only sessions created after this time (${TIME_FORMAT}).`,
    examples: [TIME_EXAMPLE],
  }),
  session_time__gte: optionalField(sessionTimeSchema, {
    title: 'Created At Or After',
    description: `Only sessions created at or after this time (${TIME_FORMAT}).`,
    examples: [TIME_EXAMPLE],
  }),
  session_time__lt: optionalField(sessionTimeSchema, {
    title: 'Created Before',
    description: `Only sessions created before this time (${TIME_FORMAT}).`,
    examples: [TIME_EXAMPLE],
  }),
  session_time__lte: optionalField(sessionTimeSchema, {
    title: 'Created At Or Before',
    description: `Only sessions created at or before this time (${TIME_FORMAT}).`,
    examples: [TIME_EXAMPLE],
  }),
  country: optionalField(
    z
      .string({ message: 'expected an ISO 3166-1 alpha-2 country code, e.g. US' })
      .regex(/^[A-Za-z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 country code, e.g. US' })
      .transform((value) => value.toUpperCase()),
    { title: 'Country', description: 'Only sessions to this country (ISO 3166-1 alpha-2).', examples: ['US'] },
  ),
  alias: optionalField(z.string().min(1), {
    title: 'App Alias',
    description: 'Only sessions sent with the Verify application of this alias.',
    examples: ['default_verify_app'],
  }),
  brand_name: optionalField(z.string().min(1), {
    title: 'Brand Name',
    description: 'Only sessions sent with this brand name.',
    examples: ['Acme'],
  }),
  app_hash: optionalField(z.string().min(1), {
    title: 'Android App Hash',
    description: 'Only sessions sent with this Android app hash.',
    examples: ['FA+9qCX9VSu'],
  }),
});
export type ListSessionsFilters = z.input<typeof listSessionsFiltersSchema>;

/** The official node SDK sends these mangled keys; name the right one instead of silently ignoring them. */
export const MISSPELLED_FILTERS: Readonly<Record<string, string>> = {
  session_time_gt: 'session_time__gt',
  session_time_gte: 'session_time__gte',
  session_time_lt: 'session_time__lt',
  session_time_lte: 'session_time__lte',
};
