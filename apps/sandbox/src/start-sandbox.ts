import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api-handler.js';
import { handleControl } from './control-plane.js';
import { hostAllowed } from './host-guard.js';
import { FAVICON_SVG, INBOX_HTML } from './inbox-page.js';
import { DEFAULT_ACCOUNT, type SandboxOptions } from './options.js';
import { checkSandboxOptions } from './options-schema.js';
import { requestTarget } from './request-target.js';
import { createSandboxState, type SandboxState } from './sandbox-state.js';
import { BodyTooLargeError, RequestError, sendError } from './wire.js';

export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:8910` (what a client's `baseUrl` takes). */
  readonly url: string;
  readonly authId: string;
  readonly authToken: string;
  readonly inboxUrl: string;
  close(): Promise<void>;
}

/** Routes one request: Plivo's API, the control plane and the inbox (those two only for allowed Host names). */
async function route(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = requestTarget(req.url);
  const path = url.pathname;
  if (path.startsWith('/v1/')) return handleApi(state, req, res, url);
  const local =
    path.startsWith('/__sandbox/') ||
    path === '/inbox' ||
    path === '/inbox/' ||
    path === '/favicon.ico' ||
    path === '/';
  if (local && !hostAllowed(req.headers.host, state.allowedHosts)) {
    req.resume();
    return sendError(
      res,
      403,
      `Host ${req.headers.host} is not allowed here: use an IP address or localhost, or start the sandbox with allowedHosts`,
    );
  }
  if (path.startsWith('/__sandbox/')) return handleControl(state, req, res, url);
  req.resume();
  if (req.method === 'GET' && (path === '/inbox' || path === '/inbox/')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(INBOX_HTML);
  } else if (req.method === 'GET' && path === '/favicon.ico') {
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400' });
    res.end(FAVICON_SVG);
  } else if (req.method === 'GET' && path === '/') {
    res.writeHead(302, { location: '/inbox' });
    res.end();
  } else sendError(res, 404, 'not found');
}

/** Starts the emulator on a real HTTP server. */
export async function startSandbox(input: SandboxOptions = {}): Promise<RunningSandbox> {
  // Refused before anything listens: a `SandboxOptionsError` names each bad key (a typo would otherwise be ignored).
  const options = checkSandboxOptions(input);
  const state = createSandboxState(options);

  // Timeouts for a local test server: a client gets 10 s for its headers and 30 s for its whole request, an idle
  // keep-alive connection is closed after 65 s (longer than clients keep idle sockets, so a reused socket is never
  // closed under a request); at most 1,000 connections at once (SSE clients included).
  const timeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 65_000, ...options.timeouts };
  const server = createServer(
    {
      headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // How often the request timeouts are checked (Node's default, 30 s, would let a slow client overstay).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs, timeouts.requestMs),
    },
    (req, res) => {
      // Every failure ends in an answer: a caller's mistake with its status, a bug as Plivo's 500 shape; the
      // server stays up either way.
      route(state, req, res).catch((error: unknown) => {
        if (res.headersSent || res.destroyed) {
          res.destroy();
          return;
        }
        req.resume();
        if (error instanceof RequestError) sendError(res, error.status, error.message);
        else if (error instanceof BodyTooLargeError)
          sendError(res, 413, `request body larger than ${state.maxBodyBytes} bytes`);
        else sendError(res, 500, 'internal sandbox error');
      });
    },
  );
  server.maxConnections = options.maxConnections ?? 1_000;

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
