import {
  type Clock,
  createVerifyClient,
  type Transport,
  VerifyAmbiguousError,
  VerifyError,
} from '@plivo-verify/core/pure';
import { INPUT_NAMES, type InputName, MODES } from './action-contract.js';
import { ActionFailure } from './action-failure.js';
import type { ActionIo } from './action-io.js';
import { InputError } from './input-error.js';
import { writeJobSummary } from './job-summary.js';
import type { ModeContext } from './mode-context.js';
import { readOtp } from './otp-source.js';
import { ignoredInputs, parseInputs, type RawInputs, type RunnerEnv } from './parse-inputs.js';
import { plainIo } from './plain-io.js';
import { runSend } from './run-send.js';
import { runStatus } from './run-status.js';
import { runValidate } from './run-validate.js';
import { runWait } from './run-wait.js';
import { checkRunnerFiles } from './runner-files.js';
import { maskSecrets } from './secret-masking.js';

export interface RunDependencies {
  readonly io: ActionIo;
  readonly env: RunnerEnv;
  readonly transport: Transport;
  readonly clock: Clock;
  /** Aborted on SIGINT/SIGTERM. */
  readonly signal: AbortSignal;
}

/** Per-request timeout: a poll should not hang past the runner's cancellation grace. */
const REQUEST_TIMEOUT_MS = 10_000;

function describeError(error: unknown, progress: ModeContext['progress']): string {
  if (error instanceof InputError) return `Invalid inputs: ${error.message}`;
  if (error instanceof ActionFailure) return error.message;
  const text = VerifyError.isInstance(error)
    ? `Plivo Verify ${error.operation} failed (${error.code}): ${error.message}`
    : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  const sentence = text.replace(/\.$/, '');
  // What happened to the code, by how far the mode got.
  if (progress.phase === 'sent') return `${sentence}. The code was sent (session ${progress.sessionUuid}).`;
  if (progress.phase === 'checking') return `${sentence}. The code was not checked.`;
  if (VerifyAmbiguousError.isInstance(error)) {
    const what = progress.phase === 'validating' ? 'The code may have been checked' : 'A code may have been sent';
    return `${error.message.replace(/\.$/, '')}. ${what}: check the approver's phone or run mode status before trying again.`;
  }
  return text;
}

/** The cancellation message: what happened to the code, by how far the mode got. */
function describeCancel(progress: ModeContext['progress']): string {
  switch (progress.phase) {
    case 'sending':
      return 'Cancelled before the send was answered. A code may have been sent.';
    case 'sent':
      return `Cancelled after the code was sent (session ${progress.sessionUuid}).`;
    case 'checking':
      return 'Cancelled while reading the session (no validate request was made). The code was not checked.';
    case 'validating':
      return 'Cancelled before the code check was answered. The code may have been checked.';
    default:
      return 'Cancelled before the Plivo call finished.';
  }
}

/** The action: read inputs, mask secrets, check everything, then one mode. Never throws; failures end in setFailed. */
export async function run(deps: RunDependencies): Promise<void> {
  const { env, clock, signal } = deps;
  // Text from answers reaches log lines and outputs: none of it may start a workflow command.
  const io = plainIo(deps.io);
  // 1. Read every input and register every secret before a single line is printed.
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, io.getInput(name)])) as Record<InputName, string>;
  const otp = readOtp(raw.otp, raw.mode === 'validate' ? env.GITHUB_EVENT_PATH : undefined);
  maskSecrets(io, {
    authId: raw['auth-id'],
    authToken: raw['auth-token'],
    otp: otp.otp,
    recipient: raw.recipient,
    approverPhones: raw['approver-phones'],
  });

  const startedAt = clock.now();
  // The summary shows the mode only when it is one: an unknown value is whatever was typed (a secret, even).
  const mode = (MODES as readonly string[]).includes(raw.mode) ? raw.mode : '—';
  const facts: ModeContext['facts'] = { mode };
  const progress: ModeContext['progress'] = { phase: 'starting' };
  try {
    // 2. Check every input (core's rules for Plivo fields); nothing has gone over the network yet.
    if (otp.problem !== undefined) throw new InputError([{ input: 'otp', message: `is empty and ${otp.problem}` }]);
    const config = await parseInputs(raw as RawInputs, env, otp.otp);
    for (const name of ignoredInputs(config.mode, raw)) {
      io.warning(`Input ${name} is not used in ${config.mode} mode and was ignored.`, 'Unused input');
    }
    if (otp.from === 'event') io.info('Read the code from the workflow_dispatch inputs (inputs.otp).');
    checkRunnerFiles(env);

    // 3. One mode.
    const client = createVerifyClient({
      authId: config.connection.authId,
      authToken: config.connection.authToken,
      baseUrl: config.connection.apiUrl,
      transport: deps.transport,
      clock,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
    const context: ModeContext = { io, client, clock, signal, startedAt, facts, progress };
    if (config.mode === 'send') await runSend(context, config);
    else if (config.mode === 'wait') await runWait(context, config);
    else if (config.mode === 'validate') await runValidate(context, config);
    else await runStatus(context, config);
  } catch (error) {
    if (signal.aborted) {
      facts.status = 'cancelled';
      facts.note = 'cancelled';
      try {
        io.setOutput('status', 'cancelled');
      } catch {
        // GITHUB_OUTPUT is unusable (checkRunnerFiles says so when it runs): the failure below still reports it.
      }
      io.setFailed(describeCancel(progress));
    } else {
      facts.status ??= 'failed';
      io.setFailed(describeError(error, progress));
    }
  }
  facts.status ??= 'failed';
  try {
    await writeJobSummary(io, {
      status: 'failed',
      ...facts,
      mode: facts.mode ?? mode,
      elapsedMs: clock.now() - startedAt,
    });
  } catch (error) {
    // The summary is a courtesy; the outputs and the exit code are the result.
    io.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
      'Job summary',
    );
  }
}
