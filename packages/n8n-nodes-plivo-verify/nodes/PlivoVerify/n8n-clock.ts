import type { Clock } from '@plivo-verify/core/pure';
import { sleepWithAbort } from 'n8n-workflow';

/** Core's clock on n8n's own sleep: bundled code may not touch timers directly (n8n Cloud rules). */
export const n8nClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleepWithAbort(ms, signal),
};
