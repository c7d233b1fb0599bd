import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './basic-auth.js';
import { type Fault, FaultSyntaxError, parseFault } from './faults.js';
import type { RequestTarget } from './request-target.js';
import { type Operation, RequestRecord, type SandboxState } from './sandbox-state.js';
import type { Answer } from './session-model.js';
import { apiId, BodyTooLargeError, readBody, sendError, sendJson } from './wire.js';

const COLLECTION = /^\/v1\/Account\/([^/]+)\/Verify\/Session\/?$/;
const ITEM = /^\/v1\/Account\/([^/]+)\/Verify\/Session\/([^/]+)\/?$/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const fail = (status: number, error: string, headers?: Record<string, string>): Answer => ({
  status,
  body: { api_id: apiId(), error },
  ...(headers ? { headers } : {}),
});

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

interface ChosenFault {
  fault: Fault;
  spec: string;
  source: 'header' | 'config';
}

/** The request's `X-Sandbox-Fault`, else a configured fault that fires by its probability. */
function chooseFault(state: SandboxState, req: IncomingMessage, operation: Operation): ChosenFault | undefined {
  const header = req.headers['x-sandbox-fault'];
  if (typeof header === 'string' && header.trim() !== '') {
    return { fault: parseFault(header), spec: header.trim(), source: 'header' };
  }
  for (const configured of state.faults) {
    if (configured.operation !== undefined && configured.operation !== operation) continue;
    if (state.random() < configured.probability) {
      return { fault: parseFault(configured.fault), spec: configured.fault, source: 'config' };
    }
  }
  return undefined;
}

/** `/v1/...`: faults and latency first, then Plivo's auth, limits, body rules and semantics. */
export async function handleApi(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
): Promise<void> {
  const path = url.pathname;
  const item = ITEM.exec(path);
  const collection = item ? null : COLLECTION.exec(path);
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
  const operation: Operation = item ? (method === 'POST' ? 'validate' : 'get') : method === 'POST' ? 'create' : 'list';
  const entry = new RequestRecord(state.clock.now(), method, path, operation);
  state.requestLog.push(entry);

  let chosen: ChosenFault | undefined;
  try {
    chosen = chooseFault(state, req, operation);
  } catch (error) {
    req.resume();
    entry.status = 400;
    sendError(res, 400, error instanceof FaultSyntaxError ? error.message : 'bad X-Sandbox-Fault header');
    return;
  }
  const fault = chosen?.fault ?? {};
  if (chosen) {
    entry.fault = chosen.spec;
    state.faultLog.push({
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
  const wait = state.latencyMs + (fault.delayMs ?? 0);
  if (wait > 0) await sleep(wait);
  if (fault.status !== undefined) {
    req.resume();
    entry.status = fault.status;
    const headers: Record<string, string> = fault.status === 429 ? { 'retry-after': '1' } : {};
    sendError(res, fault.status, fault.status === 429 ? 'too many requests' : 'injected server error', headers);
    return;
  }

  const answer = await answerRequest(state, req, url, operation, (item ?? collection)?.[1] ?? '', item?.[2]);
  if (fault.reset === 'after') {
    req.socket.destroy();
    return;
  }
  if (fault.timeout) {
    state.held.add(req.socket);
    req.socket.once('close', () => state.held.delete(req.socket));
    return;
  }
  entry.status = answer.status;
  sendJson(res, answer.status, answer.body, answer.headers);
}

async function answerRequest(
  state: SandboxState,
  req: IncomingMessage,
  url: RequestTarget,
  operation: Operation,
  rawAuthId: string,
  rawSessionUuid: string | undefined,
): Promise<Answer> {
  const account = authenticate(req, state.accounts);
  if (!account || account.authId !== decode(rawAuthId)) {
    req.resume();
    return fail(401, 'authentication failed');
  }
  // Both windows are checked before either records, so a refused request uses up neither.
  const now = state.clock.now();
  const listLimited = state.limits.list && operation === 'list';
  const listWait = listLimited ? state.listWindows.wait(account.authId, now) : 0;
  const accountWait = state.limits.account ? state.accountWindows.wait(account.authId, now) : 0;
  if (listWait > 0 || accountWait > 0) {
    req.resume();
    const error =
      listWait >= accountWait
        ? 'too many requests: the list API allows 20 requests per minute'
        : 'too many requests: the account allows 300 requests per 5 seconds';
    // Whole seconds until the window has room again (never 0: a client must wait at least that long).
    const retryAfter = Math.max(1, Math.ceil(Math.max(listWait, accountWait) / 1000));
    return fail(429, error, { 'retry-after': String(retryAfter) });
  }
  if (listLimited) state.listWindows.record(account.authId, now);
  if (state.limits.account) state.accountWindows.record(account.authId, now);
  const sessionUuid = rawSessionUuid === undefined ? undefined : decode(rawSessionUuid);
  if (rawSessionUuid !== undefined && sessionUuid === undefined) {
    req.resume();
    return fail(400, 'invalid session_uuid');
  }
  const engine = state.engine;
  if (operation === 'list' || operation === 'get') {
    // GET bodies are never parsed: the node SDK sends `""` with a JSON content type.
    req.resume();
    return sessionUuid === undefined
      ? engine.list(account.authId, `/v1/Account/${account.authId}/Verify/Session/`, url.searchParams)
      : engine.get(account.authId, sessionUuid);
  }
  let text: string;
  try {
    text = await readBody(req, state.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return fail(413, `request body larger than ${state.maxBodyBytes} bytes`);
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
  const ip = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  return sessionUuid === undefined
    ? engine.create(account.authId, body, ip)
    : engine.validate(account.authId, sessionUuid, body);
}
