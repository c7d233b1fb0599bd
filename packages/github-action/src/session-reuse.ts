import type { Session } from '@plivo-verify/core/pure';

/** What to do about a shared session: the same words in send, wait and validate. */
export const REUSE_ADVICE =
  'Wait for the open session to expire before sending again, or run the release gate in a concurrency group per approver (a concurrency group keyed by github.triggering_actor).';

/** True when another send added an attempt to this session (Plivo reuses an open session for the same recipient). */
export function isReused(session: Pick<Session, 'count'>): boolean {
  return session.count > 1;
}

/** The warning or failure text for a session with `count` attempts. */
export function reuseMessage(sessionUuid: string, recipientMasked: string, count: number): string {
  return `Session ${sessionUuid} for ${recipientMasked} has ${count} attempts: another send reused it, so one code unlocks more than one run. ${REUSE_ADVICE}`;
}
