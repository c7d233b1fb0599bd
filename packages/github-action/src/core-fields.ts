import {
  type Clock,
  type CreateSessionParams,
  createSessionParamsSchema,
  createVerifyClient,
  fieldIssues,
  TransportError,
  VerifyValidationError,
  validateSessionParamsSchema,
} from '@plivo-verify/core/pure';
import type { z } from 'zod/v4';

// Every Plivo field's rules come from core's exported schemas: the action renames fields, it never re-declares them.

/** A field-level problem reported by core, by wire name (`code_length`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

function problemsOf(schema: z.ZodType, input: Record<string, unknown>): FieldProblem[] {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldIssues(result.error, input);
}

/** Core's verdict on create parameters (recipient, channel, code_length, …). */
export function checkCreateParams(params: CreateSessionParams): FieldProblem[] {
  return problemsOf(createSessionParamsSchema, params as Record<string, unknown>);
}

/** Core's verdict on a session uuid and an OTP. */
export function checkValidateParams(sessionUuid: string, otp: string): FieldProblem[] {
  return problemsOf(validateSessionParamsSchema, { session_uuid: sessionUuid, otp });
}

/** Core's verdict on a phone number (the recipient rule), or undefined when it is fine. */
export function checkPhone(value: string): string | undefined {
  const result = createSessionParamsSchema.shape.recipient.safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? 'expected a phone number in E.164 format');
}

/** Client options as core names them in its errors → the action's inputs. */
export const CONNECTION_FIELD_INPUTS = {
  'auth-id': 'options.authId',
  'auth-token': 'options.authToken',
  'api-url': 'options.baseUrl',
} as const;

const still: Clock = { now: () => 0, sleep: async () => {} };

/** Core's verdict on the credentials' shape and the base URL (building a client sends nothing). */
export function checkConnection(connection: { authId: string; authToken: string; apiUrl: string }): FieldProblem[] {
  try {
    createVerifyClient({
      authId: connection.authId,
      authToken: connection.authToken,
      baseUrl: connection.apiUrl,
      transport: async () => {
        throw new TransportError('UNUSED', { phase: 'not-sent' });
      },
      clock: still,
    });
    return [];
  } catch (error) {
    if (VerifyValidationError.isInstance(error)) return error.issues.map(({ field, message }) => ({ field, message }));
    throw error;
  }
}

/** True when `value` is a session uuid by core's rule (a UUID): anything else from an answer is not used. */
export function isSessionUuid(value: unknown): value is string {
  return typeof value === 'string' && checkValidateParams(value, '0000').length === 0;
}
