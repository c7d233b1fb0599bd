import { z } from 'zod/v4';
import { closestKey, knownKeysAt } from './closest-key.js';
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

/** Global faults, as `POST /__sandbox/faults` and the `faults` start option take them. */
export const faultsSchema = z
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
  .max(100, { error: 'at most 100 faults' });

export const faultsBodySchema = z.strictObject({ faults: faultsSchema });

/** Delay added before every API answer (`latency_ms` here, `latencyMs` as a start option). */
export const latencySchema = z
  .int({ error: 'expected an integer from 0 to 60000' })
  .min(0, { error: 'expected an integer from 0 to 60000' })
  .max(60_000, { error: 'expected an integer from 0 to 60000' });

export const rateLimitTogglesSchema = z.strictObject(
  {
    account: z.boolean({ error: 'expected true or false' }).optional(),
    list: z.boolean({ error: 'expected true or false' }).optional(),
  },
  { error: 'expected { account?: boolean, list?: boolean }' },
);

export const configBodySchema = z.strictObject({
  latency_ms: latencySchema.optional(),
  rate_limit: rateLimitTogglesSchema.optional(),
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

/**
 * `field: problem; field: problem`, naming each field by its path. Given the schema, a misspelt key gets the field
 * it is closest to (`unknown field latncy_ms (did you mean latency_ms?)`).
 */
export function describeIssues(error: z.ZodError, schema?: z.ZodType): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      const known = schema && issue.code === 'unrecognized_keys' ? knownKeysAt(schema, issue.path) : [];
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => withHint(key, known)).join(', ')}`
          : issue.message;
      return path === '' ? message : `${path}: ${message}`;
    })
    .join('; ');
}

function withHint(key: string, known: readonly string[]): string {
  const hint = closestKey(key, known);
  return hint === undefined ? key : `${key} (did you mean ${hint}?)`;
}
