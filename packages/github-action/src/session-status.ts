/** The session statuses Plivo documents; anything else is shown and output as `unknown`, never echoed. */
export const SESSION_STATUSES = ['in-progress', 'verified', 'expired'] as const;
export type KnownSessionStatus = (typeof SESSION_STATUSES)[number] | 'unknown';

/**
 * A session status from an answer, as the action prints and outputs it: one of the documented values (compared
 * case-insensitively: Plivo once documented `Expired`), else `unknown`. Workflows interpolate the `status`
 * output into `run:` lines and the summary renders it, so an unexpected value never passes through.
 */
export function knownStatus(value: unknown): KnownSessionStatus {
  const folded = typeof value === 'string' ? value.toLowerCase() : '';
  return (SESSION_STATUSES as readonly string[]).includes(folded) ? (folded as KnownSessionStatus) : 'unknown';
}
