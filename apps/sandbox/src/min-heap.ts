/** A binary min-heap of values ordered by a number fixed at push time. */
export class MinHeap<T> {
  readonly #keys: number[] = [];
  readonly #values: T[] = [];

  get size(): number {
    return this.#keys.length;
  }

  push(key: number, value: T): void {
    const keys = this.#keys;
    const values = this.#values;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[i] = keys[parent] as number;
      values[i] = values[parent] as T;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The smallest key, or undefined when empty. */
  peekKey(): number | undefined {
    return this.#keys[0];
  }

  /** Keeps only the values `keep` accepts (O(n)): how entries that went stale in the middle are let go. */
  retain(keep: (value: T) => boolean): void {
    const keys = this.#keys;
    const values = this.#values;
    let n = 0;
    for (let i = 0; i < keys.length; i += 1) {
      const value = values[i] as T;
      if (!keep(value)) continue;
      keys[n] = keys[i] as number;
      values[n] = value;
      n += 1;
    }
    keys.length = n;
    values.length = n;
    // Floyd's heap construction, in place: O(n), no sort and no copies.
    for (let i = (n >> 1) - 1; i >= 0; i -= 1) this.#siftDown(i);
  }

  #siftDown(start: number): void {
    const keys = this.#keys;
    const values = this.#values;
    const n = keys.length;
    const key = keys[start] as number;
    const value = values[start] as T;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && (keys[right] as number) < (keys[left] as number) ? right : left;
      if ((keys[child] as number) >= key) break;
      keys[i] = keys[child] as number;
      values[i] = values[child] as T;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The value with the smallest key, or undefined when empty. */
  peek(): T | undefined {
    return this.#values[0];
  }

  pop(): T | undefined {
    const keys = this.#keys;
    const values = this.#values;
    if (keys.length === 0) return undefined;
    const top = values[0];
    const lastKey = keys.pop() as number;
    const lastValue = values.pop() as T;
    if (keys.length > 0) {
      keys[0] = lastKey;
      values[0] = lastValue;
      this.#siftDown(0);
    }
    return top;
  }

  clear(): void {
    this.#keys.length = 0;
    this.#values.length = 0;
  }
}
