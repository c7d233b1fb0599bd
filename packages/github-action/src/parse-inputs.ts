import type { CreateSessionParams } from '@plivo-verify/core/pure';
import { PLIVO_API_BASE_URL, phoneDigits } from '@plivo-verify/core/pure';
import { CREATE_FIELD_INPUTS, type InputName, MODES, type Mode, VALIDATE_FIELD_INPUTS } from './action-contract.js';
import {
  type ApproverIdentity,
  type ApproverPhones,
  approverCandidates,
  approverIdentity,
  parseApproverPhones,
  resolveApprover,
} from './approver-phones.js';
import {
  CONNECTION_FIELD_INPUTS,
  checkConnection,
  checkCreateParams,
  checkPhone,
  checkValidateParams,
  type FieldProblem,
} from './core-fields.js';
import { InputError, type InputIssue } from './input-error.js';

export type RawInputs = Readonly<Record<InputName, string>>;
export type RunnerEnv = Readonly<Record<string, string | undefined>>;

export interface Connection {
  readonly authId: string;
  readonly authToken: string;
  readonly apiUrl: string;
}

/** Who a code goes to (send) or who must be the submitter (validate). Phone numbers stay in memory only. */
export interface ResolvedApprover {
  readonly approver: string;
  readonly phone: string;
}

export type ActionConfig =
  | {
      readonly mode: 'send';
      readonly connection: Connection;
      readonly params: CreateSessionParams;
      readonly approver: ResolvedApprover | undefined;
      readonly failOnReuse: boolean;
    }
  | {
      readonly mode: 'wait';
      readonly connection: Connection;
      readonly sessionUuid: string;
      readonly timeoutMs: number;
      readonly pollIntervalMs: number;
      readonly failOnReuse: boolean;
    }
  | {
      readonly mode: 'validate';
      readonly connection: Connection;
      readonly sessionUuid: string;
      readonly otp: string;
      readonly mustMatch: ResolvedApprover | undefined;
      readonly failOnReuse: boolean;
    }
  | { readonly mode: 'status'; readonly connection: Connection; readonly sessionUuid: string };

/** action.yml spells it out too (YAML has no imports); action-contract.test.ts holds the two equal. */
export const DEFAULT_API_URL = PLIVO_API_BASE_URL;
export const DEFAULTS = {
  'api-url': DEFAULT_API_URL,
  'timeout-seconds': '600',
  'poll-interval-seconds': '10',
  // A release gate must not let one code unlock two runs.
  'fail-on-reuse': 'true',
  'require-approver-match': 'true',
} as const satisfies Partial<Record<InputName, string>>;

const MIN_POLL_SECONDS = 5;
// The sandbox on loopback has no bill and no shared rate limit: tests may poll faster.
const MIN_POLL_SECONDS_LOOPBACK = 0.05;
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60; // a job's own limit

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Inputs each mode uses; anything else given is reported as ignored. */
export const INPUTS_BY_MODE: Readonly<Record<Mode, readonly InputName[]>> = {
  send: [...(Object.keys(CREATE_FIELD_INPUTS) as InputName[]), 'approver', 'approver-phones', 'fail-on-reuse'],
  wait: ['session-uuid', 'timeout-seconds', 'poll-interval-seconds', 'fail-on-reuse'],
  validate: ['session-uuid', 'otp', 'approver', 'approver-phones', 'require-approver-match', 'fail-on-reuse'],
  status: ['session-uuid'],
};
const ALWAYS_USED: readonly InputName[] = ['mode', 'auth-id', 'auth-token', 'api-url'];

/** Inputs given a value that the mode does not use (a likely mistake worth a warning). */
export function ignoredInputs(mode: Mode, raw: RawInputs): InputName[] {
  const used = new Set<InputName>([...ALWAYS_USED, ...INPUTS_BY_MODE[mode]]);
  // send: an explicit recipient wins over the approver map.
  if (mode === 'send' && raw.recipient !== '') {
    used.delete('approver');
    used.delete('approver-phones');
  }
  return (Object.keys(raw) as InputName[]).filter(
    (name) => raw[name] !== '' && !used.has(name) && raw[name] !== (DEFAULTS as Record<string, string>)[name],
  );
}

function parseBoolean(raw: RawInputs, name: 'fail-on-reuse' | 'require-approver-match', issues: InputIssue[]): boolean {
  const value = raw[name] === '' ? DEFAULTS[name] : raw[name];
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  issues.push({ input: name, message: 'expected true or false' });
  return false;
}

