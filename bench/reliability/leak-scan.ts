import { inspect } from 'node:util';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
// Core's own list of the spellings a credential can come back in (not public API: read from source).
import { secretForms } from '../../packages/core/src/redact.js';

// Shared by the secret-leak scans of the adapters (n8n node, GitHub Action, webhook service): one recognisable
// account, the secrets derived from it, and every view of a value a user or a log could see.

export const LEAK_AUTH_ID = 'MALEAKTEST0000000001';
export const LEAK_TOKEN = 'LeakTok3n-Zq8Wx7Vy6Ut5';
/** Full number, digits only; `+${LEAK_PHONE}` is the E.164 form. */
export const LEAK_PHONE = '14155550123';
/** A code nobody was sent, typed by the caller (it must not be echoed either). */
export const LEAK_WRONG_OTP = '73917468';
/** The sandbox's default app, set to 8-digit codes so a code cannot match by chance. */
export const LEAK_APP = {
  app_uuid: '00000000-0000-4000-8000-000000000001',
  alias: 'default_verify_app',
  code_length: 8,
};

/**
 * Every secret in every spelling a leak would show: the token and Basic credentials in each form core redacts
 * (raw, URL-encoded, base64 padded or not, URL-safe), the full number, the codes.
 */
export function leakSecrets(codes: readonly string[]): string[] {
  return [...secretForms(LEAK_AUTH_ID, LEAK_TOKEN), LEAK_PHONE, LEAK_WRONG_OTP, ...codes.filter((code) => code !== '')];
}

/** `label: secret` for each secret found in a surface's text. */
export function findLeaks(surfaces: ReadonlyArray<readonly [string, string]>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const [label, text] of surfaces) {
    for (const secret of secrets) if (text.includes(secret)) found.push(`${label}: ${secret}`);
  }
  return found;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `(JSON failed: ${String(error)})`;
  }
}

/**
 * Every view of a thrown value: its string, stack, JSON, util.inspect with hidden fields, and walked by hand
 * (n8n errors keep `description`, `context`, `cause`, `errorResponse` and `messages` besides the message).
 */
export function errorViews(error: unknown): string {
  const views: string[] = [String(error), safeJson(error), inspect(error, { depth: null, showHidden: true })];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const record = current as Record<string, unknown>;
    views.push(String(record.stack ?? ''), String(record.message ?? ''), String(record.description ?? ''));
    for (const key of ['context', 'errorResponse', 'messages', 'extra', 'tags', 'response']) {
      if (record[key] !== undefined) views.push(safeJson(record[key]), inspect(record[key], { depth: null }));
    }
    current = record.cause;
  }
  return views.join('\n');
}

/** Sets (or with `[]` clears) the sandbox's global faults, e.g. `[{ fault: 'status=503' }]`. */
export async function setSandboxFaults(sandboxUrl: string, faults: ReadonlyArray<{ fault: string }>): Promise<void> {
  const response = await fetch(`${sandboxUrl}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  if (!response.ok) throw new Error(`setting sandbox faults failed: ${response.status} ${await response.text()}`);
}

/** The code the sandbox sent for a session (its inbox). */
export async function sandboxCodeFor(sandboxUrl: string, sessionUuid: string): Promise<string> {
  const { messages } = (await fetch(`${sandboxUrl}/__sandbox/messages?session_uuid=${sessionUuid}`).then((r) =>
    r.json(),
  )) as { messages: Array<{ code: string }> };
  const code = messages[0]?.code;
  if (code === undefined) throw new Error(`no code in the sandbox inbox for ${sessionUuid}`);
  return code;
}

/** Plivo failing: 429 (retried, then surfaced), 5xx, the connection reset before or after processing. */
export const PLIVO_FAULTS = ['status=429', 'status=500', 'status=503', 'reset-before', 'reset-after'] as const;

/** Runs `scan` once per Plivo fault, with that fault set on every request of the sandbox (then cleared). */
export async function withEachFault(sandboxUrl: string, scan: (fault: string) => Promise<unknown>): Promise<void> {
  for (const fault of PLIVO_FAULTS) {
    await setSandboxFaults(sandboxUrl, [{ fault }]);
    try {
      await scan(fault);
    } finally {
      await setSandboxFaults(sandboxUrl, []);
    }
  }
}

/** Every code the sandbox sent (fault runs that processed a create sent codes too: they are secrets as well). */
export async function allSentCodes(sandboxUrl: string): Promise<string[]> {
  const { messages } = (await fetch(`${sandboxUrl}/__sandbox/messages?limit=2000`).then((r) => r.json())) as {
    messages: Array<{ code: string }>;
  };
  return messages.map((message) => message.code);
}

/** The leak account's sandbox (8-digit codes, no rate limit) and one that knows another token (every call a 401). */
export async function startLeakSandboxes(): Promise<{ sandbox: RunningSandbox; refusing: RunningSandbox }> {
  const sandbox = await startSandbox({
    port: 0,
    rateLimit: false,
    accounts: [{ authId: LEAK_AUTH_ID, authToken: LEAK_TOKEN }],
    apps: [LEAK_APP],
  });
  const refusing = await startSandbox({
    port: 0,
    rateLimit: false,
    accounts: [{ authId: LEAK_AUTH_ID, authToken: 'x' }],
  });
  return { sandbox, refusing };
}
