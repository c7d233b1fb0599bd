import { z } from 'zod/v4';
import { SessionUuid } from './create-session-params.js';
import { requiredField } from './field-meta.js';

const OTP = 'expected the code as a string of 4 to 8 digits (a number would lose leading zeros)';

/** Arguments of `sessions.validate`. The OTP stays a string: a number would lose leading zeros. */
export const validateSessionParamsSchema = z.strictObject({
  session_uuid: requiredField(SessionUuid, {
    title: 'Session UUID',
    description: 'The session_uuid returned when the code was sent.',
    examples: ['8e712097-8090-4644-81e7-8f4265d8354e'],
  }),
  otp: requiredField(
    z
      .string({ message: OTP })
      .trim()
      .regex(/^\d{4,8}$/, { message: 'expected 4 to 8 digits' }),
    {
      title: 'Code',
      description: 'The code the user entered, as a string of 4 to 8 digits.',
      examples: ['123456'],
    },
  ),
});
export type ValidateSessionParams = z.input<typeof validateSessionParamsSchema>;
