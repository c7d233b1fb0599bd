import { z } from 'zod/v4';
import { type FaultSyntaxError, parseFault } from './faults.js';

/** Latest instant a JS Date can show as an ISO string with a 4-digit year (9999-12-31T23:59:59.999Z). */
export const MAX_TIME_MS = 253_402_300_799_999;

const faultSpec = z.string({ error: 'expected a fault string such as "status=503"' }).check((ctx) => {
  try {
    parseFault(ctx.value);
  } catch (error) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: (error as FaultSyntaxError).message });
  }
});

export const faultsBodySchema = z.strictObject({
  faults: z
    .array(
      z.strictObject({
        fault: faultSpec,
        probability: z
          .number({ error: 'expected a number from 0 to 1' })
          .min(0, { error: 'expected a number from 0 to 1' })
          .max(1, { error: 'expected a number from 0 to 1' })
          .default(1),
        operation: z
          .enum(['create', 'validate', 'get', 'list'], { error: 'expected create, validate, get or list' })
          .optional(),
      }),
      { error: 'expected an array of { fault, probability?, operation? } (an empty array clears them)' },
    )
    .max(100, { error: 'at most 100 faults' }),
});

export const configBodySchema = z.strictObject({
  latency_ms: z
    .int({ error: 'expected an integer from 0 to 60000' })
    .min(0, { error: 'expected an integer from 0 to 60000' })
    .max(60_000, { error: 'expected an integer from 0 to 60000' })
    .optional(),
  rate_limit: z
    .strictObject(
      {
        account: z.boolean({ error: 'expected true or false' }).optional(),
        list: z.boolean({ error: 'expected true or false' }).optional(),
      },
      { error: 'expected { account?: boolean, list?: boolean }' },
    )
    .optional(),
});

const instant = z.union(
  [z.iso.datetime({ offset: true }).transform((text) => Date.parse(text)), z.int().min(0).max(MAX_TIME_MS)],
  { error: 'expected an ISO 8601 date-time (e.g. "2026-11-26T12:00:00Z") or epoch milliseconds' },
);

const ADVANCE = 'expected an integer number of milliseconds from 0 to 3153600000000 (100 years)';

/** Either move forward by `advance_ms`, or set an absolute time with `now` (earlier or later). */
export const clockBodySchema = z
  .strictObject({
    advance_ms: z
      .int({ error: ADVANCE })
      .min(0, { error: ADVANCE })
      .max(3_153_600_000_000, { error: ADVANCE })
      .optional(),
    now: instant.optional(),
  })
  .refine((body) => (body.advance_ms === undefined) !== (body.now === undefined), {
    error: 'expected exactly one of advance_ms (move forward) or now (set the time)',
  });

/** `field: problem; field: problem`, naming each field by its path. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
          : issue.message;
      return path === '' ? message : `${path}: ${message}`;
    })
    .join('; ');
}
