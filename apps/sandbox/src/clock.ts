/** Sandbox time: a base source plus an offset the control plane can move forward. */
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
    this.#offset += ms;
  }
}
