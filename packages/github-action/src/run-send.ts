import { maskPhoneNumber, type Session } from '@plivo-verify/core/pure';
import type { ModeContext } from './mode-context.js';
import type { ActionConfig } from './parse-inputs.js';

/**
 * Sends a code. Plivo reuses an open session for the same recipient (same code, one more attempt), so a second
 * release run inside the code's expiry could be unlocked by the first run's code: that is detected from the
 * session's attempt count and reported (`reused`, a warning, or a failure with `fail-on-reuse`).
 */
export async function runSend(context: ModeContext, config: Extract<ActionConfig, { mode: 'send' }>): Promise<void> {
  const { io, client, signal, facts } = context;
  const recipientMasked = maskPhoneNumber(config.params.recipient);
  facts.recipientMasked = recipientMasked;
  const who = config.approver ? ` (approver ${config.approver.approver})` : '';

  const created = await client.sessions.create(config.params, { signal });
  io.setOutput('session-uuid', created.session_uuid);
  io.setOutput('api-id', created.api_id);
  io.setOutput('recipient-masked', recipientMasked);
  facts.status = 'in-progress';

  let session: Session | undefined;
  try {
    session = await client.sessions.get(created.session_uuid, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    io.warning(
      `The code was sent, but the session could not be read back (${describe(error)}), so a reused session cannot be ruled out.`,
      'Reuse check failed',
    );
  }
  const reused = session === undefined ? 'unknown' : session.count > 1 ? 'true' : 'false';
  facts.attempts = session?.count;
  facts.status = session?.status ?? 'in-progress';
  io.setOutput('status', facts.status);
  io.setOutput('reused', reused);
  io.info(`Code sent to ${recipientMasked}${who}; session ${created.session_uuid}.`);

  if (reused !== 'false') {
    const earlier = session === undefined ? '' : ` with ${session.count - 1} earlier attempt(s)`;
    const message =
      reused === 'true'
        ? `Plivo reused an open session for ${recipientMasked}${earlier}: a code sent for another run also unlocks this one. Use a concurrency group per approver, or set fail-on-reuse.`
        : `Could not tell whether Plivo reused an open session for ${recipientMasked}.`;
    if (config.failOnReuse) {
      facts.note = 'failed: session reused (fail-on-reuse)';
      io.setFailed(`${message} Failing because fail-on-reuse is true.`);
      return;
    }
    facts.note = reused === 'true' ? 'session reused' : 'reuse unknown';
    io.warning(message, 'Reused Verify session');
  }
  io.notice(`Code sent to ${recipientMasked}${who}. Session: ${created.session_uuid}`, 'Verification code sent');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
