// Starts the sandbox CLI in a child process, so its CPU time is not the client's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startListeningChild } from './listening-child.mjs';

const CLI = fileURLToPath(new URL('../../apps/sandbox/bin/plivo-verify-sandbox.js', import.meta.url));

export const AUTH_ID = 'MASANDBOX00000000001';
export const AUTH_TOKEN = 'sandbox-auth-token';

/** `{ url, control(path, body?), stop() }` for a sandbox started with the given CLI flags. */
export async function startSandboxProcess(args = []) {
  // Idle keep-alive sockets live 65 s, as behind Plivo's load balancer: with the sandbox's 5 s default a client's
  // idle socket can be closed just as it is reused, and the rows measure clients, not reconnects.
  const config = join(mkdtempSync(join(tmpdir(), 'plivo-verify-bench-')), 'sandbox.json');
  writeFileSync(config, JSON.stringify({ timeouts: { keepAliveMs: 65_000 } }));
  const { child, url } = await startListeningChild([CLI, '--port', '0', '--config', config, ...args]);
  return {
    url,
    async control(path, body) {
      const response = await fetch(`${url}/__sandbox/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status}`);
      return response.json();
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
