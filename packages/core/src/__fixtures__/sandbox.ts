import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of `@plivo-verify/sandbox`'s `startSandbox` these tests use. */
export interface Sandbox {
  readonly url: string;
  readonly authId: string;
  readonly authToken: string;
  close(): Promise<void>;
}

interface SandboxModule {
  startSandbox(options?: Record<string, unknown>): Promise<Sandbox>;
}

// The sandbox's own tests depend on core, so core cannot list the sandbox as a dependency (turbo refuses cycles).
// Its source is loaded by path instead; vitest compiles it like core's own.
const entry = join(dirname(fileURLToPath(import.meta.url)), '../../../../apps/sandbox/src/index.ts');

/** The real sandbox in-process on 127.0.0.1, port 0, plus its control plane. */
export async function startRealSandbox(): Promise<
  Sandbox & {
    control(method: 'GET' | 'POST', name: string, body?: unknown): Promise<Record<string, unknown>>;
    setFault(fault: string, operation?: string): Promise<void>;
    messages(): Promise<unknown[]>;
    requests(operation: string): Promise<unknown[]>;
  }
> {
  const { startSandbox } = (await import(pathToFileURL(entry).href)) as SandboxModule;
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', rateLimit: false });
  const control = async (method: 'GET' | 'POST', name: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/__sandbox/${name}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  return {
    url: sandbox.url,
    authId: sandbox.authId,
    authToken: sandbox.authToken,
    close: () => sandbox.close(),
    control,
    setFault: async (fault, operation) => {
      await control('POST', 'faults', { faults: [{ fault, probability: 1, ...(operation ? { operation } : {}) }] });
    },
    messages: async () => (await control('GET', 'messages')).messages as unknown[],
    requests: async (operation) =>
      ((await control('GET', 'requests')).requests as Array<{ operation: string }>).filter(
        (request) => request.operation === operation,
      ),
  };
}
