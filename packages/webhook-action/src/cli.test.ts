import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/plivo-verify-webhook.js', import.meta.url));
const children: ChildProcess[] = [];

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('PLIVO_') && !key.startsWith('WEBHOOK_') && key !== 'REDIS_URL') env[key] = value;
  }
  return { ...env, WEBHOOK_SANDBOX_PORT: '0', ...extra };
}

/** Runs the bin and resolves with its output once `until` matches (or it exits). */
function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  until: RegExp,
): Promise<{ child: ChildProcess; output: () => string; code: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const code = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no match in 20 s; output so far:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output, code });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void code.then(() => {
      clearTimeout(timer);
      resolve({ child, output: () => output, code });
    });
  });
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('plivo-verify-webhook bin', () => {
  it("is what the root `pnpm start` runs (the README's quick start)", () => {
    const root = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(root.scripts.start).toMatch(/node packages\/webhook-action\/bin\/plivo-verify-webhook\.js$/);
  });

  it('without Plivo credentials: embedded sandbox, inbox URL and a dev key; a full curl-style session works', async () => {
    const { child, output, code } = await run(['--port', '0', '--host', '127.0.0.1'], cleanEnv(), /dev api key: \S+\n/);
    const text = output();
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1];
    const inbox = /inbox:\s+(\S+)/.exec(text)?.[1];
    const key = /dev api key: (\S+)/.exec(text)?.[1];
    expect(url && inbox && key).toBeTruthy();
    expect(text).not.toContain('sandbox-auth-token');

    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const sent = await fetch(`${url}/v1/sessions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ recipient: '+14155550100' }),
    });
    expect(sent.status).toBe(201);
    const { session_uuid } = (await sent.json()) as { session_uuid: string };
    expect((await fetch(String(inbox))).status).toBe(200);
    const sandboxUrl = String(inbox).replace(/\/inbox$/, '');
    const { messages } = (await fetch(`${sandboxUrl}/__sandbox/messages?session_uuid=${session_uuid}`).then((r) =>
      r.json(),
    )) as {
      messages: Array<{ code: string }>;
    };
    const checked = await fetch(`${url}/v1/sessions/${session_uuid}/validate`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ otp: messages[0]?.code }),
    });
    expect(await checked.json()).toMatchObject({ valid: true });

    child.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(output()).not.toContain(String(messages[0]?.code));
  });

  it('with real credentials but no API keys it refuses to start, naming the setting and no secret', async () => {
    const env = cleanEnv({ PLIVO_AUTH_ID: 'MAXXXXXXXXXXXXXXXXXX', PLIVO_AUTH_TOKEN: 'cli-secret-token-123' });
    const { output, code } = await run(['--port', '0'], env, /WEBHOOK_API_KEYS/);
    expect(await code).toBe(1);
    expect(output()).toContain('WEBHOOK_API_KEYS');
    expect(output()).not.toContain('cli-secret-token-123');
  });

  it('refuses a Redis it cannot reach at start, naming REDIS_URL and the address, never the password', async () => {
    const closed = await freePort();
    const env = cleanEnv({ REDIS_URL: `redis://user:redis-pass-secret-9@127.0.0.1:${closed}/0` });
    const { output, code } = await run(['--port', '0'], env, /REDIS_URL/);
    expect(await code).toBe(1);
    expect(output()).toContain(`REDIS_URL: cannot reach Redis at 127.0.0.1:${closed}`);
    expect(output()).not.toContain('redis-pass-secret-9');
    const wrong = await run(['--port', '0'], cleanEnv({ REDIS_URL: 'http://user:redis-pass-secret-9@x' }), /REDIS_URL/);
    expect(await wrong.code).toBe(1);
    expect(wrong.output()).toContain('REDIS_URL: expected redis://');
    expect(wrong.output()).not.toContain('redis-pass-secret-9');
  });

  it('names the environment variable, not the option, for bad Plivo settings; refuses a zero account limit', async () => {
    const badId = await run(
      ['--port', '0'],
      cleanEnv({ PLIVO_AUTH_ID: 'not-an-id', PLIVO_AUTH_TOKEN: 'cli-secret-token-123', WEBHOOK_API_KEYS: 'k1234567' }),
      /PLIVO_AUTH_ID/,
    );
    expect(await badId.code).toBe(1);
    expect(badId.output()).toMatch(/plivo-verify-webhook: PLIVO_AUTH_ID: /);
    expect(badId.output()).not.toContain('options.');
    expect(badId.output()).not.toContain('cli-secret-token-123');
    const zero = await run(['--port', '0'], cleanEnv({ WEBHOOK_PLIVO_LIMIT: '0' }), /WEBHOOK_PLIVO_LIMIT/);
    expect(await zero.code).toBe(1);
    expect(zero.output()).toContain('WEBHOOK_PLIVO_LIMIT: expected at least 1');
    const port = await run(['--port', '0'], cleanEnv({ WEBHOOK_SANDBOX_PORT: 'abc' }), /WEBHOOK_SANDBOX_PORT/);
    expect(await port.code).toBe(1);
    expect(port.output()).toContain('WEBHOOK_SANDBOX_PORT: expected a port from 0 to 65535');
  });

  it('warns about settings it does not know (a misspelt name would silently fall back to the sandbox)', async () => {
    const env = cleanEnv({
      PLIVO_AUTHID: 'MAXXXXXXXXXXXXXXXXXX',
      WEBHOOK_API_KEY: 'secret-key-value-1',
      PLIVO_API_URL: 'http://x',
    });
    const { child, output, code } = await run(['--port', '0'], env, /dev api key: \S+\n/);
    child.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(output()).toContain('warning: PLIVO_AUTHID is not a setting of this service; did you mean PLIVO_AUTH_ID?');
    expect(output()).toContain(
      'warning: WEBHOOK_API_KEY is not a setting of this service; did you mean WEBHOOK_API_KEYS?',
    );
    expect(output()).toContain('warning: PLIVO_API_URL is ignored without PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN');
    expect(output()).not.toContain('secret-key-value-1');
  });

  it('a taken default port falls back to a free one; a chosen port that is taken fails, saying what to do', async () => {
    const blocker = await listenOn(8787).catch(() => undefined);
    try {
      const env = cleanEnv();
      delete env.PORT;
      const fallback = await run([], env, /dev api key: \S+\n/);
      const url = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(fallback.output());
      expect(url?.[2]).not.toBe('8787');
      expect((await fetch(`${url?.[1]}/healthz`)).status).toBe(200);
      fallback.child.kill('SIGTERM');
      expect(await fallback.code).toBe(0);
      const chosen = await run(['--port', '8787'], cleanEnv(), /in use/);
      expect(await chosen.code).toBe(1);
      expect(chosen.output()).toContain('port 8787 on 127.0.0.1 is in use: choose another with --port or PORT');
    } finally {
      await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Holds a port, as another program would (if something else already holds it, that does the same job). */
function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
