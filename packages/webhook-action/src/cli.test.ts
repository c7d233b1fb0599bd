import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});
