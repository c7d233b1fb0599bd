import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
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
});
