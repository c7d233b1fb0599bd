import {
  type Clock,
  type CreateSessionParams,
  createVerifyClient,
  TransportError,
  VerifyValidationError,
} from '@plivo-verify/core/pure';

/** A field-level problem reported by core, by wire name (`code_length`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

const still: Clock = { now: () => 0, sleep: async () => {} };

// A client whose transport refuses to send: running a call through it applies core's own input rules and
// stops before the network. Temporary until core exports its input schemas (core second pass).
const dryRun = createVerifyClient({
  authId: 'MADRYRUN000000000000',
  authToken: 'dry-run',
  transport: async () => {
    throw new TransportError('DRY_RUN', { phase: 'not-sent' });
  },
  clock: still,
  retry: false,
  rateLimit: false,
});

async function problemsOf(call: () => Promise<unknown>): Promise<FieldProblem[]> {
  try {
    await call();
  } catch (error) {
    if (VerifyValidationError.isInstance(error)) return error.issues.map(({ field, message }) => ({ field, message }));
  }
  return [];
}

/** Core's verdict on create parameters (recipient, channel, code_length, …), without sending anything. */
export function checkCreateParams(params: CreateSessionParams): Promise<FieldProblem[]> {
  return problemsOf(() => dryRun.sessions.create(params));
}

/** Core's verdict on a session uuid and an OTP. */
export function checkValidateParams(sessionUuid: string, otp: string): Promise<FieldProblem[]> {
  return problemsOf(() => dryRun.sessions.validate(sessionUuid, otp));
}

/** Core's verdict on a phone number (the recipient rule), or undefined when it is fine. */
export async function checkPhone(value: string): Promise<string | undefined> {
  const problems = await checkCreateParams({ recipient: value });
  return problems.find((problem) => problem.field === 'recipient')?.message;
}

/** Client options as core names them in its errors → the action's inputs. */
export const CONNECTION_FIELD_INPUTS = {
  'auth-id': 'options.authId',
  'auth-token': 'options.authToken',
  'api-url': 'options.baseUrl',
} as const;

/** Core's verdict on the credentials' shape and the base URL (building a client sends nothing). */
export function checkConnection(connection: { authId: string; authToken: string; apiUrl: string }): FieldProblem[] {
  try {
    createVerifyClient({
      authId: connection.authId,
      authToken: connection.authToken,
      baseUrl: connection.apiUrl,
      transport: async () => {
        throw new TransportError('DRY_RUN', { phase: 'not-sent' });
      },
      clock: still,
    });
    return [];
  } catch (error) {
    if (VerifyValidationError.isInstance(error)) return error.issues.map(({ field, message }) => ({ field, message }));
    throw error;
  }
}
