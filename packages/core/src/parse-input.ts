import type { z } from 'zod/v4';
import { echoableFieldName } from './redact.js';
import { type FieldIssue, type VerifyOperation, VerifyValidationError } from './verify-error.js';

interface Where {
  readonly operation: VerifyOperation;
  readonly method: string;
  readonly path: string;
  /** Prefix for field names, e.g. `filters`. */
  readonly prefix?: string;
  /** Hints for unknown keys: key → the name the caller probably meant. */
  readonly hints?: Readonly<Record<string, string>>;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, input: unknown, where: Where): FieldIssue[] {
  const base = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const hint = Object.hasOwn(where.hints ?? {}, key) ? where.hints?.[key] : undefined;
      return {
        field: [where.prefix, ...base, echoableFieldName(key)].filter(Boolean).join('.'),
        message: hint ? `unknown field; did you mean ${hint}?` : 'unknown field',
      };
    });
  }
  const field = [where.prefix, ...base].filter(Boolean).join('.') || where.prefix || 'input';
  const message =
    issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined ? 'is required' : issue.message;
  return [{ field, message }];
}

/** Runs a schema over caller input; on failure throws a `VerifyValidationError` naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: Where): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => describe(issue, input, where));
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  throw new VerifyValidationError(`Invalid ${where.operation} request: ${summary}`, {
    operation: where.operation,
    method: where.method,
    path: where.path,
    issues,
    source: 'client',
  });
}
