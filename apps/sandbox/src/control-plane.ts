import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod/v4';
import { type AppInput, appProblems } from './app-config.js';
import { authenticate, isLoopback } from './basic-auth.js';
import { ClockRangeError } from './clock.js';
import { clockBodySchema, configBodySchema, describeIssues, faultsBodySchema } from './control-schemas.js';
import { DEFAULT_ACCOUNT } from './options.js';
import type { RequestTarget } from './request-target.js';
import { resetState, type SandboxState } from './sandbox-state.js';
import { RequestError, readBody, sendError, sendJson } from './wire.js';

/**
 * A control-plane write's JSON object body. Only `application/json`: a web page can send `text/plain` or a form
 * to any address without asking, but not JSON (that needs a CORS preflight, which the sandbox never grants).
 */
async function readJson(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw new RequestError(415, 'control-plane writes need Content-Type: application/json');
  }
  const text = await readBody(req, limit);
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RequestError(400, 'malformed JSON body');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new RequestError(400, 'the JSON body must be an object');
  }
  return parsed as Record<string, unknown>;
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw new RequestError(400, describeIssues(result.error, schema));
  return result.data;
}

/** `/__sandbox/...`: inbox data, reset, logs, apps, faults, config and time. Free on loopback. */
export async function handleControl(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
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
    case 'GET /__sandbox/info': {
      // What the inbox's empty state shows. The token only when it is the well-known default one: a token the
      // user chose is a secret and never leaves the process.
      const account = state.accounts[0] ?? DEFAULT_ACCOUNT;
      return sendJson(res, 200, {
        auth_id: account.authId,
        auth_token: account.authToken === DEFAULT_ACCOUNT.authToken ? account.authToken : null,
      });
    }
    case 'GET /__sandbox/messages': {
      const filter: { recipient?: string; session_uuid?: string; limit?: number } = {};
      const recipient = q('recipient');
      const sessionUuid = q('session_uuid');
      const limit = q('limit');
      if (recipient !== undefined) filter.recipient = recipient;
      if (sessionUuid !== undefined) filter.session_uuid = sessionUuid;
      // Newest 100 by default (a page, not the whole 2,000-message inbox), up to 2,000 with `limit`.
      if (limit !== undefined && (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > 2_000)) {
        throw new RequestError(400, 'limit: expected an integer from 1 to 2000');
      }
      filter.limit = limit === undefined ? 100 : Number(limit);
      return sendJson(res, 200, { messages: engine.messages(filter) });
    }
    case 'POST /__sandbox/reset':
      await json();
      resetState(state);
      return sendJson(res, 200, {
        ok: true,
        now: new Date(clock.now()).toISOString(),
        latency_ms: state.latencyMs,
        rate_limit: state.limits,
        faults: state.faults,
      });
    case 'GET /__sandbox/callbacks':
      if (q('wait') === 'idle') await dispatcher.idle();
      return sendJson(res, 200, { stats: dispatcher.stats(), callbacks: dispatcher.records() });
    case 'GET /__sandbox/apps':
      return sendJson(res, 200, { apps: engine.apps() });
    case 'POST /__sandbox/apps': {
      const body = await json();
      const problems = appProblems(body);
      if (problems.length > 0) throw new RequestError(400, problems.join('; '));
      return sendJson(res, 200, engine.upsertApp(body as AppInput));
    }
    case 'GET /__sandbox/faults':
      return sendJson(res, 200, { configured: state.faults, log: state.faultLog });
    case 'POST /__sandbox/faults': {
      const { faults } = parse(faultsBodySchema, await json());
      state.faults = faults;
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
      const body = parse(configBodySchema, await json());
      if (body.latency_ms !== undefined) state.latencyMs = body.latency_ms;
      if (body.rate_limit?.account !== undefined) state.limits.account = body.rate_limit.account;
      if (body.rate_limit?.list !== undefined) state.limits.list = body.rate_limit.list;
      return sendJson(res, 200, { latency_ms: state.latencyMs, rate_limit: state.limits });
    }
    case 'POST /__sandbox/clock': {
      const body = parse(clockBodySchema, await json());
      const before = clock.now();
      try {
        if (body.now !== undefined) clock.set(body.now);
        else clock.advance(body.advance_ms ?? 0);
      } catch (error) {
        if (error instanceof ClockRangeError)
          throw new RequestError(400, `${body.now === undefined ? 'advance_ms' : 'now'}: ${error.message}`);
        throw error;
      }
      // Rate windows hold times; moving back would leave them in the future.
      if (clock.now() < before) {
        state.accountWindows.clear();
        state.listWindows.clear();
      }
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
