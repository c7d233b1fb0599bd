import type { z } from 'zod/v4';
import { echoableFieldName } from './redact.js';
import { knownKeysAt, unknownKeyMessage } from './unknown-keys.js';
import { type FieldIssue, type VerifyOperation, VerifyValidationError } from './verify-error.js';

interface Where extends FieldIssueOptions {
  readonly operation: VerifyOperation;
  readonly method: string;
  readonly path: string;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, input: unknown, where: FieldIssueOptions): FieldIssue[] {
  const base = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const known = where.schema ? knownKeysAt(where.schema, issue.path) : [];
    return issue.keys.map((key) => ({
      field: [where.prefix, ...base, echoableFieldName(key)].filter(Boolean).join('.'),
      message: unknownKeyMessage(key, known, where.hints),
    }));
  }
  const field = [where.prefix, ...base].filter(Boolean).join('.') || where.prefix || where.whole || 'input';
  // zod 4 does not report the input on an issue, so "missing" is told from the caller's input itself: a value of
  // the wrong type is not "required", it gets the field's own message.
  const message =
    issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined ? 'is required' : issue.message;
  return [{ field, message }];
}

export interface FieldIssueOptions {
  /** Prefix for field names, e.g. `filters`. */
  readonly prefix?: string;
  /** Hints for unknown keys: key → the name the caller probably meant. */
  readonly hints?: Readonly<Record<string, string>>;
  /** The schema that was run: an unknown key without a hint gets the closest of its field names at that level. */
  readonly schema?: z.ZodType;
  /** Name for an issue about the input as a whole (default `input`). */
  readonly whole?: string;
}

/**
 * A schema's issues as `{ field, message }`, the form every adapter reports: one per field, "is required" only
 * when the field is absent, unknown keys named only when they look like field names. Never echoes a value.
 */
export function fieldIssues(error: z.ZodError, input: unknown, options: FieldIssueOptions = {}): FieldIssue[] {
  return error.issues.flatMap((issue) => describe(issue, input, options));
}

/** Runs a schema over caller input; on failure throws a `VerifyValidationError` naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: Where): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = fieldIssues(result.error, input, { schema, ...where });
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  throw new VerifyValidationError(`Invalid ${where.operation} request: ${summary}`, {
    operation: where.operation,
    method: where.method,
    path: where.path,
    issues,
    source: 'client',
  });
}
