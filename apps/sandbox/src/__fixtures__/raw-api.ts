import { afterEach } from 'vitest';
import type { SandboxOptions } from '../options.js';
import { type RunningSandbox, startSandbox } from '../start-sandbox.js';

export interface RawAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test helper over arbitrary JSON answers
  body: any;
}

/** Raw HTTP against the sandbox: the tests check the wire, not a client's reading of it. */
export function rawApi(sandbox: RunningSandbox) {
  const auth = `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`;
  const base = `${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/`;
  async function call(
    method: string,
    url: string,
    init: { body?: unknown; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<RawAnswer> {
    const headers: Record<string, string> = { authorization: auth, ...init.headers };
    let body: string | undefined = init.raw;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: response.status, headers: response.headers, body: parsed };
  }
  return {
    base,
    auth,
    call,
    create: (body: Record<string, unknown>, headers?: Record<string, string>) =>
      call('POST', base, { body, ...(headers ? { headers } : {}) }),
    validate: (uuid: string, otp: unknown) => call('POST', `${base}${uuid}/`, { body: { otp } }),
    get: (uuid: string) => call('GET', `${base}${uuid}/`),
    list: (query = '') => call('GET', `${base}${query ? `?${query}` : ''}`),
    /** Control-plane calls; writes always go as JSON (the control plane refuses anything else). */
    control: (method: string, path: string, body?: unknown) =>
      call(
        method,
        `${sandbox.url}/__sandbox/${path}`,
        body === undefined && method === 'GET' ? {} : { body: body ?? {} },
      ),
    /** The code the sandbox sent for a session, read from the inbox. */
    async codeOf(uuid: string): Promise<string> {
      const answer = await call('GET', `${sandbox.url}/__sandbox/messages?session_uuid=${uuid}`);
      return answer.body.messages[0].code;
    },
  };
}

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

/** A sandbox on a free port, closed after the test. */
export async function sandboxFor(options: SandboxOptions = {}) {
  const sandbox = await startSandbox({ port: 0, ...options });
  running.push(sandbox);
  return { sandbox, api: rawApi(sandbox) };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 10, 26, 12, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
