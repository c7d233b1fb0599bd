import type { CallbackJob } from './callback-dispatcher.js';
import { CHANNEL_VOCABULARY } from './channel-vocabulary.js';
import type { SandboxClock } from './clock.js';
import { countryOf } from './country.js';
import { filterMatches, listAnswer, parseListQuery, windowMatches } from './list-query.js';
import { MinHeap } from './min-heap.js';
import { PRICE_MICROS } from './money.js';
import { completeApp, DEFAULT_APP, type SandboxAccount, type SandboxApp } from './options.js';
import { randomDigits, uuidV4 } from './random-ids.js';
import { RingLog } from './ring-log.js';
import { lowerBound, SessionIndex, upperBound } from './session-index.js';
import {
  type Answer,
  type Attempt,
  fail,
  normaliseRecipient,
  type SessionStatus,
  type StoredSession,
  sessionView,
} from './session-model.js';
import { SessionTally } from './session-tally.js';
import { apiId, plainTime, timestamp } from './wire.js';

/** A message as /__sandbox/messages shows it. */
export interface InboxEntry {
  id: string;
  session_uuid: string;
  attempt_uuid: string;
  recipient: string;
  channel: 'sms' | 'voice';
  text: string;
  code: string;
  app_uuid: string;
  time: string;
  session_status: string;
}

/** One sent message: everything it shows is read from its session and attempt when someone asks (no copy kept). */
interface SentMessage {
  readonly session: StoredSession;
  readonly attempt: Attempt;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_MESSAGES = 2_000;
/** Create fields Plivo takes as strings only: an object or a number there is a 400, not "[object Object]". */
const STRING_FIELDS = [
  'channel',
  'url',
  'method',
  'locale',
  'brand_name',
  'app_hash',
  'fraud_check',
  'app_uuid',
] as const;

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

export interface EngineEvents {
  onMessage(sessionUuid: string): void;
  onSessionChange(sessionUuid: string): void;
  onCallback(job: CallbackJob): void;
}

export interface EngineConfig {
  accounts: SandboxAccount[];
  apps: SandboxApp[];
  reuseKey: 'recipient' | 'recipient+app';
  blockedCountries: string[];
  retentionMs: number;
  maxSessions: number;
}

/** Plivo Verify's session semantics, independent of HTTP. */
export class VerifyEngine {
  readonly #clock: SandboxClock;
  readonly #events: EngineEvents;
  readonly #config: EngineConfig;
  readonly #sessions = new Map<string, StoredSession>();
  readonly #messages = new RingLog<SentMessage>(MAX_MESSAGES);
  #apps = new Map<string, SandboxApp>();
  /** In-progress sessions by expiry time; ended sessions by end time (for retention). */
  readonly #expiring = new MinHeap<StoredSession>();
  readonly #ended = new MinHeap<StoredSession>();
  readonly #byAccount = new Map<string, SessionIndex>();
  readonly #byRecipient = new Map<string, SessionIndex>();
  readonly #tallies = new Map<string, SessionTally>();

  constructor(config: EngineConfig, clock: SandboxClock, events: EngineEvents) {
    this.#config = config;
    this.#clock = clock;
    this.#events = events;
    this.resetApps();
  }

