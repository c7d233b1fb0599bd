import type { Clock, VerifyClient } from '@plivo-verify/core/pure';
import type { ActionIo } from './action-io.js';
import type { SummaryFacts } from './job-summary.js';

/**
 * How far a mode got, so a cancellation or a crash can say what happened to the code: `sending` (a create may be
 * out), `sent` (the create answered: the code went out), `checking` (validate's GET before the code is tried: no
 * code was checked), `validating` (the code may have been checked).
 */
export type Phase = 'starting' | 'sending' | 'sent' | 'checking' | 'validating';

/** What every mode gets: the runner, a core client, time, and the cancellation signal. */
export interface ModeContext {
  readonly io: ActionIo;
  readonly client: VerifyClient;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly startedAt: number;
  /** Facts gathered so far, for the summary written on any exit (failure and cancellation included). */
  readonly facts: { -readonly [K in keyof SummaryFacts]?: SummaryFacts[K] };
  /** Updated by the mode as it goes; read by the cancel and crash messages. */
  readonly progress: { phase: Phase; sessionUuid?: string };
}
