import { maskPhoneNumber } from '@plivo-verify/core/pure';
import type { ModeContext } from './mode-context.js';
import { type ActionConfig, samePhone } from './parse-inputs.js';
import { maskLearnedNumber } from './secret-masking.js';

/**
 * Checks the approver's code. With `require-approver-match`, the submitter (the dispatching user) must map to
 * the session's recipient, checked before the code is tried, so a stranger's guess does not use up one of
 * Plivo's 10 validations.
 */
export async function runValidate(
  context: ModeContext,
  config: Extract<ActionConfig, { mode: 'validate' }>,
): Promise<void> {
  const { io, client, signal, facts } = context;
  io.setOutput('session-uuid', config.sessionUuid);
  if (config.mustMatch !== undefined) {
    const session = await client.sessions.get(config.sessionUuid, { signal });
    maskLearnedNumber(io, session.recipient);
    facts.recipientMasked = maskPhoneNumber(session.recipient);
    facts.attempts = session.count;
    io.setOutput('recipient-masked', facts.recipientMasked);
    if (!samePhone(session.recipient, config.mustMatch.phone)) {
      facts.status = String(session.status);
      facts.note = 'submitter is not the recipient';
      io.setOutput('status', facts.status);
      io.setOutput('valid', 'false');
      io.setOutput('reason', 'approver_mismatch');
      io.setFailed(
        `${config.mustMatch.approver} is not the recipient of session ${config.sessionUuid}: only the approver the code was sent to may submit it (require-approver-match). The code was not tried.`,
      );
      return;
    }
  }
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