/** Strict decimal parsing: `10`, `0.5`; not `1e3`, `0x10`, ` 10s` or `-1`. */
function parseSeconds(
  raw: RawInputs,
  name: 'timeout-seconds' | 'poll-interval-seconds',
  range: { min: number; max: number; integer: boolean },
  issues: InputIssue[],
): number {
  const value = raw[name] === '' ? DEFAULTS[name] : raw[name];
  const pattern = range.integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  const number = Number(value);
  if (!pattern.test(value) || number < range.min || number > range.max) {
    const kind = range.integer ? 'a whole number of seconds' : 'a number of seconds';
    issues.push({ input: name, message: `expected ${kind} from ${range.min} to ${range.max}` });
  }
  return number;
}

function parseApiUrl(raw: RawInputs, issues: InputIssue[]): { url: string; loopback: boolean } {
  const value = raw['api-url'] === '' ? DEFAULT_API_URL : raw['api-url'];
  try {
    const url = new URL(value);
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    // Credentials only ever go over TLS, or to this machine (the sandbox in tests).
    if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) {
      return { url: value.replace(/\/+$/, ''), loopback };
    }
  } catch {
    // reported below
  }
  issues.push({ input: 'api-url', message: 'expected an https:// URL (or http://127.0.0.1 for a local sandbox)' });
  return { url: DEFAULT_API_URL, loopback: false };
}

function toInputIssues(problems: readonly FieldProblem[], names: Readonly<Record<string, string>>): InputIssue[] {
  const inputByField = new Map(Object.entries(names).map(([input, field]) => [field, input]));
  return problems.map(({ field, message }) => ({ input: inputByField.get(field) ?? field, message }));
}

function required(raw: RawInputs, name: InputName, why: string, issues: InputIssue[]): string {
  if (raw[name] === '') issues.push({ input: name, message: `is required ${why}` });
  return raw[name];
}

async function resolveFromMap(
  raw: RawInputs,
  env: RunnerEnv,
  issues: InputIssue[],
  why: string,
): Promise<ResolvedApprover | undefined> {
  const identity = approverIdentity(raw.approver, env);
  if (identity === undefined) {
    issues.push({ input: 'approver', message: `is required ${why} (GITHUB_TRIGGERING_ACTOR is not set either)` });
    return undefined;
  }
  if (raw['approver-phones'] === '') {
    issues.push({ input: 'approver-phones', message: `is required ${why}` });
    return undefined;
  }
  const parsed = parseApproverPhones(raw['approver-phones'], checkPhone);
  if ('issues' in parsed) {
    issues.push(...parsed.issues);
    return undefined;
  }
  const found = resolveApprover(parsed.phones, identity);
  if (found === undefined) {
    issues.push({ input: 'approver', message: notFoundMessage(raw, env, identity, parsed.phones) });
    return undefined;
  }
  return { approver: identity.approver, phone: found.phone };
}

/** Why the approver has no entry: who was looked up, by which identifiers (never a number from the map). */
function notFoundMessage(raw: RawInputs, env: RunnerEnv, identity: ApproverIdentity, phones: ApproverPhones): string {
  const { id, login } = approverCandidates(identity);
  const tried = [
    ...(id ? [`user id ${id} (GITHUB_ACTOR_ID)`] : []),
    ...(login ? [`${identity.approverIsLogin ? 'login' : 'id or login'} "${login}"`] : []),
  ];
  const source = raw.approver === '' ? ' (GITHUB_TRIGGERING_ACTOR)' : '';
  let message = `"${identity.approver}"${source} has no entry in approver-phones (tried ${tried.join(', ') || 'nothing'})`;
  if (raw.approver === '') {
    message +=
      '. The map is looked up for the user who triggered this run, so a re-run by another user looks up that user';
  }
  const idKeyed = [...phones.keys()].every((key) => /^\d+$/.test(key));
  if (idKeyed && id === undefined) {
    const actor = env.GITHUB_ACTOR ? ` (it belongs to GITHUB_ACTOR "${env.GITHUB_ACTOR}")` : '';
    message += `. Every key of approver-phones is a user id, and no user id is known for "${identity.approver}": GITHUB_ACTOR_ID is only used for the same user${actor}. Add this user's id to the map, or set approver`;
  }
  return message;
}

