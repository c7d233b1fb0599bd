import { z } from 'zod/v4';
import { SessionUuid } from './create-session-params.js';

/** Arguments of `sessions.validate`. The OTP stays a string: a number would lose leading zeros. */
export const ValidateSessionParams = z.strictObject({
  session_uuid: SessionUuid,
  otp: z
    .string({ message: 'expected the code as a string of 4 to 8 digits (a number would lose leading zeros)' })
    .trim()
    .regex(/^\d{4,8}$/, { message: 'expected 4 to 8 digits' }),
});
export type ValidateSessionParams = z.input<typeof ValidateSessionParams>;
