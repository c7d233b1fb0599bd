import type { Clock, VerifyClient } from '@plivo-verify/core/pure';
import type { ActionIo } from './action-io.js';
import type { SummaryFacts } from './job-summary.js';

/** What every mode gets: the runner, a core client, time, and the cancellation signal. */
export interface ModeContext {
  readonly io: ActionIo;
  readonly client: VerifyClient;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly startedAt: number;
  /** Facts gathered so far, for the summary written on any exit (failure and cancellation included). */
  readonly facts: { -readonly [K in keyof SummaryFacts]?: SummaryFacts[K] };
}
