/** A parsed fault: what to do to one API request. */
export interface Fault {
  status?: number;
  delayMs?: number;
  reset?: 'before' | 'after';
  timeout?: boolean;
}

export class FaultSyntaxError extends Error {}

const STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * Parses `status=503`, `delay=200`, `reset-before`, `reset-after`, `timeout`, combined with `;` or `,`
 * (e.g. `delay=100;status=500`).
 */
export function parseFault(spec: string): Fault {
  const fault: Fault = {};
  for (const raw of spec.split(/[;,]/)) {
    const part = raw.trim().toLowerCase();
    if (part === '') continue;
    const [name, value] = part.split('=', 2).map((s) => s.trim());
    if (name === 'status' && value !== undefined && STATUSES.has(Number(value))) fault.status = Number(value);
    else if (name === 'delay' && value !== undefined && /^\d+$/.test(value) && Number(value) <= 120_000)
      fault.delayMs = Number(value);
    else if (name === 'reset-before' && value === undefined) fault.reset = 'before';
    else if (name === 'reset-after' && value === undefined) fault.reset = 'after';
    else if (name === 'timeout' && value === undefined) fault.timeout = true;
    else
      throw new FaultSyntaxError(
        `unknown fault "${part}": use status=429|500|502|503|504, delay=<ms>, reset-before, reset-after or timeout`,
      );
  }
  return fault;
}

export interface FaultRecord {
  time: string;
  method: string;
  path: string;
  operation: string;
  fault: string;
  source: 'header' | 'config';
  /** Whether the request was processed (state changed) before the fault took effect. */
  processed: boolean;
}
