import {
  findSentAttempt,
  maskPhoneNumber,
  type Session,
  VerifyAmbiguousError,
  VerifyError,
} from '@plivo-verify/core/pure';
import { ActionFailure } from './action-failure.js';
import { isSessionUuid } from './core-fields.js';
import type { ModeContext } from './mode-context.js';
import type { ActionConfig } from './parse-inputs.js';
import { isReused, REUSE_ADVICE, reuseMessage } from './session-reuse.js';
import { knownStatus } from './session-status.js';

type SendConfig = Extract<ActionConfig, { mode: 'send' }>;

/** What a user can do after a send whose outcome is unknown, without a session uuid and without a second code. */
const MAYBE_SENT_ADVICE =
  "Check the approver's phone. Do not re-run at once: a re-run while that code is open reuses its session (and fails with fail-on-reuse). Wait until the code expires (the Verify application's code lifetime) before running the workflow again.";

/**
 * Sends a code. Plivo reuses an open session for the same recipient (same code, one more attempt), so a second
 * release run inside the code's expiry could be unlocked by the first run's code: that is detected from the
 * session's attempt count, and fails the step unless `fail-on-reuse` is false. The step also fails unless the
 * session reads back `in-progress`: a session that is already verified would let `mode: wait` pass at once.
 */
export async function runSend(context: ModeContext, config: SendConfig): Promise<void> {
  const { io, client, signal, facts, progress } = context;
  const recipientMasked = maskPhoneNumber(config.params.recipient);
  facts.recipientMasked = recipientMasked;
  const who = config.approver ? ` (approver ${config.approver.approver})` : '';

  progress.phase = 'sending';
  let sessionUuid: string;
  try {
    const created = await client.sessions.create(config.params, { signal });
    sessionUuid = created.session_uuid;
    io.setOutput('api-id', created.api_id);
  } catch (error) {
    if (signal.aborted || !VerifyAmbiguousError.isInstance(error)) throw error;
    sessionUuid = await reconcile(context, config, error);
  }
  if (!isSessionUuid(sessionUuid)) {
    // Never retried: the create was answered, so the code may well be on its way.
    throw new ActionFailure(
      `Plivo answered the send with a malformed session uuid. A code may have been sent to ${recipientMasked}, but this run cannot follow its session. ${MAYBE_SENT_ADVICE}`,
    );
  }
  progress.phase = 'sent';
  progress.sessionUuid = sessionUuid;
  io.setOutput('session-uuid', sessionUuid);
  io.setOutput('recipient-masked', recipientMasked);
  facts.status = 'in-progress';

  let session: Session | undefined;
  let readBackProblem = '';
  try {
    session = await client.sessions.get(sessionUuid, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    readBackProblem = VerifyError.isInstance(error) ? `${error.code}: ${error.message}` : String(error);
  }
  const status = session === undefined ? 'unknown' : knownStatus(session.status);
  facts.attempts = session?.count;
  facts.status = status;
  io.setOutput('status', status);
  io.setOutput('reused', session === undefined ? 'unknown' : isReused(session) ? 'true' : 'false');
  io.info(`Code sent to ${recipientMasked}${who}; session ${sessionUuid}.`);

  if (session === undefined) {
    facts.note = 'failed: session not read back';
    io.setFailed(
      `The code was sent to ${recipientMasked} (session ${sessionUuid}), but the session could not be read back (${readBackProblem}), so it is not known to be open and unshared. Run mode status with this session before relying on it, or ${REUSE_ADVICE.charAt(0).toLowerCase()}${REUSE_ADVICE.slice(1)}`,
    );
    return;
  }
  if (status !== 'in-progress') {
    facts.note = `failed: session reads back ${status}`;
    io.setFailed(
      `The code was sent to ${recipientMasked}, but session ${sessionUuid} reads back as ${status}, not in-progress: this run cannot be gated on it. Send a new code.`,
    );
    return;
  }
  if (isReused(session)) {
    const message = reuseMessage(sessionUuid, recipientMasked, session.count);
    if (config.failOnReuse) {
      facts.note = 'failed: session reused (fail-on-reuse)';
      io.setFailed(`${message} Failing because fail-on-reuse is true.`);
      return;
    }
    facts.note = 'session reused';
    io.warning(`${message} Continuing because fail-on-reuse is false.`, 'Reused Verify session');
  }
  io.notice(`Code sent to ${recipientMasked}${who}. Session: ${sessionUuid}`, 'Verification code sent');
}

/**
 * The create was sent but its answer was lost: look the attempt up (core's `findSentAttempt`) instead of guessing.
 * Found → its session, with a warning. Not found, or the lookup failed → "a code may have been sent", never a resend.
 */
async function reconcile(context: ModeContext, config: SendConfig, error: VerifyAmbiguousError): Promise<string> {
  const { io, client, signal } = context;
  const recipientMasked = maskPhoneNumber(config.params.recipient);
  let attempt: Awaited<ReturnType<typeof findSentAttempt>>;
  try {
    attempt = await findSentAttempt(client.sessions, config.params, error.startedAt, { signal });
  } catch (lookupError) {
    if (signal.aborted) throw lookupError;
    const why = VerifyError.isInstance(lookupError) ? lookupError.code : 'error';
    throw new ActionFailure(
      `Plivo's answer to the send was lost (${error.code}) and the session list could not be read to find the attempt (${why}). A code may have been sent to ${recipientMasked}. ${MAYBE_SENT_ADVICE}`,
    );
  }
  if (attempt === undefined) {
    throw new ActionFailure(
      `Plivo's answer to the send was lost (${error.code}) and no attempt to ${recipientMasked} since ${error.startedAt} shows in the session list yet. A code may still have been sent. ${MAYBE_SENT_ADVICE}`,
    );
  }
  io.warning(
    `Plivo's answer to the send was lost (${error.code}); the code was found in the session list instead (session ${attempt.session_uuid}).`,
    'Send answer lost',
  );
  return attempt.session_uuid;
}
