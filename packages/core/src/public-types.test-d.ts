import { describe, expectTypeOf, it } from 'vitest';
import type {
  CallbackEvent,
  ChannelStatus,
  CreateSessionParams,
  FieldIssue,
  ListSessionsFilters,
  RateLimiter,
  ReleaseSlot,
  Session,
  ValidateSessionResult,
  ValidationFailureReason,
  VerifyClient,
  VerifyErrorCode,
} from './index.js';
import { createVerifyClient, VerifyError, VerifyRateLimitError } from './index.js';

declare const client: VerifyClient;

describe('public types', () => {
  it('create takes wire names and returns the session uuid', () => {
    expectTypeOf(client.sessions.create).parameter(0).toEqualTypeOf<CreateSessionParams>();
    // Optional fields also take '' and null (an empty UI field) as "not given".
    expectTypeOf<CreateSessionParams['channel']>().toEqualTypeOf<'sms' | 'voice' | '' | null | undefined>();
    expectTypeOf<CreateSessionParams['method']>().toEqualTypeOf<'GET' | 'POST' | '' | null | undefined>();
    expectTypeOf(client.sessions.create({ recipient: '+14155550100' })).resolves.toHaveProperty('session_uuid');
    // @ts-expect-error recipient is required
    client.sessions.create({ channel: 'sms' });
    // @ts-expect-error channel is sms or voice
    client.sessions.create({ recipient: '1', channel: 'email' });
  });

  it('validate results narrow on valid', () => {
    expectTypeOf(client.sessions.validate).returns.resolves.toEqualTypeOf<ValidateSessionResult>();
    const result = {} as ValidateSessionResult;
    if (result.valid) {
      expectTypeOf(result).not.toHaveProperty('status');
    } else {
      expectTypeOf(result.status).toEqualTypeOf<number>();
    }
  });

  it('list filters keep the double-underscore time names and accept Dates', () => {
    expectTypeOf<ListSessionsFilters['session_time__gte']>().toEqualTypeOf<string | Date | '' | null | undefined>();
    expectTypeOf<ListSessionsFilters['limit']>().toEqualTypeOf<number | '' | null | undefined>();
    // @ts-expect-error the single-underscore spelling is not a filter
    client.sessions.list({ session_time_gt: '2026-11-01 00:00' });
  });

  it('sessions carry typed charges and statuses', () => {
    expectTypeOf<Session['charges']['total_charge']>().toEqualTypeOf<string>();
    expectTypeOf<Session['count']>().toEqualTypeOf<number>();
    expectTypeOf<'verified'>().toMatchTypeOf<Session['status']>();
    const session = {} as Session;
    // @ts-expect-error no index signature: a typo is a compile error
    session.staus;
  });

  it('createVerifyClient needs only credentials; errors narrow by isInstance', () => {
    expectTypeOf(createVerifyClient).parameter(0).toHaveProperty('authId');
    const error: unknown = new Error('x');
    if (VerifyRateLimitError.isInstance(error)) expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
    if (VerifyError.isInstance(error)) {
      expectTypeOf(error.code).toEqualTypeOf<VerifyErrorCode>();
      if (error.code === 'rate_limited') expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
      if (error.code === 'ambiguous') expectTypeOf(error.startedAt).toEqualTypeOf<string>();
      if (error.code === 'validation') expectTypeOf(error.issues).toEqualTypeOf<readonly FieldIssue[]>();
      // @ts-expect-error retryAfterMs is only on rate-limited (and upstream) errors
      error.retryAfterMs;
    }
  });

  it('validate failures carry a reason from a closed set', () => {
    const result = {} as ValidateSessionResult;
    if (!result.valid) expectTypeOf(result.reason).toEqualTypeOf<ValidationFailureReason>();
    expectTypeOf<ValidationFailureReason>().toEqualTypeOf<
      'wrong_code' | 'expired' | 'already_verified' | 'too_many_attempts' | 'unknown'
    >();
  });

  it('callback events have literal statuses and no index signature', () => {
    const event = {} as CallbackEvent;
    expectTypeOf(event.ChannelStatus).toEqualTypeOf<ChannelStatus>();
    // @ts-expect-error a typo does not compile
    event.SessionStatuss;
  });

  it('a RateLimiter may resolve void (the first API) or a ReleaseSlot', () => {
    const old: { acquire(signal?: AbortSignal): Promise<void> } = { acquire: async () => {} };
    const releasing: { acquire(): Promise<ReleaseSlot> } = { acquire: async () => () => {} };
    expectTypeOf(old).toExtend<RateLimiter>();
    expectTypeOf(releasing).toExtend<RateLimiter>();
    expectTypeOf<{ acquire(): Promise<number> }>().not.toExtend<RateLimiter>();
    createVerifyClient({ authId: 'MA', authToken: 't', rateLimit: { account: old, list: releasing } });
  });
});
