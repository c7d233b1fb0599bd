import type { InputIssue } from './input-error.js';
import { phoneVariants } from './phone-variants.js';

/** GitHub user id or login → phone number, as given in the `approver-phones` JSON secret. */
export type ApproverPhones = ReadonlyMap<string, string>;

// Digit runs that look like phone numbers, for masking a value that is not even valid JSON.
const NUMBER_LIKE = /\+?\d[\d\s().-]{5,}\d/g;

/**
 * Every string in the raw `approver-phones` value that could be a phone number, in every spelling. Works on
 * malformed JSON too: masking must not depend on the secret being well-formed.
 */
export function approverPhoneSecrets(raw: string): string[] {
  const found = new Set<string>();
  for (const match of raw.matchAll(NUMBER_LIKE)) for (const variant of phoneVariants(match[0])) found.add(variant);
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null) {
      for (const value of Object.values(parsed)) {
        if (typeof value === 'string') for (const variant of phoneVariants(value)) found.add(variant);
      }
    }
  } catch {
    // Not JSON: the digit runs above are all there is to mask; parseApproverPhones reports the error.
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
 * The approver's number. Ids are tried first (logins can be renamed and re-registered by someone else), then
 * the login, case-insensitively. An all-digit key is an id: a runner login made of digits never matches it, or
 * the user whose login is `583231` would get the number of the user whose id is 583231.
 */
export function resolveApprover(
  phones: ApproverPhones,
  identity: ApproverIdentity,
): { key: string; phone: string } | undefined {
  const loginCanMatch = !(identity.approverIsLogin && /^\d+$/.test(identity.approver));
  const candidates = [identity.approverId, loginCanMatch ? identity.approver : undefined].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
  for (const candidate of candidates) {
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
  // GITHUB_ACTOR_ID is the id of GITHUB_ACTOR; use it only when that is the same user (or the input is an id).
  const sameUser = env.GITHUB_ACTOR !== undefined && env.GITHUB_ACTOR.toLowerCase() === approver.toLowerCase();
  return {
    approver,
    approverId: sameUser ? env.GITHUB_ACTOR_ID : undefined,
    ...(approverInput ? {} : { approverIsLogin: true }),
  };
}
