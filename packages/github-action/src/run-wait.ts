import { maskPhoneNumber } from '@plivo-verify/core/pure';
import type { ModeContext } from './mode-context.js';
import type { ActionConfig } from './parse-inputs.js';
import { maskLearnedNumber } from './secret-masking.js';
import { isReused, reuseMessage } from './session-reuse.js';
import { knownStatus } from './session-status.js';
import { waitForVerification } from './wait-for-verification.js';

/** Polls until the approver's code is validated elsewhere (e.g. by the submit-code workflow). */
export async function runWait(context: ModeContext, config: Extract<ActionConfig, { mode: 'wait' }>): Promise<void> {
  const { io, client, clock, signal, facts } = context;
  io.setOutput('session-uuid', config.sessionUuid);
  io.info(
    `Waiting for session ${config.sessionUuid} to be verified (timeout ${config.timeoutMs / 1000}s, every ${config.pollIntervalMs / 1000}s).`,
  );
  let masked = ''; // the recipient is registered once, at the first answer, before any line could show it
  let warnedReuse = false;
  const outcome = await waitForVerification({
    timeoutMs: config.timeoutMs,
    intervalMs: config.pollIntervalMs,
    clock,
    signal,
    getSession: async (callSignal) => {
      const polled = await client.sessions.get(config.sessionUuid, { signal: callSignal });
      if (polled.recipient !== masked) {
        masked = polled.recipient;
        maskLearnedNumber(io, masked);
      }
      return polled;
    },
    // Another send added an attempt (same code): a verification may be another run's approver entering it.
    stopWhen: (session) => {
      if (!isReused(session)) return false;
      if (config.failOnReuse) return true;
      if (!warnedReuse) {
        warnedReuse = true;
        io.warning(
          `${reuseMessage(config.sessionUuid, maskPhoneNumber(session.recipient), session.count)} Continuing because fail-on-reuse is false.`,
          'Reused Verify session',
        );
      }
      return false;
    },
    progress: (line) => io.info(line),
  });
  const session = outcome.session;
  if (session !== undefined) {
    facts.recipientMasked = maskPhoneNumber(session.recipient);
    facts.attempts = session.count;
    io.setOutput('recipient-masked', facts.recipientMasked);
    io.setOutput('reused', isReused(session) ? 'true' : 'false');
    if (session.api_id) io.setOutput('api-id', session.api_id);
  }
  const status = outcome.status === 'stopped' ? knownStatus(session?.status) : outcome.status;
  facts.status = status;
  io.setOutput('status', status);
  io.setOutput('valid', outcome.status === 'verified' ? 'true' : 'false');
  const after = `after ${Math.round(outcome.elapsedMs / 1000)}s and ${outcome.polls} poll(s)`;
  switch (outcome.status) {
    case 'verified':
      io.info(`Session ${config.sessionUuid} is verified ${after}.`);
      return;
    case 'expired':
      io.setFailed(`Session ${config.sessionUuid} expired before the code was validated (${after}). Send a new code.`);
      return;
    case 'timeout':
      io.setFailed(
        `Timed out ${after} (timeout-seconds ${config.timeoutMs / 1000}): session ${config.sessionUuid} is still not verified.`,
      );
      return;
    case 'cancelled':
      facts.note = 'cancelled';
      io.setFailed(`Cancelled while waiting for session ${config.sessionUuid} (${after}).`);
      return;
    case 'stopped':
      facts.note = 'failed: session reused (fail-on-reuse)';
      io.setFailed(
        `${reuseMessage(config.sessionUuid, facts.recipientMasked ?? 'the recipient', session?.count ?? 2)} Failing because fail-on-reuse is true: this run is not verified, whatever the session's status.`,
      );
      return;
  }
}
