import { maskPhoneNumber } from '@plivo-verify/core/pure';
import type { ModeContext } from './mode-context.js';
import { type ActionConfig, samePhone } from './parse-inputs.js';
import { maskLearnedNumber } from './secret-masking.js';
import { isReused, reuseMessage } from './session-reuse.js';
import { knownStatus } from './session-status.js';

/**
 * Checks the approver's code. The session is read first (no code is checked yet): a session another send reused
 * is refused with `fail-on-reuse`, and with `require-approver-match` the submitter (the dispatching user) must map
 * to the session's recipient. Both are checked before the code is tried, so a refused run does not use up one of
 * Plivo's 10 validations.
 */
export async function runValidate(
  context: ModeContext,
  config: Extract<ActionConfig, { mode: 'validate' }>,
): Promise<void> {
  const { io, client, signal, facts, progress } = context;
  io.setOutput('session-uuid', config.sessionUuid);
  progress.phase = 'checking';
  const session = await client.sessions.get(config.sessionUuid, { signal });
  maskLearnedNumber(io, session.recipient);
  facts.recipientMasked = maskPhoneNumber(session.recipient);
  facts.attempts = session.count;
  io.setOutput('recipient-masked', facts.recipientMasked);
  const refuse = (reason: string, note: string, message: string): void => {
    facts.status = knownStatus(session.status);
    facts.note = note;
    io.setOutput('status', facts.status);
    io.setOutput('valid', 'false');
    io.setOutput('reason', reason);
    io.setFailed(`${message} The code was not tried.`);
  };
  io.setOutput('reused', isReused(session) ? 'true' : 'false');
  if (isReused(session)) {
    const message = reuseMessage(config.sessionUuid, facts.recipientMasked, session.count);
    if (config.failOnReuse) {
      refuse(
        'session_reused',
        'failed: session reused (fail-on-reuse)',
        `${message} Failing because fail-on-reuse is true.`,
      );
      return;
    }
    io.warning(`${message} Continuing because fail-on-reuse is false.`, 'Reused Verify session');
  }
  if (config.mustMatch !== undefined && !samePhone(session.recipient, config.mustMatch.phone)) {
    refuse(
      'approver_mismatch',
      'submitter is not the recipient',
      `${config.mustMatch.approver} is not the recipient of session ${config.sessionUuid}: only the approver the code was sent to may submit it (require-approver-match).`,
    );
    return;
  }
  progress.phase = 'validating';
  const result = await client.sessions.validate(config.sessionUuid, config.otp, { signal });
  if (result.api_id) io.setOutput('api-id', result.api_id);
  if (result.valid) {
    facts.status = 'verified';
    io.setOutput('status', 'verified');
    io.setOutput('valid', 'true');
    io.info(`Session ${config.sessionUuid} is verified.`);
    return;
  }
  const reason = result.reason;
  // The session's own state where the reason tells it; otherwise the code was just refused.
  facts.status = reason === 'expired' ? 'expired' : reason === 'already_verified' ? 'verified' : 'rejected';
  io.setOutput('status', facts.status);
  facts.note = reason;
  io.setOutput('valid', 'false');
  io.setOutput('reason', reason);
  io.setFailed(`The code was not accepted for session ${config.sessionUuid} (${reason}): ${result.message}`);
}
