import { describe, expect, it } from 'vitest';
import { API_ID, fakeTransport, json, sessionBody } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { findSentAttempt } from './find-sent-attempt.js';

const APP_A = 'aaaaaaaa-6b42-4c6f-9f1f-7a3f1e0a9b11';
const APP_B = 'bbbbbbbb-6b42-4c6f-9f1f-7a3f1e0a9b11';
const SINCE = new Date('2026-11-26T12:00:00Z');
const page = (sessions: unknown[]) =>
  json(200, { api_id: API_ID, meta: { limit: 20, offset: 0, next: null, previous: null }, sessions });
const attempt = (uuid: string, channel: string, time: string) => ({
  channel,
  attempt_uuid: uuid,
  status: 'sent',
  time: `2026-11-26T${time}.000000Z`,
});

// Two sessions for the number: app A (an old attempt, then sms and voice attempts since the create started) and
// app B (a newer sms attempt since then).
const SESSIONS = [
  sessionBody({
    session_uuid: '11111111-1111-4111-8111-111111111111',
    app_uuid: APP_A,
    created_at: '2026-11-26T11:00:00.000000Z',
    attempt_details: [
      attempt('old', 'sms', '11:00:00'),
      attempt('a-sms', 'sms', '12:00:01'),
      attempt('a-voice', 'voice', '12:00:03'),
    ],
  }),
  sessionBody({
    session_uuid: '22222222-2222-4222-8222-222222222222',
    app_uuid: APP_B,
    created_at: '2026-11-26T12:00:02.000000Z',
    attempt_details: [attempt('b-sms', 'sms', '12:00:02')],
  }),
];

async function find(create: { recipient: string; channel?: 'sms' | 'voice'; app_uuid?: string }) {
  const client = testClient({ transport: fakeTransport(page(SESSIONS)) });
  return findSentAttempt(client.sessions, create, SINCE);
}

describe('findSentAttempt', () => {
  it('is the newest attempt since the create on its channel (sms when none was named), any app', async () => {
    expect((await find({ recipient: '+918707046406' }))?.attempt_uuid).toBe('b-sms');
    expect(await find({ recipient: '+918707046406', channel: 'voice' })).toMatchObject({
      attempt_uuid: 'a-voice',
      session_uuid: '11111111-1111-4111-8111-111111111111',
    });
  });

  it("keeps to the create's app when it named one", async () => {
    expect((await find({ recipient: '+918707046406', app_uuid: APP_A }))?.attempt_uuid).toBe('a-sms');
    expect((await find({ recipient: '+918707046406', app_uuid: APP_B, channel: 'voice' }))?.attempt_uuid).toBe(
      undefined,
    );
  });

  it('is undefined when nothing was sent since, and throws when the lookup fails (that proves nothing)', async () => {
    const empty = testClient({ transport: fakeTransport(page([])) });
    expect(await findSentAttempt(empty.sessions, { recipient: '+918707046406' }, SINCE)).toBeUndefined();
    const failing = testClient({ transport: fakeTransport(json(401, { api_id: API_ID, error: 'bad auth' })) });
    await expect(findSentAttempt(failing.sessions, { recipient: '+918707046406' }, SINCE)).rejects.toMatchObject({
      code: 'authentication',
    });
  });
});