/**
 * Turns raw inputs into a checked configuration, or throws an `InputError` naming every bad input. Plivo fields
 * are checked by core's own rules. No network call happens here.
 */
export async function parseInputs(raw: RawInputs, env: RunnerEnv, otp: string): Promise<ActionConfig> {
  const issues: InputIssue[] = [];
  const mode = raw.mode as Mode;
  if (!MODES.includes(mode)) {
    const list = MODES.join(', ');
    const message = raw.mode === '' ? `is required (one of ${list})` : `expected one of ${list}`;
    throw new InputError([{ input: 'mode', message }]);
  }
  const authId = required(raw, 'auth-id', '(your Plivo Auth ID)', issues);
  const authToken = required(raw, 'auth-token', '(your Plivo Auth Token, from a secret)', issues);
  const api = parseApiUrl(raw, issues);
  const connection: Connection = { authId, authToken, apiUrl: api.url };
  if (authId !== '' && authToken !== '') {
    issues.push(...toInputIssues(checkConnection(connection), CONNECTION_FIELD_INPUTS));
  }

  let config: ActionConfig;
  if (mode === 'send') {
    let recipient = raw.recipient;
    let approver: ResolvedApprover | undefined;
    if (recipient === '') {
      approver = await resolveFromMap(raw, env, issues, 'when recipient is not given');
      recipient = approver?.phone ?? '';
    }
    const codeLength = raw['code-length'];
    const params: Record<string, unknown> = {
      recipient,
      app_uuid: raw['app-uuid'] || undefined,
      channel: raw.channel || undefined,
      url: raw['callback-url'] || undefined,
      locale: raw.locale || undefined,
      brand_name: raw['brand-name'] || undefined,
      code_length: codeLength === '' ? undefined : /^\d+$/.test(codeLength) ? Number(codeLength) : codeLength,
    };
    for (const key of Object.keys(params)) if (params[key] === undefined) delete params[key];
    if (recipient !== '') {
      const problems = checkCreateParams(params as CreateSessionParams);
      issues.push(
        ...toInputIssues(
          problems,
          approver ? { 'approver-phones': 'recipient', ...CREATE_FIELD_INPUTS } : CREATE_FIELD_INPUTS,
        ),
      );
    }
    const failOnReuse = parseBoolean(raw, 'fail-on-reuse', issues);
    config = { mode, connection, params: params as CreateSessionParams, approver, failOnReuse };
  } else {
    const sessionUuid = required(raw, 'session-uuid', `in ${mode} mode`, issues);
    const checkedOtp = mode === 'validate' ? otp : '000000';
    if (mode === 'validate' && otp === '') {
      issues.push({
        input: 'otp',
        message: 'is required in validate mode (as the input, or inputs.otp of a workflow_dispatch event)',
      });
    }
    if (sessionUuid !== '' && (mode !== 'validate' || otp !== '')) {
      const problems = checkValidateParams(sessionUuid, checkedOtp);
      issues.push(...toInputIssues(problems, VALIDATE_FIELD_INPUTS));
    }
    if (mode === 'wait') {
      const timeoutSeconds = parseSeconds(
        raw,
        'timeout-seconds',
        { min: 1, max: MAX_TIMEOUT_SECONDS, integer: true },
        issues,
      );
      const min = api.loopback ? MIN_POLL_SECONDS_LOOPBACK : MIN_POLL_SECONDS;
      const pollSeconds = parseSeconds(raw, 'poll-interval-seconds', { min, max: 3600, integer: false }, issues);
      const failOnReuse = parseBoolean(raw, 'fail-on-reuse', issues);
      config = {
        mode,
        connection,
        sessionUuid,
        timeoutMs: timeoutSeconds * 1000,
        pollIntervalMs: pollSeconds * 1000,
        failOnReuse,
      };
    } else if (mode === 'validate') {
      const mustMatchWanted = parseBoolean(raw, 'require-approver-match', issues);
      const mustMatch = mustMatchWanted
        ? await resolveFromMap(raw, env, issues, 'when require-approver-match is true')
        : undefined;
      const failOnReuse = parseBoolean(raw, 'fail-on-reuse', issues);
      config = { mode, connection, sessionUuid, otp, mustMatch, failOnReuse };
    } else {
      config = { mode, connection, sessionUuid };
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return config;
}

/** Same number, whatever the formatting (`+1 415…` vs Plivo's `1415…`). */
export function samePhone(a: string, b: string): boolean {
  return phoneDigits(a) === phoneDigits(b);
}
