import { formatMoney } from './money.js';
import type { SandboxApp } from './options.js';
import { apiId, timestamp } from './wire.js';

export type Channel = 'sms' | 'voice';
export type SessionStatus = 'in-progress' | 'verified' | 'expired';

export interface Attempt {
  attempt_uuid: string;
  channel: Channel;
  /** What get/list show. */
  status: string;
  /** The last `ChannelStatus` sent in a callback (see CHANNEL_VOCABULARY). */
  channelStatus: string;
  time: number;
  brand_name: string;
  app_hash: string | null;
  code_length: number;
  dtmf: number | null;
  fraud_check: string | null;
  locale: string;
  /** Micro-dollars. */
  charge: number;
}

/** A session as the sandbox keeps it (times in ms, charges in micro-dollars, the code in clear). */
export interface StoredSession {
  session_uuid: string;
  authId: string;
  app: SandboxApp;
  recipient: string;
  code: string;
  status: SessionStatus;
  channel: Channel;
  locale: string;
  requestor_ip: string;
  attempts: Attempt[];
  validations: number;
  validationCharge: number;
  created: number;
  updated: number;
  expiresAt: number;
  callback: { url: string; method: 'GET' | 'POST' } | null;
  /** ISO 3166 alpha-2 of the recipient (computed once: the list's country filter reads it for every session). */
  country: string;
  /** Forgotten (retention or cap): still referenced by an index until it is compacted. */
  dropped?: boolean;
}

/** What a handler answers: status, JSON body, extra headers. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Plivo's error answer. */
export const fail = (status: number, error: string): Answer => ({ status, body: { api_id: apiId(), error } });

/** Digits of an E.164 number given with or without `+` (URL-decoded `+` may arrive as a space). */
export function normaliseRecipient(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  // Separators only between digits: "-14155550100" or "(+1) ..." is not a number Plivo would take.
  if (!/^\+?\d/.test(text)) return undefined;
  const digits = text.replace(/^\+/, '').replace(/[\s\-().]/g, '');
  return /^[1-9]\d{6,14}$/.test(digits) ? digits : undefined;
}

/** The session object on the wire (get adds `api_id`; list items have none). */
export function sessionView(session: StoredSession): Record<string, unknown> {
  const attemptTotal = session.attempts.reduce((sum, attempt) => sum + attempt.charge, 0);
  return {
    session_uuid: session.session_uuid,
    app_uuid: session.app.app_uuid,
    alias: session.app.alias,
    recipient: session.recipient,
    channel: session.channel,
    status: session.status,
    count: session.attempts.length,
    locale: session.locale,
    requestor_ip: session.requestor_ip,
    destination_country_iso2: session.country,
    destination_network: null,
    attempt_details: session.attempts.map((attempt) => ({
      channel: attempt.channel,
      attempt_uuid: attempt.attempt_uuid,
      status: attempt.status,
      time: timestamp(attempt.time),
      brand_name: attempt.brand_name,
      app_hash: attempt.app_hash ?? '',
      code_length: attempt.code_length,
      dtmf: attempt.dtmf,
      fraud_check: attempt.fraud_check ?? '',
    })),
    charges: {
      total_charge: formatMoney(attemptTotal + session.validationCharge),
      validation_charge: formatMoney(session.validationCharge),
      attempt_charges: session.attempts.map((attempt) => ({
        attempt_uuid: attempt.attempt_uuid,
        channel: attempt.channel,
        charge: formatMoney(attempt.charge),
      })),
    },
    created_at: timestamp(session.created),
    updated_at: timestamp(session.updated),
  };
}
