import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The root README promises that `pnpm start` runs this demo; this keeps the promise tested.
const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'start.mjs');

describe('pnpm start demo', () => {
  it('sends, reads the inbox, validates, shows the session verified, keeps serving, and prints no secret', async () => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      while (!out.includes('Ctrl+C to stop')) {
        if (child.exitCode !== null) throw new Error(`demo exited early:\n${out}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(out).toContain('valid: false (Invalid OTP)');
      expect(out).toContain('valid: true (session validated successfully.)');
      expect(out).toContain('status: verified');
      const inbox = /Open the inbox: (http:\/\/127\.0\.0\.1:\d+)\/inbox/.exec(out)?.[1];
      expect(inbox).toBeDefined();
      // Still serving: the inbox has the demo's message, whose code and number the output never showed.
      const { messages } = (await fetch(`${inbox}/__sandbox/messages`).then((r) => r.json())) as {
        messages: Array<{ code: string; recipient: string; session_status: string }>;
      };
      expect(messages[0]?.session_status).toBe('verified');
      expect(out).not.toContain(messages[0]?.code ?? 'missing');
      expect(out).not.toContain(messages[0]?.recipient ?? 'missing');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
