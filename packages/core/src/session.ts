import { z } from 'zod/v4';
import type { ValidationFailureReason } from './validation-reason.js';

/** Amounts are decimal strings on the wire; numbers from odd responses are kept exact as strings. */
const money = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? '0' : String(value)));

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

/** The session statuses Plivo documents (after folding its case variants and aliases). */
export const SESSION_STATUSES = ['in-progress', 'verified', 'expired'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const STATUS_ALIASES: Readonly<Record<string, SessionStatus>> = {
  'in-progress': 'in-progress',
  in_progress: 'in-progress',
  verified: 'verified',
  validated: 'verified',
  expired: 'expired',
};

/** Case variants (`Expired`) and aliases (`validated`) seen in Plivo's docs are folded to the three statuses. */
const status = z.string().transform((value): SessionStatus | (string & {}) => {
  const key = value.trim().toLowerCase();
  return STATUS_ALIASES[key] ?? key;
});

const attemptDetailFields = {
  channel: text,
  attempt_uuid: text,
  status: text,
  time: text,
  brand_name: z.string().nullish(),
  app_hash: z.string().nullish(),
  code_length: z.number().nullish(),
  dtmf: z.number().nullish(),
  fraud_check: z.string().nullish(),
};
export const AttemptDetail = z.looseObject(attemptDetailFields);
const AttemptDetailShape = z.object(attemptDetailFields);
export type AttemptDetail = z.output<typeof AttemptDetailShape>;

const attemptChargeFields = {
  attempt_uuid: text,
  channel: text,
  charge: money,
};
export const AttemptCharge = z.looseObject(attemptChargeFields);
const AttemptChargeShape = z.object(attemptChargeFields);
export type AttemptCharge = z.output<typeof AttemptChargeShape>;

const chargesFields = {
  total_charge: money,
  validation_charge: money,
  attempt_charges: z
    .array(AttemptCharge)
    .nullish()
    .transform((value) => value ?? []),
};
export const Charges = z.looseObject(chargesFields);
const ChargesShape = z.object(chargesFields);
export type Charges = Omit<z.output<typeof ChargesShape>, 'attempt_charges'> & { attempt_charges: AttemptCharge[] };

const sessionFields = {
  api_id: z.string().optional(),
  session_uuid: z.string(),
  app_uuid: text,
  alias: text,
  recipient: text,
  channel: text,
  status,
  count: z.number().nullish(),
  locale: z.string().nullish(),
  requestor_ip: text,
  destination_country_iso2: text,
  destination_network: z.string().nullish(),
  attempt_details: z
    .array(AttemptDetail)
    .nullish()
    .transform((value) => value ?? []),
  charges: Charges.nullish().transform(
    (value) => value ?? { total_charge: '0', validation_charge: '0', attempt_charges: [] },
  ),
  created_at: text,
  updated_at: text,
};

/** A Verify session as returned by get (with `api_id`) and in lists (without). Unknown fields are kept at run time. */
export const Session = z.looseObject(sessionFields);
// The type comes from the same fields without the loose index signature, so `session.staus` does not compile.
const SessionShape = z.object(sessionFields);
/** A Verify session (wire names). `count` is always set. */
export type Session = Omit<z.output<typeof SessionShape>, 'count' | 'attempt_details' | 'charges'> & {
  count: number;
  attempt_details: AttemptDetail[];
  charges: Charges;
};

export const CreateSessionResponse = z.looseObject({
  api_id: z.string(),
  message: z.string(),
  session_uuid: z.string(),
  invalid_number: z.string().optional(),
});
export type CreateSessionResponse = z.output<typeof CreateSessionResponse>;

export const ListMeta = z.looseObject({
  limit: z.number(),
  offset: z.number(),
  next: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  previous: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});

export const ListSessionsResponse = z.looseObject({
  api_id: z.string(),
  meta: ListMeta,
  sessions: z
    .array(Session)
    .nullish()
    .transform((value) => value ?? []),
});
export interface ListSessionsResponse {
  api_id: string;
  meta: z.output<typeof ListMeta>;
  sessions: Session[];
}

export const ValidateSessionBody = z.looseObject({
  api_id: z.string().optional(),
  message: z.string().optional(),
  session_uuid: z.string().optional(),
  error: z.string().optional(),
});

/** The exact text Plivo returns for a correct code; anything else is not a success (see the docs' client rule). */
export const VALIDATED_MESSAGE = 'session validated successfully.';

/**
 * Outcome of `sessions.validate`. A wrong, expired or already-used code is `valid: false`, not an exception;
 * exceptions are kept for auth, network and server failures.
 */
export type ValidateSessionResult =
  | { readonly valid: true; readonly api_id: string; readonly message: string; readonly session_uuid: string }
  | {
      readonly valid: false;
      /** Machine-readable cause (see the README's mapping table); `message` keeps Plivo's text. */
      readonly reason: ValidationFailureReason;
      readonly api_id: string;
      readonly message: string;
      readonly session_uuid: string;
      /** HTTP status of the refusal (400 for a wrong or expired code; 200 when Plivo said no in a 200). */
      readonly status: number;
    };

/** Fills `count` from `attempt_details` when Plivo leaves it out. */
export function normaliseSession(session: z.output<typeof Session>): Session {
  return { ...session, count: session.count ?? session.attempt_details.length } as Session;
}
