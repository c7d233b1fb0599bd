import type { InputIssue } from './input-error.js';
import { phoneVariants } from './phone-variants.js';

/** GitHub user id or login → phone number, as given in the `approver-phones` JSON secret. */
export type ApproverPhones = ReadonlyMap<string, string>;

// Digit runs that look like phone numbers, for masking a value that is not even valid JSON.
const NUMBER_LIKE = /\+?\d[\d\s().-]{5,}\d/g;

/**
 * Every phone number in the raw `approver-phones` value, in every spelling. When it parses as a JSON object only the
 * values are numbers: the keys are user ids and logins, and a registered key would be starred in every later line
 * and would make the runner drop any output containing it. Anything else (malformed JSON, an array, a value that is
 * not a string) is scanned for digit runs: masking must not depend on the secret being well-formed.
 */
export function approverPhoneSecrets(raw: string): string[] {
  const found = new Set<string>();
  const scan = (text: string) => {
    for (const match of text.matchAll(NUMBER_LIKE)) for (const variant of phoneVariants(match[0])) found.add(variant);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    scan(raw); // parseApproverPhones reports the error
    return [...found];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    scan(raw);
    return [...found];
  }
  for (const value of Object.values(parsed)) {
    if (typeof value === 'string') {
      for (const variant of phoneVariants(value)) found.add(variant);
      scan(value);
    } else {
      scan(JSON.stringify(value) ?? '');
    }
  }
  return [...found];
}

const KEY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/**
 * Parses the JSON map. Error messages name the key, never the value, and never echo the raw text (the runner
 * only masks the whole secret, not the numbers inside it). `checkPhone` is core's recipient rule.
 */
export function parseApproverPhones(
  raw: string,
  checkPhone: (value: string) => string | undefined,
): { phones: ApproverPhones } | { issues: InputIssue[] } {
  const input = 'approver-phones';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      issues: [{ input, message: 'is not valid JSON (expected {"<user id or login>": "+<E.164 number>", …})' }],
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { issues: [{ input, message: 'expected a JSON object mapping GitHub user ids or logins to numbers' }] };
  }
  const issues: InputIssue[] = [];
  const phones = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed)) {
    if (!KEY.test(key)) {
      issues.push({ input, message: `key #${phones.size + issues.length + 1} is not a GitHub user id or login` });
      continue;
    }
    if (typeof value !== 'string') {
      issues.push({ input, message: `the value for "${key}" must be a string like "+14155550100"` });
      continue;
    }
    const problem = checkPhone(value);
    if (problem !== undefined) {
      issues.push({ input, message: `the value for "${key}": ${problem}` });
      continue;
    }
    const normalisedKey = key.toLowerCase();
    if (phones.has(normalisedKey)) {
      issues.push({ input, message: `"${key}" appears twice (logins are compared case-insensitively)` });
      continue;
    }
    phones.set(normalisedKey, value.trim());
  }
  if (phones.size === 0 && issues.length === 0) issues.push({ input, message: 'has no entries' });
  return issues.length > 0 ? { issues } : { phones };
}

export interface ApproverIdentity {
  /** The login or id the approver was named by (`approver` input, else `GITHUB_TRIGGERING_ACTOR`). */
  readonly approver: string;
  /** The numeric id of that user, when the runner told us (`GITHUB_ACTOR_ID` belongs to `GITHUB_ACTOR`). */
  readonly approverId?: string | undefined;
  /** True when `approver` is a login from the runner, never an id (the `approver` input may be either). */
  readonly approverIsLogin?: boolean;
}

/**
 * The identifiers the map is searched for, in order. Ids are tried first (logins can be renamed and re-registered
 * by someone else), then the login, case-insensitively. An all-digit key is an id: a login made of digits never
 * matches it, or the user whose login is `583231` would get the number of the user whose id is 583231.
 */
export function approverCandidates(identity: ApproverIdentity): { id?: string; login?: string } {
  const loginCanMatch = !(identity.approverIsLogin && /^\d+$/.test(identity.approver));
  return {
    ...(identity.approverId ? { id: identity.approverId } : {}),
    ...(loginCanMatch && identity.approver !== '' ? { login: identity.approver } : {}),
  };
}

/** The approver's number, found by `approverCandidates`. */
export function resolveApprover(
  phones: ApproverPhones,
  identity: ApproverIdentity,
): { key: string; phone: string } | undefined {
  const { id, login } = approverCandidates(identity);
  for (const candidate of [id, login]) {
    if (candidate === undefined) continue;
    const phone = phones.get(candidate.toLowerCase());
    if (phone !== undefined) return { key: candidate, phone };
  }
  return undefined;
}

/** Who the approver is, from the `approver` input or the runner's environment. */
export function approverIdentity(
  approverInput: string,
  env: Readonly<Record<string, string | undefined>>,
): ApproverIdentity | undefined {
  const approver = approverInput || env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '';
  if (approver === '') return undefined;
  const same = (login: string | undefined) => login !== undefined && login.toLowerCase() === approver.toLowerCase();
  // GITHUB_ACTOR_ID is the id of GITHUB_ACTOR; use it only when that is the same user (or the input is an id).
  const sameUser = same(env.GITHUB_ACTOR);
  // The approver input naming the triggering user (or the actor) is that user's login, never an id: an all-digit
  // login typed as `approver:` must not pick the entry of the user whose id it spells.
  const isLogin = approverInput === '' || same(env.GITHUB_TRIGGERING_ACTOR) || same(env.GITHUB_ACTOR);
  return {
    approver,
    approverId: sameUser ? env.GITHUB_ACTOR_ID : undefined,
    ...(isLogin ? { approverIsLogin: true } : {}),
  };
}
