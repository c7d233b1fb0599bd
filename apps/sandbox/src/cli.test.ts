import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'plivo-verify-sandbox.js');

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = async (count: number) => {
    while (stdout.split('\n').length <= count) {
      if (child.exitCode !== null) throw new Error(`exited early: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return stdout.split('\n').slice(0, count);
  };
  return { child: child as ChildProcessWithoutNullStreams, lines, exited, output: () => ({ stdout, stderr }) };
}

describe('plivo-verify-sandbox executable', () => {
  it('prints the bound port, credentials and inbox, serves, and stops cleanly on SIGTERM', async () => {
    const proc = run(['--port', '0', '--no-rate-limit']);
    const [first, id, token, inbox] = await proc.lines(4);
    const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(first ?? '');
    expect(match).not.toBeNull();
    expect(Number(match?.[2])).toBeGreaterThan(0);
    expect(id).toBe('auth id:    MASANDBOX00000000001');
    expect(token).toBe('auth token: sandbox-auth-token');
    expect(inbox).toBe(`inbox:      ${match?.[1]}/inbox`);
    const health = await fetch(`${match?.[1]}/__sandbox/health`);
    expect(health.status).toBe(200);
    expect(
      ((await fetch(`${match?.[1]}/__sandbox/config`).then((r) => r.json())) as { rate_limit: unknown }).rate_limit,
    ).toEqual({
      account: false,
      list: false,
    });
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('takes the account from the environment and does not print the chosen token', async () => {
    const secret = 'my-own-sandbox-secret';
    const proc = run(['--port', '0', '--latency-ms', '5'], {
      PLIVO_SANDBOX_AUTH_ID: 'MAMYOWN0000000000001',
      PLIVO_SANDBOX_AUTH_TOKEN: secret,
    });
    const [first, id, token] = await proc.lines(3);
    const url = first?.replace('listening on ', '') ?? '';
    expect(id).toBe('auth id:    MAMYOWN0000000000001');
    expect(token).not.toContain(secret);
    const auth = `Basic ${Buffer.from(`MAMYOWN0000000000001:${secret}`).toString('base64')}`;
    const answer = await fetch(`${url}/v1/Account/MAMYOWN0000000000001/Verify/Session/`, {
      headers: { authorization: auth },
    });
    expect(answer.status).toBe(200);
    proc.child.kill('SIGINT');
    expect(await proc.exited).toBe(0);
    expect(proc.output().stdout).not.toContain(secret);
  });

  it('rejects bad flags with exit code 2 and usage', async () => {
    const proc = run(['--port', 'eighty']);
    expect(await proc.exited).toBe(2);
    expect(proc.output().stderr).toContain('--port expects a whole number');
    expect(proc.output().stderr).toContain('Usage: plivo-verify-sandbox');
  });

  it.each([
    ['a port that is not a number', { port: 'abc' }, ['port: expected an integer from 0 to 65535']],
    [
      'a misspelt key, a negative latency and a text maxSessions',
      { latncyMs: 5, latencyMs: -5, maxSessions: 'x' },
      [
        'unknown field latncyMs (did you mean latencyMs?)',
        'latencyMs: expected an integer from 0 to 60000',
        'maxSessions: expected an integer from 1 to 10000000',
      ],
    ],
    [
      'nested keys',
      { rateLimit: { acount: false }, apps: [{ app_uuid: '11111111-2222-4333-8444-555555555555', code_lenght: 6 }] },
      ['rateLimit: unknown field acount (did you mean account?)', 'apps.0: unknown field code_lenght'],
    ],
  ])('refuses a config file with %s, naming the key, before listening', async (_label, config, messages) => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-config-')), 'config.json');
    writeFileSync(file, JSON.stringify(config));
    const proc = run(['--config', file, '--port', '0']);
    expect(await proc.exited).toBe(2);
    const { stdout, stderr } = proc.output();
    expect(stdout).not.toContain('listening');
    expect(stderr).toContain(`--config ${file}: invalid options: `);
    for (const message of messages) expect(stderr).toContain(message);
  });

  it('a flag overrides the config file, and a port over 65535 is refused', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-config-')), 'config.json');
    writeFileSync(file, JSON.stringify({ port: 1, latencyMs: 60_000 }));
    const proc = run(['--config', file, '--port', '0', '--latency-ms', '0']);
    const [first] = await proc.lines(1);
    expect(first).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const high = run(['--port', '65536']);
    expect(await high.exited).toBe(2);
    expect(high.output().stderr).toContain('--port must be at most 65535');
  });
});
