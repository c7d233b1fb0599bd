/** Every reason `sessions.validate` can give for a no, at runtime (adapters list them as output choices). */
export const VALIDATION_FAILURE_REASONS = [
  'wrong_code',
  'expired',
  'already_verified',
  'too_many_attempts',
  'unknown',
] as const;

/** Why `sessions.validate` said no. Adapters branch on it ("try again" vs "send a new code"). */
export type ValidationFailureReason = (typeof VALIDATION_FAILURE_REASONS)[number];

/**
 * The one place where Plivo's refusal texts become reasons (documented in the README table). Plivo does not
 * document these texts; the patterns cover the texts seen from Plivo, its SDKs' tests and the sandbox. Order
 * matters: "maximum validation attempts" must not read as a wrong code, "already validated" not as success.
 */
const REASON_PATTERNS: ReadonlyArray<readonly [ValidationFailureReason, RegExp]> = [
  ['already_verified', /\balready\s+(validated|verified)\b/i],
  ['too_many_attempts', /\b(maximum|max|too many|exceeded|limit)\b.*\b(attempts?|validations?|tries)\b/i],
  ['expired', /\bexpired?\b/i],
  [
    'wrong_code',
    /\b(invalid|incorrect|wrong|mismatch(ed)?)\b.*\b(otp|code|passcode)\b|\b(otp|code|passcode)\b.*\b(invalid|incorrect|wrong)\b/i,
  ],
];

/** Maps Plivo's refusal text (its `error` or `message`) to a reason; anything not recognised is `unknown`. */
export function validationFailureReason(text: string): ValidationFailureReason {
  for (const [reason, pattern] of REASON_PATTERNS) if (pattern.test(text)) return reason;
  return 'unknown';
}
