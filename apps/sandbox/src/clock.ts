import { MAX_TIME_MS } from './control-schemas.js';

export class ClockRangeError extends Error {}

/** Sandbox time: a base source plus an offset the control plane can move either way (kept a valid date). */
export class SandboxClock {
  #offset = 0;
  readonly #base: () => number;
  constructor(base: () => number = Date.now) {
    this.#base = base;
  }
  now(): number {
    return this.#base() + this.#offset;
  }
  advance(ms: number): void {
    this.set(this.now() + ms);
  }
  /** Sets the current sandbox time (earlier or later); refuses a time no date can show. */
  set(ms: number): void {
    if (!Number.isSafeInteger(ms) || ms < 0 || ms > MAX_TIME_MS) {
      throw new ClockRangeError('the sandbox time must stay between 1970-01-01 and 9999-12-31');
    }
    this.#offset = ms - this.#base();
  }
  /** Back to the base source's time. */
  reset(): void {
    this.#offset = 0;
  }
}
