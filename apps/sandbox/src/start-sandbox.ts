import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api-handler.js';
import { appProblems } from './app-config.js';
import { handleControl } from './control-plane.js';
import { FaultSyntaxError } from './faults.js';
import { INBOX_HTML } from './inbox-page.js';
import { DEFAULT_ACCOUNT, type SandboxOptions } from './options.js';
import { createSandboxState } from './sandbox-state.js';
import { BodyTooLargeError, sendError } from './wire.js';

export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:8910` (what a client's `baseUrl` takes). */
  readonly url: string;
  readonly authId: string;
  readonly authToken: string;
  readonly inboxUrl: string;
  close(): Promise<void>;
}

/** Starts the emulator on a real HTTP server. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  for (const app of options.apps ?? []) {
    const problems = appProblems(app);
    if (problems.length > 0) throw new Error(`invalid app ${String(app.app_uuid)}: ${problems.join('; ')}`);
  }
  const state = createSandboxState(options);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = url.pathname;
    let work: Promise<void>;
    if (path.startsWith('/v1/')) work = handleApi(state, req, res, url);
    else if (path.startsWith('/__sandbox/')) work = handleControl(state, req, res, url);
    else if (req.method === 'GET' && (path === '/inbox' || path === '/inbox/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(INBOX_HTML);
      return;
    } else if (req.method === 'GET' && path === '/') {
      res.writeHead(302, { location: '/inbox' });
      res.end();
      return;
    } else {
      req.resume();
      sendError(res, 404, 'not found');
      return;
    }
    work.catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const status =
        error instanceof SyntaxError || error instanceof FaultSyntaxError
          ? 400
          : error instanceof BodyTooLargeError
            ? 413
            : 500;
      sendError(res, status, status === 500 ? 'internal sandbox error' : (error as Error).message);
    });
  });
  server.keepAliveTimeout = 65_000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8910, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Expiry needs no request to happen: sessions run out (and call back) on time.
  const sweeper = setInterval(() => state.engine.sweep(), 1_000);
  sweeper.unref();

  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${shownHost}:${port}`;
  const first = state.accounts[0] ?? DEFAULT_ACCOUNT;
  return {
    url,
    authId: first.authId,
    authToken: first.authToken,
    inboxUrl: `${url}/inbox`,
    close: async () => {
      clearInterval(sweeper);
      state.dispatcher.close();
      state.hub.close();
      for (const socket of state.held) socket.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
