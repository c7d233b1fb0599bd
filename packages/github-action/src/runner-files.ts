import { statSync } from 'node:fs';
import { ActionFailure } from './action-failure.js';

// The file commands the action writes. GITHUB_STATE is not listed: the action keeps no state between steps.
const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'] as const;

/**
 * Fails before any request when a file command points at a file that does not exist: otherwise the code would be
 * sent and the step would then fail without its `session-uuid` output, and a re-run would send again.
 */
export function checkRunnerFiles(env: Readonly<Record<string, string | undefined>>): void {
  for (const name of RUNNER_FILES) {
    const path = env[name];
    if (path === undefined || path === '') continue; // a hand-run bundle: outputs go to the log
    let isFile = false;
    try {
      isFile = statSync(path).isFile();
    } catch {
      // reported below
    }
    if (!isFile) {
      throw new ActionFailure(
        `${name} points at ${path}, which is not an existing file, so the step could not record its results. Nothing was sent to Plivo.`,
      );
    }
  }
}
