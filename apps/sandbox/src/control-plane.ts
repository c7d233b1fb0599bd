import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AppInput, appProblems } from './app-config.js';
import { authenticate, isLoopback } from './basic-auth.js';
import { parseFault } from './faults.js';
import type { GlobalFault } from './options.js';
import type { SandboxState } from './sandbox-state.js';
import { readBody, sendError, sendJson } from './wire.js';

async function readJson(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const text = await readBody(req, limit);
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new SyntaxError('expected a JSON object');
  return parsed as Record<string, unknown>;
}

/** `/__sandbox/...`: inbox data, reset, logs, apps, faults, config and time. Free on loopback. */
export async function handleControl(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (!isLoopback(req.socket.remoteAddress) && !authenticate(req, state.accounts)) {
    req.resume();
    sendError(res, 401, 'the control plane needs Basic auth from non-loopback clients', {
      'www-authenticate': 'Basic realm="plivo-verify-sandbox"',
    });
    return;
  }
  const { engine, dispatcher, clock } = state;
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
  const q = (key: string) => url.searchParams.get(key) ?? undefined;
  const json = () => readJson(req, state.maxBodyBytes);
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
      state.faultLog.length = 0;
      state.requestLog.length = 0;
      state.accountWindows.clear();
      state.listWindows.clear();
      state.hub.publish('reset', {});
      return sendJson(res, 200, { ok: true });
    case 'GET /__sandbox/callbacks':
      if (q('wait') === 'idle') await dispatcher.idle();
      return sendJson(res, 200, { stats: dispatcher.stats(), callbacks: dispatcher.records() });
    case 'GET /__sandbox/apps':
      return sendJson(res, 200, { apps: engine.apps() });
    case 'POST /__sandbox/apps': {
      const body = await json();
      const problems = appProblems(body);
      if (problems.length > 0) return sendError(res, 400, problems.join('; '));
      return sendJson(res, 200, engine.upsertApp(body as AppInput));
    }
    case 'GET /__sandbox/faults':
      return sendJson(res, 200, { configured: state.faults, log: state.faultLog });
    case 'POST /__sandbox/faults': {
      const body = await json();
      const list = Array.isArray(body.faults) ? (body.faults as GlobalFault[]) : [];
      for (const fault of list) parseFault(String(fault.fault));
      state.faults = list.map((fault) => ({ ...fault, probability: Number(fault.probability ?? 1) }));
      return sendJson(res, 200, { configured: state.faults });
    }
    case 'GET /__sandbox/requests':
      return sendJson(res, 200, { requests: state.requestLog });
    case 'GET /__sandbox/config':
      return sendJson(res, 200, {
        latency_ms: state.latencyMs,
        rate_limit: state.limits,
        now: new Date(clock.now()).toISOString(),
      });
    case 'POST /__sandbox/config': {
      const body = await json();
      if (body.latency_ms !== undefined) {
        const latency = body.latency_ms;
        if (typeof latency !== 'number' || !Number.isInteger(latency) || latency < 0 || latency > 60_000) {
          return sendError(res, 400, 'latency_ms: expected an integer from 0 to 60000');
        }
        state.latencyMs = latency;
      }
      const limits = body.rate_limit as { account?: unknown; list?: unknown } | undefined;
      if (typeof limits?.account === 'boolean') state.limits.account = limits.account;
      if (typeof limits?.list === 'boolean') state.limits.list = limits.list;
      return sendJson(res, 200, { latency_ms: state.latencyMs, rate_limit: state.limits });
    }
    case 'POST /__sandbox/clock': {
      const body = await json();
      const advance = Number(body.advance_ms);
      if (!Number.isFinite(advance) || advance < 0) return sendError(res, 400, 'advance_ms (>= 0) is required');
      clock.advance(advance);
      engine.sweep();
      return sendJson(res, 200, { now: new Date(clock.now()).toISOString() });
    }
    case 'GET /__sandbox/events':
      return state.hub.attach(res);
    default:
      req.resume();
      return sendError(res, 404, `no control route ${route}`);
  }
}
