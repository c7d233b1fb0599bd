import { maskPhoneNumber } from '@plivo-verify/core/pure';
import type { ModeContext } from './mode-context.js';
import type { ActionConfig } from './parse-inputs.js';
import { maskLearnedNumber } from './secret-masking.js';
import { knownStatus } from './session-status.js';

/** One GET: the session's status as outputs. Any status is a success; gating is the workflow's decision. */
export async function runStatus(
  context: ModeContext,
  config: Extract<ActionConfig, { mode: 'status' }>,
): Promise<void> {
  const { io, client, signal, facts } = context;
  const session = await client.sessions.get(config.sessionUuid, { signal });
  maskLearnedNumber(io, session.recipient);
  facts.recipientMasked = maskPhoneNumber(session.recipient);
  facts.attempts = session.count;
  facts.status = knownStatus(session.status);
  io.setOutput('session-uuid', config.sessionUuid);
  io.setOutput('status', facts.status);
  io.setOutput('valid', facts.status === 'verified' ? 'true' : 'false');
  io.setOutput('recipient-masked', facts.recipientMasked);
  io.setOutput('api-id', session.api_id);
  io.info(`Session ${config.sessionUuid}: ${facts.status} (${session.count} attempt(s)).`);
}
