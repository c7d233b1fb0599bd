import type { InputName } from '../action-contract.js';
import type { ActionIo } from '../action-io.js';

export type IoCall = { readonly kind: string; readonly value: string };

/** An ActionIo that records every call in order; inputs come from a plain object. */
export function recordingIo(inputs: Partial<Record<InputName, string>>): ActionIo & {
  calls: IoCall[];
  outputs: Record<string, string>;
} {
  const calls: IoCall[] = [];
  const outputs: Record<string, string> = {};
  const record = (kind: string, value: string): void => {
    calls.push({ kind, value });
  };
  return {
    calls,
    outputs,
    getInput: (name) => (inputs[name] ?? '').trim(),
    setSecret: (value) => record('secret', value),
    setOutput: (name, value) => {
      outputs[name] = value;
      record('output', `${name}=${value}`);
    },
    info: (line) => record('info', line),
    warning: (message) => record('warning', message),
    notice: (message) => record('notice', message),
    setFailed: (message) => record('failed', message),
    writeSummary: async (heading, rows) =>
      record('summary', `${heading}: ${rows.map((row) => row.join('=')).join(', ')}`),
  };
}
