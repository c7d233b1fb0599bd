import type { ActionIo, SummaryRow } from './action-io.js';
import { escapeHtml, plainText } from './plain-text.js';

export interface SummaryFacts {
  readonly mode: string;
  /** Already masked (`+14*****0100`); never the number itself. */
  readonly recipientMasked?: string | undefined;
  readonly status: string;
  readonly attempts?: number | undefined;
  readonly elapsedMs: number;
  readonly note?: string | undefined;
}

/** The job summary: who can read the repository can read it, so it carries no phone number, code or token. */
export async function writeJobSummary(io: ActionIo, facts: SummaryFacts): Promise<void> {
  const rows: SummaryRow[] = [
    ['Mode', facts.mode],
    ['Recipient', facts.recipientMasked ?? '—'],
    ['Status', facts.status],
    ['Attempts', facts.attempts === undefined ? '—' : String(facts.attempts)],
    ['Time', `${(facts.elapsedMs / 1000).toFixed(1)} s`],
  ];
  if (facts.note !== undefined) rows.push(['Note', facts.note]);
  // The summary is rendered as HTML and @actions/core's table does not escape cells: a value from an answer
  // (a status, a message) must not become markup.
  await io.writeSummary(
    'Plivo Verify',
    rows.map(([label, value]) => [label, escapeHtml(plainText(value))] as const),
  );
}