  resetApps(): void {
    this.#apps = new Map([[DEFAULT_APP.app_uuid, { ...DEFAULT_APP }]]);
    for (const app of this.#config.apps) this.#apps.set(app.app_uuid, app);
  }

  apps(): SandboxApp[] {
    return [...this.#apps.values()];
  }

  upsertApp(input: Partial<SandboxApp> & { app_uuid: string }): SandboxApp {
    const app = completeApp({ ...this.#apps.get(input.app_uuid), ...input });
    this.#apps.set(app.app_uuid, app);
    return app;
  }

  reset(): void {
    this.#sessions.clear();
    this.#expiring.clear();
    this.#ended.clear();
    this.#byAccount.clear();
    this.#byRecipient.clear();
    this.#tallies.clear();
    this.#messages.clear();
    this.resetApps();
  }

  account(authId: string): SandboxAccount | undefined {
    return this.#config.accounts.find((account) => account.authId === authId);
  }

  get sessionCount(): number {
    return this.#sessions.size;
  }

  /** Moves sessions whose code has run out to `expired` (with their callback), and forgets ended ones past retention. */
  sweep(): void {
    const now = this.#clock.now();
    this.#expireDue(now);
    this.#prune(now);
  }

  #expireDue(now: number): void {
    while ((this.#expiring.peekKey() ?? Number.POSITIVE_INFINITY) <= now) {
      const session = this.#expiring.pop() as StoredSession;
      if (!session.dropped) this.#expireIfDue(session, now);
    }
  }

  #expireIfDue(session: StoredSession, now: number): void {
    if (session.status !== 'in-progress' || now < session.expiresAt) return;
    session.status = 'expired';
    this.#tallies.get(session.authId)?.moved('in-progress', 'expired');
    session.updated = session.expiresAt;
    this.#ended.push(session.updated, session);
    this.#byRecipient.get(session.recipient)?.removeOpen(session);
    this.#notify(session, 'expired');
  }

  #prune(now: number): void {
    this.#evictOverCap();
    this.#compactHeaps();
    const before = now - this.#config.retentionMs;
    while ((this.#ended.peekKey() ?? Number.POSITIVE_INFINITY) < before) {
      const session = this.#ended.pop() as StoredSession;
      if (!session.dropped) this.#drop(session.session_uuid, session);
    }
  }

  /**
   * Over the cap, drops the oldest 5% in one pass: iterating a Map from its start walks the holes that earlier
   * deletions left, so evicting one session per create would grow quadratic.
   */
  #evictOverCap(): void {
    if (this.#sessions.size <= this.#config.maxSessions) return;
    const target = Math.floor(this.#config.maxSessions * 0.95);
    for (const [uuid, session] of this.#sessions) {
      if (this.#sessions.size <= target) return;
      this.#drop(uuid, session);
    }
  }

  /** Sessions dropped by the cap stay in the time heaps until their time comes; let them go before they pile up. */
  #compactHeaps(): void {
    // The cap drops the oldest sessions, which sit at the top of both heaps: pop those first (cheap), and rebuild
    // a heap only when stale entries in its middle still make it too large.
    while (this.#expiring.peek()?.dropped) this.#expiring.pop();
    while (this.#ended.peek()?.dropped) this.#ended.pop();
    const limit = Math.ceil(this.#sessions.size * 1.125) + 1_024;
    if (this.#expiring.size > limit)
      this.#expiring.retain((session) => !session.dropped && session.status === 'in-progress');
    if (this.#ended.size > limit) this.#ended.retain((session) => !session.dropped);
  }

  #drop(uuid: string, session: StoredSession): void {
    this.#sessions.delete(uuid);
    session.dropped = true;
    this.#tallies.get(session.authId)?.remove(session);
    this.#byAccount.get(session.authId)?.dropped();
    const byRecipient = this.#byRecipient.get(session.recipient);
    byRecipient?.removeOpen(session);
    byRecipient?.dropped();
    if (byRecipient?.live === 0) this.#byRecipient.delete(session.recipient);
  }

  /** Adds a new session to the session map, the expiry heap and its account's and recipient's indexes. */
  #index(session: StoredSession): SessionIndex {
    this.#sessions.set(session.session_uuid, session);
    this.#expiring.push(session.expiresAt, session);
    SessionIndex.in(this.#byAccount, session.authId).add(session);
    this.#tallyOf(session.authId).add(session);
    const byRecipient = SessionIndex.in(this.#byRecipient, session.recipient);
    byRecipient.add(session);
    return byRecipient;
  }

  #tallyOf(authId: string): SessionTally {
    let tally = this.#tallies.get(authId);
    if (tally === undefined) {
      tally = new SessionTally();
      this.#tallies.set(authId, tally);
    }
    return tally;
  }

  /** Every digit uniform, the first too: codes start with 0 one time in ten, as real ones do. */
  #code(length: number): string {
    return randomDigits(length);
  }

  create(authId: string, body: Record<string, unknown>, requestorIp: string): Answer {
    const now = this.#clock.now();
    const recipient = normaliseRecipient(body.recipient);
    if (!present(body.recipient)) return fail(400, 'recipient is required');
    if (recipient === undefined) return fail(400, 'invalid recipient: expected a phone number in E.164 format');

    for (const key of STRING_FIELDS) {
      if (present(body[key]) && typeof body[key] !== 'string') return fail(400, `invalid ${key}: expected a string`);
    }
    const channel = present(body.channel) ? body.channel : 'sms';
    if (channel !== 'sms' && channel !== 'voice') return fail(400, 'invalid channel: allowed values are sms, voice');

    let callback: StoredSession['callback'] = null;
    if (present(body.url)) {
      let ok = false;
      try {
        const parsed = new URL(String(body.url));
        ok = parsed.protocol === 'http:' || parsed.protocol === 'https:';
      } catch {}
      if (!ok) return fail(400, 'invalid url: expected a fully qualified http(s) URL');
      const method = present(body.method) ? String(body.method).toUpperCase() : 'POST';
      if (method !== 'GET' && method !== 'POST') return fail(400, 'invalid method: allowed values are GET, POST');
      callback = { url: String(body.url), method };
    } else if (present(body.method) && !['GET', 'POST'].includes(String(body.method).toUpperCase())) {
      return fail(400, 'invalid method: allowed values are GET, POST');
    }

    const locale = present(body.locale) ? String(body.locale) : 'en';
    if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(locale)) return fail(400, 'invalid locale');

    // 0 and null mean "the app's default" (the .NET SDK always sends 0).
    const rawLength = body.code_length;
    let codeLength: number | undefined;
    if (present(rawLength) && rawLength !== 0) {
      const n = Number(rawLength);
      if (!Number.isInteger(n) || n < 4 || n > 8) return fail(400, 'invalid code_length: allowed values are 4 to 8');
      codeLength = n;
    }

    if (present(body.dtmf) && !Number.isInteger(Number(body.dtmf)))
      return fail(400, 'invalid dtmf: expected an integer');

    const appUuid = present(body.app_uuid) ? String(body.app_uuid) : DEFAULT_APP.app_uuid;
    const app = this.#apps.get(appUuid);
    if (!app) return fail(400, 'invalid app_uuid: no such Verify application');

    const country = countryOf(recipient);
    if (this.#config.blockedCountries.includes(country)) {
      return fail(403, `destination country ${country} is not enabled in geo permissions`);
    }

    // The open session this create reuses: same account and recipient (and app, unless reuseKey is 'recipient').
    let session = this.#byRecipient
      .get(recipient)
      ?.openFor(authId, this.#config.reuseKey === 'recipient' ? undefined : app.app_uuid);
    if (session) {
      this.#expireIfDue(session, now);
      if (session.status !== 'in-progress') session = undefined;
    }
    if (session && session.attempts.length >= session.app.max_attempts) {
      return fail(400, 'maximum attempts reached for this session; wait for the code to expire');
    }

    if (!session) {
      const length = codeLength ?? app.code_length;
      session = {
        session_uuid: uuidV4(),
        authId,
        app,
        recipient,
        code: this.#code(length),
        status: 'in-progress',
        channel,
        locale,
        requestor_ip: requestorIp,
        attempts: [],
        validations: 0,
        validationCharge: 0,
        created: now,
        updated: now,
        expiresAt: now + app.expiry_seconds * 1000,
        callback,
        country,
      };
      this.#index(session).addOpen(session);
      this.#evictOverCap();
    }

    const brandName = present(body.brand_name) ? String(body.brand_name) : app.brand_name;
    const appHash =
      channel === 'sms' ? (present(body.app_hash) ? String(body.app_hash) : (app.app_hash ?? null)) : null;
    const attempt: Attempt = {
      attempt_uuid: uuidV4(),
      channel,
      status: CHANNEL_VOCABULARY[channel].callbackSteps[0],
      channelStatus: CHANNEL_VOCABULARY[channel].callbackSteps[0],
      time: now,
      brand_name: brandName,
      app_hash: appHash,
      code_length: session.code.length,
      dtmf: present(body.dtmf) ? Number(body.dtmf) : null,
      fraud_check: present(body.fraud_check) ? String(body.fraud_check) : null,
      locale,
      charge: PRICE_MICROS[channel],
    };
    // A literal, not push() onto []: an empty array grows to 17 slots, and most sessions keep one attempt.
    if (session.attempts.length === 0) session.attempts = [attempt];
    else session.attempts.push(attempt);
    this.#tallyOf(authId).addAttempt(attempt);
    session.channel = channel;
    session.locale = locale;
    session.updated = now;
    if (callback) session.callback = callback;

    this.#messages.push({ session, attempt });
    this.#events.onMessage(session.session_uuid);
    this.#deliverAttempt(session, attempt);
    return { status: 202, body: { api_id: apiId(), message: 'Session initiated', session_uuid: session.session_uuid } };
  }

  #render(session: StoredSession, attempt: Attempt): string {
    const code = attempt.channel === 'voice' ? session.code.split('').join(' ') : session.code;
    const text = session.app.template.replace(/\$\{(brand_name|brand|code)\}/g, (_match, name: string) =>
      name === 'code' ? code : attempt.brand_name,
    );
    return attempt.app_hash ? `${text}\n\n${attempt.app_hash}` : text;
  }

  /** Walks the attempt through its channel statuses, a callback for each. */
  #deliverAttempt(session: StoredSession, attempt: Attempt): void {
    const { callbackSteps, finishedAttemptStatus } = CHANNEL_VOCABULARY[attempt.channel];
    for (const step of callbackSteps) {
      attempt.channelStatus = step;
      this.#notify(session, session.status, attempt);
    }
    attempt.status = finishedAttemptStatus;
  }

  #notify(session: StoredSession, status: SessionStatus, attempt?: Attempt): void {
    this.#events.onSessionChange(session.session_uuid);
    if (!session.callback) return;
    const last = attempt ?? session.attempts[session.attempts.length - 1];
    if (!last) return;
    const account = this.account(session.authId);
    if (!account) return;
    this.#events.onCallback({
      orderKey: session.session_uuid,
      url: session.callback.url,
      method: session.callback.method,
      token: account.authToken,
      mainToken: account.mainAuthToken ?? this.account(account.parentAuthId ?? '')?.authToken ?? account.authToken,
      params: {
        SessionUUID: session.session_uuid,
        SessionStatus: status,
        Channel: last.channel,
        ChannelStatus: last.channelStatus,
        AttemptSequence: String(session.attempts.indexOf(last) + 1),
        AttemptUUID: last.attempt_uuid,
        Recipient: session.recipient,
        RequestTime: plainTime(last.time),
        ChannelErrorCode: '',
      },
    });
  }

  /** The caller's session, or the 400/404 answer when there is none. */
  #find(authId: string, uuid: string): { session: StoredSession } | { answer: Answer } {
    if (!UUID.test(uuid)) return { answer: fail(400, 'invalid session_uuid') };
    const session = this.#sessions.get(uuid.toLowerCase());
    // Like the list, a main account reaches its subaccounts' sessions; no one else's.
    if (!session || (session.authId !== authId && this.account(session.authId)?.parentAuthId !== authId))
      return { answer: fail(404, 'session not found') };
    this.#expireIfDue(session, this.#clock.now());
    return { session };
  }

  validate(authId: string, uuid: string, body: Record<string, unknown>): Answer {
    const found = this.#find(authId, uuid);
    if ('answer' in found) return found.answer;
    const { session } = found;
    const otp = body.otp ?? body.OTP;
    if (!present(otp) || (typeof otp !== 'string' && typeof otp !== 'number')) return fail(400, 'otp is required');
    if (session.status === 'verified') return fail(400, 'session already validated');
    if (session.status === 'expired') return fail(400, 'session expired: request a new code');
    if (session.validations >= 10) return fail(400, 'maximum validation attempts (10) reached for this session');
    session.validations += 1;
    const now = this.#clock.now();
    if (String(otp).trim() !== session.code) {
      session.updated = now;
      this.#events.onSessionChange(session.session_uuid);
      return fail(400, 'Invalid OTP');
    }
    session.status = 'verified';
    this.#tallies.get(session.authId)?.moved('in-progress', 'verified');
    session.validationCharge = PRICE_MICROS.validation;
    session.updated = now;
    this.#ended.push(now, session);
    this.#byRecipient.get(session.recipient)?.removeOpen(session);
    this.#notify(session, 'verified');
    return {
      status: 200,
      body: { api_id: apiId(), message: 'session validated successfully.', session_uuid: session.session_uuid },
    };
  }

  get(authId: string, uuid: string): Answer {
    const found = this.#find(authId, uuid);
    if ('answer' in found) return found.answer;
    return { status: 200, body: { api_id: apiId(), ...sessionView(found.session) } };
  }

  list(authId: string, basePath: string, query: URLSearchParams): Answer {
    const now = this.#clock.now();
    const parsed = parseListQuery(query, now);
    if ('body' in parsed) return parsed;
    // A main account also sees its subaccounts' sessions; `subaccount` narrows to one of them.
    const children = new Set(
      this.#config.accounts.filter((account) => account.parentAuthId === authId).map((account) => account.authId),
    );
    const accounts =
      parsed.subaccount === undefined
        ? [authId, ...children]
        : children.has(parsed.subaccount) || parsed.subaccount === authId
          ? [parsed.subaccount]
          : [];
    // Codes that ran out since the last sweep are expired first, so a status filter sees every session as it is.
    this.#expireDue(now);
    const wanted = parsed.offset + parsed.limit;
    const page: StoredSession[] = [];
    let seen = 0;
    let more = false;
    /** Counts a match; true once the page is full and one more match shows there is a next page. */
    const take = (session: StoredSession): boolean => {
      if (seen >= wanted) {
        more = true;
        return true;
      }
      if (seen >= parsed.offset) page.push(session);
      seen += 1;
      return false;
    };
    const single = parsed.recipient === undefined && accounts.length === 1 ? (accounts[0] as string) : undefined;
    if (single !== undefined && !parsed.narrowed) {
      // One account, only time bounds: its index is sorted by time and holds only its sessions, so the matches are
      // one contiguous run of it and the page is found by position (no walk, however deep the offset).
      const index = this.#byAccount.get(single);
      if (index !== undefined) {
        const items = index.liveItems();
        const end = upperBound(items, parsed.lt, parsed.lte);
        const start = lowerBound(items, parsed.gt, parsed.gte);
        const first = end - 1 - parsed.offset;
        for (let i = first; i >= start && i > first - parsed.limit; i -= 1) page.push(items[i] as StoredSession);
        more = first - parsed.limit >= start;
      }
      return listAnswer(page, more, parsed, query, basePath);
    }
    // Otherwise one walk from the newest: the recipient's index, else each visible account's, merged by time. For
    // one account its per-value counts bound the walk: a filter value no kept session has needs none, and with one
    // filter the walk ends at its last match.
    const index = single === undefined ? undefined : this.#byAccount.get(single);
    const { most, exact } =
      single === undefined || index === undefined
        ? { most: Number.POSITIVE_INFINITY, exact: false }
        : this.#tallyOf(single).bound(parsed);
    const sources =
      most === 0
        ? []
        : parsed.recipient !== undefined
          ? [this.#byRecipient.get(parsed.recipient)?.items ?? []]
          : accounts.map((id) => this.#byAccount.get(id)?.items ?? []);
    // An account's index holds only its sessions; a recipient's holds every account's.
    const visible = parsed.recipient === undefined ? undefined : new Set(accounts);
    // One source (one account, or the recipient) is read straight down; several are merged by time.
    const one = sources.length === 1 ? (sources[0] as StoredSession[]) : undefined;
    let next = one === undefined ? -1 : one.length - 1;
    const positions = sources.map((items) => items.length - 1);
    let found = 0;
    for (;;) {
      let session: StoredSession;
      if (one !== undefined) {
        if (next < 0) break;
        session = one[next] as StoredSession;
        next -= 1;
        if (session.created < parsed.since) break; // sorted by time: nothing older can match
      } else {
        let pick = -1;
        for (let i = 0; i < sources.length; i += 1) {
          const at = positions[i] as number;
          if (at < 0) continue;
          const candidate = (sources[i] as StoredSession[])[at] as StoredSession;
          if (
            pick === -1 ||
            candidate.created > ((sources[pick] as StoredSession[])[positions[pick] as number] as StoredSession).created
          )
            pick = i;
        }
        if (pick === -1) break;
        session = (sources[pick] as StoredSession[])[positions[pick] as number] as StoredSession;
        positions[pick] = (positions[pick] as number) - 1;
        if (session.created < parsed.since) {
          positions[pick] = -1; // sorted by time: nothing older in this index can match
          continue;
        }
      }
      if (session.dropped || (visible !== undefined && !visible.has(session.authId))) continue;
      if (parsed.narrowed && !filterMatches(parsed, session)) continue;
      found += 1;
      if (windowMatches(parsed, session) && take(session)) break;
      if (exact && found >= most) break; // every session with the value has been seen
    }
    return listAnswer(page, more, parsed, query, basePath);
  }

  /** Inbox messages, newest first, with the session's current status. */
  messages(filter: { recipient?: string; session_uuid?: string; limit?: number }): InboxEntry[] {
    const recipient = filter.recipient === undefined ? undefined : normaliseRecipient(filter.recipient);
    const out: InboxEntry[] = [];
    const limit = filter.limit ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.#messages.length && out.length < limit; i += 1) {
      const message = this.#messages.newest(i);
      if (!message) continue;
      const { session, attempt } = message;
      if (filter.recipient !== undefined && session.recipient !== recipient) continue;
      if (filter.session_uuid !== undefined && session.session_uuid !== filter.session_uuid) continue;
      out.push({
        id: attempt.attempt_uuid,
        session_uuid: session.session_uuid,
        attempt_uuid: attempt.attempt_uuid,
        recipient: session.recipient,
        channel: attempt.channel,
        text: this.#render(session, attempt),
        code: session.code,
        app_uuid: session.app.app_uuid,
        time: timestamp(attempt.time),
        session_status: session.dropped ? 'pruned' : session.status,
      });
    }
    return out;
  }
}
