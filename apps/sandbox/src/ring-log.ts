/** A bounded log: the newest `capacity` entries, O(1) per push (an array's shift() would copy the whole log). */
export class RingLog<T> {
  readonly #items: Array<T | undefined>;
  #next = 0;
  #size = 0;

  constructor(capacity: number) {
    this.#items = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.#size;
  }

  push(entry: T): void {
    this.#items[this.#next] = entry;
    this.#next = (this.#next + 1) % this.#items.length;
    if (this.#size < this.#items.length) this.#size += 1;
  }

  /** The i-th newest entry (0 = newest). */
  newest(i: number): T | undefined {
    if (i < 0 || i >= this.#size) return undefined;
    return this.#items[(this.#next - 1 - i + this.#items.length * 2) % this.#items.length];
  }

  /** Oldest first. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = this.#size - 1; i >= 0; i -= 1) out.push(this.newest(i) as T);
    return out;
  }

  toJSON(): T[] {
    return this.toArray();
  }

  clear(): void {
    this.#items.fill(undefined);
    this.#next = 0;
    this.#size = 0;
  }
}
