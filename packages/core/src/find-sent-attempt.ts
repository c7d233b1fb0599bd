import { type CreateSessionParams, DEFAULT_CHANNEL } from './create-session-params.js';
import type { FoundAttempt } from './find-attempts.js';
import type { CallOptions, SessionsApi } from './verify-client.js';

/**
 * The attempt (code sent) a create that started at `since` made, after a `VerifyAmbiguousError`: the newest
 * attempt since then to the same recipient, on the same channel (Plivo's default when none was named) and, when
 * the create named one, of the same app (another app's or channel's code for that number is not this create's).
 * `undefined` when the session list shows none; a failed lookup throws (it proves nothing either way).
 */
export async function findSentAttempt(
  sessions: Pick<SessionsApi, 'findAttempts'>,
  create: Pick<CreateSessionParams, 'recipient' | 'channel' | 'app_uuid'>,
  since: Date | string,
  options: CallOptions = {},
): Promise<FoundAttempt | undefined> {
  const found = await sessions.findAttempts({ recipient: create.recipient, since }, options);
  const channel = create.channel ?? DEFAULT_CHANNEL;
  const appOf = new Map(found.sessions.map((session) => [session.session_uuid, session.app_uuid]));
  return found.attempts
    .filter((attempt) => attempt.channel === channel)
    .filter((attempt) => !create.app_uuid || appOf.get(attempt.session_uuid) === create.app_uuid)
    .at(-1);
}
