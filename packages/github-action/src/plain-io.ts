import type { ActionIo } from './action-io.js';
import { plainText } from './plain-text.js';

// Plivo's request ids are UUIDs; anything else is not passed on to workflows that interpolate outputs into `run:`.
const API_ID = /^[A-Za-z0-9-]{1,100}$/;

/**
 * The runner, with every printed message and output stripped of control characters: text from an answer (an
 * error message, a status) can never start a line of its own, so it can never be read as a workflow command.
 * Secrets are registered as given (the runner must match them exactly).
 */
export function plainIo(io: ActionIo): ActionIo {
  return {
    getInput: (name) => io.getInput(name),
    setSecret: (value) => io.setSecret(value),
    setOutput: (name, value) => {
      const plain = plainText(value);
      io.setOutput(name, name === 'api-id' && !API_ID.test(plain) ? '' : plain);
    },
    info: (line) => io.info(plainText(line)),
    warning: (message, title) => io.warning(plainText(message), plainText(title)),
    notice: (message, title) => io.notice(plainText(message), plainText(title)),
    setFailed: (message) => io.setFailed(plainText(message)),
    writeSummary: (heading, rows) => io.writeSummary(heading, rows),
  };
}
