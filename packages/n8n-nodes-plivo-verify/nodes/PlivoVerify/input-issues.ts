import type { FieldIssue } from '@plivo-verify/core/pure';
import {
  createSessionParamsSchema,
  echoableFieldName,
  listSessionsFiltersSchema,
  PLIVO_LIST_PAGE_MAX,
  validateSessionParamsSchema,
} from '@plivo-verify/core/pure';
import type { z } from 'zod/v4';
import type { OperationInput } from './session-operations';

const getSessionParamsSchema = validateSessionParamsSchema.pick({ session_uuid: true });

function issuesOf(schema: z.ZodType, value: unknown, prefix?: string): FieldIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // Unknown keys are named only when safe to echo, like core does.
    const names =
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, echoableFieldName(key)]) : [path];
    return names.map((name) => ({
      field: [prefix, ...name].filter(Boolean).join('.') || 'input',
      message: issue.message,
    }));
  });
}

/**
 * Core's own checks of one item's input (the schemas core parses with), run for every item before the first
 * request: one bad item must not stop the run after the others already sent their codes.
 */
export function inputIssues(input: OperationInput): FieldIssue[] {
  switch (input.operation) {
    case 'create':
      return issuesOf(createSessionParamsSchema, input.params);
    case 'validate':
      return issuesOf(validateSessionParamsSchema, { session_uuid: input.session_uuid, otp: input.otp });
    case 'get':
      return issuesOf(getSessionParamsSchema, { session_uuid: input.session_uuid });
    case 'getAll':
      return issuesOf(
        listSessionsFiltersSchema,
        { ...input.filters, limit: Math.min(PLIVO_LIST_PAGE_MAX, input.limit) },
        'filters',
      );
  }
}
