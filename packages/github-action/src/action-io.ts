import * as actions from '@actions/core';
import type { InputName, OutputName } from './action-contract.js';

/** One row of the job summary table: label → value. Never a phone number, an OTP or a token. */
export type SummaryRow = readonly [label: string, value: string];

/**
 * Everything the action does to the runner goes through this interface, so unit tests can record the order of
 * calls (masking first) and the process tests can check the real thing.
 */
export interface ActionIo {
  /** The input's value, trimmed; `''` when not given. */
  getInput(name: InputName): string;
  setSecret(value: string): void;
  setOutput(name: OutputName, value: string): void;
  info(line: string): void;
  warning(message: string, title: string): void;
  notice(message: string, title: string): void;
  setFailed(message: string): void;
  writeSummary(heading: string, rows: readonly SummaryRow[]): Promise<void>;
}

/** The runner-backed implementation (`@actions/core`). */
export function actionsIo(env: NodeJS.ProcessEnv): ActionIo {
  return {
    getInput: (name) => actions.getInput(name),
    setSecret: (value) => actions.setSecret(value),
    setOutput: (name, value) => actions.setOutput(name, value),
    info: (line) => actions.info(line),
    warning: (message, title) => actions.warning(message, { title }),
    notice: (message, title) => actions.notice(message, { title }),
    setFailed: (message) => actions.setFailed(message),
    async writeSummary(heading, rows) {
      // core.summary throws without the file; a hand-run `node dist/index.js` may not have one.
      if (!env.GITHUB_STEP_SUMMARY) return;
      await actions.summary
        .addHeading(heading, 3)
        .addTable([rows.map(([label]) => ({ data: label, header: true })), rows.map(([, value]) => value)])
        .write();
    },
  };
}
