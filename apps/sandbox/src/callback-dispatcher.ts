import { signatureHeaders } from './callback-signing.js';

export interface CallbackJob {
  url: string;
  method: 'GET' | 'POST';
  params: Record<string, string>;
  token: string;
  mainToken: string;
}

export interface CallbackRecord {
  id: number;
  url: string;
  method: 'GET' | 'POST';
  params: Record<string, string>;
  attempts: number;
  delivered: boolean;
  /** HTTP status of the last attempt, or null when no answer came. */
  last_status: number | null;
  last_error: string | null;
  created_at: string;
}

const MAX_LOG = 1000;

/**
 * Delivers status callbacks in the background, in order per session URL, retrying failures with backoff.
 * Delivery never blocks an API answer.
 */
export class CallbackDispatcher {
  readonly #log: CallbackRecord[] = [];
  readonly #attempts: number;
  readonly #baseDelayMs: number;
  readonly #timeoutMs: number;
  #nextId = 1;
  // One chain per URL keeps a session's callbacks in order.
  readonly #chains = new Map<string, Promise<void>>();
  #closed = false;

  constructor(options: { attempts?: number; baseDelayMs?: number; timeoutMs?: number } = {}) {
    this.#attempts = options.attempts ?? 4;
    this.#baseDelayMs = options.baseDelayMs ?? 500;
    this.#timeoutMs = options.timeoutMs ?? 5_000;
  }

  enqueue(job: CallbackJob): void {
    const record: CallbackRecord = {
      id: this.#nextId++,
      url: job.url,
      method: job.method,
      params: job.params,
      attempts: 0,
      delivered: false,
      last_status: null,
      last_error: null,
      created_at: new Date().toISOString(),
    };
    this.#log.push(record);
    if (this.#log.length > MAX_LOG) this.#log.shift();
    const previous = this.#chains.get(job.url) ?? Promise.resolve();
    const next = previous.then(() => this.#deliver(job, record));
    this.#chains.set(job.url, next);
    void next.then(() => {
      if (this.#chains.get(job.url) === next) this.#chains.delete(job.url);
    });
  }

  async #deliver(job: CallbackJob, record: CallbackRecord): Promise<void> {
    for (let attempt = 1; attempt <= this.#attempts && !this.#closed; attempt += 1) {
      record.attempts = attempt;
      try {
        const status = await this.#send(job);
        record.last_status = status;
        record.last_error = null;
        if (status >= 200 && status < 300) {
          record.delivered = true;
          return;
        }
      } catch (error) {
        record.last_status = null;
        record.last_error = error instanceof Error ? error.message : String(error);
      }
      if (attempt < this.#attempts)
        await new Promise((resolve) => setTimeout(resolve, this.#baseDelayMs * 2 ** (attempt - 1)));
    }
  }

  async #send(job: CallbackJob): Promise<number> {
    const form = new URLSearchParams(job.params).toString();
    let target = job.url;
    if (job.method === 'GET') target += (job.url.includes('?') ? '&' : '?') + form;
    const headers: Record<string, string> = {
      ...signatureHeaders(job.method, job.url, job.params, job.token, job.mainToken),
      'user-agent': 'PlivoVerifySandbox',
    };
    if (job.method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(target, {
      method: job.method,
      headers,
      ...(job.method === 'POST' ? { body: form } : {}),
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    await response.arrayBuffer();
    return response.status;
  }

  records(): CallbackRecord[] {
    return [...this.#log];
  }

  /** Resolves when every queued delivery has finished (delivered or given up). */
  async idle(): Promise<void> {
    while (this.#chains.size > 0) await Promise.all([...this.#chains.values()]);
  }

  clear(): void {
    this.#log.length = 0;
  }

  close(): void {
    this.#closed = true;
  }
}
