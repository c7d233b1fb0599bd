import type { RunningSandbox } from '@plivo-verify/sandbox';

/** Empties the sandbox between tests. Control-plane writes must be JSON (the sandbox refuses what a page could send). */
export async function resetSandbox(sandbox: RunningSandbox): Promise<void> {
  const reset = await fetch(`${sandbox.url}/__sandbox/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!reset.ok) throw new Error(`sandbox reset failed: ${reset.status}`);
}
