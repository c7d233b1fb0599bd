import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { CallbackDispatcher } from './callback-dispatcher.js';
import { SandboxClock } from './clock.js';
import { EventHub } from './event-hub.js';
import { type Fault, type FaultRecord, FaultSyntaxError, parseFault } from './faults.js';
import { INBOX_HTML } from './inbox-page.js';
import { completeApp, DEFAULT_ACCOUNT, type GlobalFault, type SandboxOptions } from './options.js';
import { RateBuckets } from './token-bucket.js';
import { type Answer, VerifyEngine } from './verify-engine.js';
import { apiId, BodyTooLargeError, readBody, sendError, sendJson } from './wire.js';

export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:8910` (what a client's `baseUrl` takes). */
  readonly url: string;
  readonly authId: string;
  readonly authToken: string;
  readonly inboxUrl: string;
  close(): Promise<void>;
}

type Operation = 'create' | 'validate' | 'get' | 'list';

interface RequestRecord {
  time: string;
  method: string;
  path: string;
  operation: Operation;
  status: number | null;
  fault: string | null;
}

const COLLECTION = /^\/v1\/Account\/([^/]+)\/Verify\/Session\/?$/;
const ITEM = /^\/v1\/Account\/([^/]+)\/Verify\/Session\/([^/]+)\/?$/;
const MAX_LOG = 5_000;

function isLoopback(address: string | undefined): boolean {
  return (
    address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1' || !!address?.startsWith('127.')
  );
}

function basicAuth(req: IncomingMessage): { user: string; pass: string } | undefined {
  const header = req.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : { user: decoded.slice(0, colon), pass: decoded.slice(colon + 1) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the emulator on a real HTTP server. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const accounts = options.accounts?.length ? options.accounts : [DEFAULT_ACCOUNT];
  const clock = new SandboxClock(options.now);
  const hub = new EventHub();
  const dispatcher = new CallbackDispatcher(options.callbackRetry);
  const random = options.random ?? Math.random;
  const engine = new VerifyEngine(
    {
      accounts,
      apps: (options.apps ?? []).map(completeApp),
      reuseKey: options.reuseKey ?? 'recipient+app',
      blockedCountries: (options.blockedCountries ?? []).map((c) => c.toUpperCase()),
      retentionMs: options.retentionMs ?? 86_400_000,
      maxSessions: options.maxSessions ?? 100_000,
      random,
    },
    clock,
    {
      onMessage: (message) => hub.publish('message', { session_uuid: message.session_uuid }),
      onSessionChange: (session_uuid) => hub.publish('session', { session_uuid }),
      onCallback: (job) => dispatcher.enqueue(job),
    },
  );
  const rate = options.rateLimit ?? true;
  const limits = {
    account: typeof rate === 'boolean' ? rate : (rate.account ?? true),
    list: typeof rate === 'boolean' ? rate : (rate.list ?? true),
  };
  let latencyMs = options.latencyMs ?? 0;
  let globalFaults: GlobalFault[] = options.faults ?? [];
  for (const fault of globalFaults) parseFault(fault.fault);
  const accountBuckets = new RateBuckets(300, 5_000);
  const listBuckets = new RateBuckets(20, 60_000);
  const faultLog: FaultRecord[] = [];
  const requestLog: RequestRecord[] = [];
  const held = new Set<Socket>();
  const maxBody = options.maxBodyBytes ?? 64 * 1024;

  const record = <T>(log: T[], entry: T) => {
    log.push(entry);
    if (log.length > MAX_LOG) log.shift();
  };

  function chooseFault(
    req: IncomingMessage,
    operation: Operation,
  ): { fault: Fault; spec: string; source: 'header' | 'config' } | undefined {
    const header = req.headers['x-sandbox-fault'];
    if (typeof header === 'string' && header.trim() !== '') {
      return { fault: parseFault(header), spec: header.trim(), source: 'header' };
    }
    for (const configured of globalFaults) {
      if (configured.operation !== undefined && configured.operation !== operation) continue;
      if (random() < configured.probability) {
        return { fault: parseFault(configured.fault), spec: configured.fault, source: 'config' };
      }
    }
    return undefined;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const item = ITEM.exec(path);
    const collection = item ? null : COLLECTION.exec(path);
    const pathAuthId = decodeURIComponent((item ?? collection)?.[1] ?? '');
    const method = req.method ?? 'GET';
    if (!item && !collection) {
      req.resume();
      sendError(res, 404, 'not found');
      return;
    }
    if (method !== 'GET' && method !== 'POST') {
      req.resume();
      sendError(res, 405, 'method not allowed', { allow: 'GET, POST' });
      return;
    }
    const operation: Operation = item
      ? method === 'POST'
        ? 'validate'
        : 'get'
      : method === 'POST'
        ? 'create'
        : 'list';
    const entry: RequestRecord = {
      time: new Date(clock.now()).toISOString(),
      method,
      path,
      operation,
      status: null,
      fault: null,
    };
    record(requestLog, entry);

    let chosen: ReturnType<typeof chooseFault>;
    try {
      chosen = chooseFault(req, operation);
    } catch (error) {
      req.resume();
      entry.status = 400;
      sendError(res, 400, error instanceof FaultSyntaxError ? error.message : 'bad X-Sandbox-Fault header');
      return;
    }
    const fault = chosen?.fault ?? {};
    if (chosen) {
      entry.fault = chosen.spec;
      record(faultLog, {
        time: entry.time,
        method,
        path,
        operation,
        fault: chosen.spec,
        source: chosen.source,
        processed: fault.status === undefined && fault.reset !== 'before',
      });
    }
    if (fault.reset === 'before') {
      req.socket.destroy();
      return;
    }
    const wait = latencyMs + (fault.delayMs ?? 0);
    if (wait > 0) await sleep(wait);
    if (fault.status !== undefined) {
      req.resume();
      entry.status = fault.status;
      const headers: Record<string, string> = fault.status === 429 ? { 'retry-after': '1' } : {};
      sendError(res, fault.status, fault.status === 429 ? 'too many requests' : 'injected server error', headers);
      return;
    }

    const answer = await answerApi(req, url, method, operation, pathAuthId, item?.[2]);
    if (fault.reset === 'after') {
      req.socket.destroy();
      return;
    }
    if (fault.timeout) {
      held.add(req.socket);
      req.socket.once('close', () => held.delete(req.socket));
      return;
    }
    entry.status = answer.status;
    sendJson(res, answer.status, answer.body, answer.headers);
  }

  async function answerApi(
    req: IncomingMessage,
    url: URL,
    method: string,
    operation: Operation,
    pathAuthId: string,
    sessionUuid: string | undefined,
  ): Promise<Answer> {
    const fail = (status: number, error: string, headers?: Record<string, string>): Answer => ({
      status,
      body: { api_id: apiId(), error },
      ...(headers ? { headers } : {}),
    });
    const credentials = basicAuth(req);
    const account = credentials ? engine.account(credentials.user) : undefined;
    if (!credentials || !account || account.authToken !== credentials.pass || credentials.user !== pathAuthId) {
      req.resume();
      return fail(401, 'authentication failed');
    }
    const now = clock.now();
    if (limits.list && operation === 'list') {
      const waitMs = listBuckets.take(account.authId, now);
      if (waitMs > 0) {
        req.resume();
        return fail(429, 'too many requests: the list API allows 20 requests per minute', {
          'retry-after': String(Math.ceil(waitMs / 1000)),
        });
      }
    }
    if (limits.account) {
      const waitMs = accountBuckets.take(account.authId, now);
      if (waitMs > 0) {
        req.resume();
        return fail(429, 'too many requests: the account allows 300 requests per 5 seconds', {
          'retry-after': String(Math.ceil(waitMs / 1000)),
        });
      }
    }
    const ip = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const basePath = `/v1/Account/${account.authId}/Verify/Session/`;
    if (method === 'GET') {
      // GET bodies are never parsed: the node SDK sends `""` with a JSON content type.
      req.resume();
      return sessionUuid === undefined
        ? engine.list(account.authId, basePath, url.searchParams)
        : engine.get(account.authId, decodeURIComponent(sessionUuid));
    }
    let text: string;
    try {
      text = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return fail(413, `request body larger than ${maxBody} bytes`);
      throw error;
    }
    let body: Record<string, unknown> = {};
    if (text.trim() !== '') {
      const type = (req.headers['content-type'] ?? '').toLowerCase();
      if (!type.includes('application/json')) return fail(400, 'content type must be application/json');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return fail(400, 'malformed JSON body');
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return fail(400, 'the JSON body must be an object');
      }
      body = parsed as Record<string, unknown>;
    }
    return sessionUuid === undefined
      ? engine.create(account.authId, body, ip)
      : engine.validate(account.authId, decodeURIComponent(sessionUuid), body);
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const text = await readBody(req, maxBody);
    if (text.trim() === '') return {};
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('not an object');
    return parsed as Record<string, unknown>;
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!isLoopback(req.socket.remoteAddress)) {
      const credentials = basicAuth(req);
      const account = credentials ? engine.account(credentials.user) : undefined;
      if (!account || account.authToken !== credentials?.pass) {
        req.resume();
        sendError(res, 401, 'the control plane needs Basic auth from non-loopback clients', {
          'www-authenticate': 'Basic realm="plivo-verify-sandbox"',
        });
        return;
      }
    }
    const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
    const q = (key: string) => url.searchParams.get(key) ?? undefined;
    switch (route) {
      case 'GET /__sandbox/health':
        return sendJson(res, 200, {
          ok: true,
          sessions: engine.sessionCount,
          heap_used_mb: Math.round(process.memoryUsage().heapUsed / 1048576),
        });
      case 'GET /__sandbox/messages': {
        engine.sweep();
        const filter: { recipient?: string; session_uuid?: string } = {};
        const recipient = q('recipient');
        const sessionUuid = q('session_uuid');
        if (recipient !== undefined) filter.recipient = recipient;
        if (sessionUuid !== undefined) filter.session_uuid = sessionUuid;
        return sendJson(res, 200, { messages: engine.messages(filter) });
      }
      case 'POST /__sandbox/reset':
        req.resume();
        engine.reset();
        dispatcher.clear();
        faultLog.length = 0;
        requestLog.length = 0;
        accountBuckets.clear();
        listBuckets.clear();
        hub.publish('reset', {});
        return sendJson(res, 200, { ok: true });
      case 'GET /__sandbox/callbacks':
        if (q('wait') === 'idle') await dispatcher.idle();
        return sendJson(res, 200, { callbacks: dispatcher.records() });
      case 'GET /__sandbox/apps':
        return sendJson(res, 200, { apps: engine.apps() });
      case 'POST /__sandbox/apps': {
        const body = await readJson(req);
        if (typeof body.app_uuid !== 'string' || !/^[0-9a-f-]{36}$/i.test(body.app_uuid)) {
          return sendError(res, 400, 'app_uuid (a UUID) is required');
        }
        return sendJson(res, 200, engine.upsertApp(body as { app_uuid: string }));
      }
      case 'GET /__sandbox/faults':
        return sendJson(res, 200, { configured: globalFaults, log: faultLog });
      case 'POST /__sandbox/faults': {
        const body = await readJson(req);
        const list = Array.isArray(body.faults) ? (body.faults as GlobalFault[]) : [];
        for (const fault of list) parseFault(String(fault.fault));
        globalFaults = list.map((fault) => ({ ...fault, probability: Number(fault.probability ?? 1) }));
        return sendJson(res, 200, { configured: globalFaults });
      }
      case 'GET /__sandbox/requests':
        return sendJson(res, 200, { requests: requestLog });
      case 'GET /__sandbox/config':
        return sendJson(res, 200, {
          latency_ms: latencyMs,
          rate_limit: limits,
          now: new Date(clock.now()).toISOString(),
        });
      case 'POST /__sandbox/config': {
        const body = await readJson(req);
        if (typeof body.latency_ms === 'number' && body.latency_ms >= 0) latencyMs = body.latency_ms;
        const rl = body.rate_limit as { account?: unknown; list?: unknown } | undefined;
        if (typeof rl?.account === 'boolean') limits.account = rl.account;
        if (typeof rl?.list === 'boolean') limits.list = rl.list;
        return sendJson(res, 200, { latency_ms: latencyMs, rate_limit: limits });
      }
      case 'POST /__sandbox/clock': {
        const body = await readJson(req);
        const advance = Number(body.advance_ms);
        if (!Number.isFinite(advance) || advance < 0) return sendError(res, 400, 'advance_ms (>= 0) is required');
        clock.advance(advance);
        engine.sweep();
        return sendJson(res, 200, { now: new Date(clock.now()).toISOString() });
      }
      case 'GET /__sandbox/events':
        return hub.attach(res);
      default:
        req.resume();
        return sendError(res, 404, `no control route ${route}`);
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = url.pathname;
    let work: Promise<void>;
    if (path.startsWith('/v1/')) work = handleApi(req, res, url);
    else if (path.startsWith('/__sandbox/')) work = handleControl(req, res, url);
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
  const sweeper = setInterval(() => engine.sweep(), 1_000);
  sweeper.unref();

  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${shownHost}:${port}`;
  const first = accounts[0] ?? DEFAULT_ACCOUNT;
  return {
    url,
    authId: first.authId,
    authToken: first.authToken,
    inboxUrl: `${url}/inbox`,
    close: async () => {
      clearInterval(sweeper);
      dispatcher.close();
      hub.close();
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
