import { describe, expect, it } from 'vitest';
import { API_ID, fakeTransport, json, sessionBody } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';

const page = (sessions: unknown[]) =>
  json(200, { api_id: API_ID, meta: { limit: 20, offset: 0, next: null, previous: null }, sessions });

describe('findAttempts', () => {
  it('lists sessions from a day before since: an attempt added to a 90-minute-old open session is found', async () => {
    const since = new Date('2026-11-26T12:00:00Z');
    // The session was created 90 minutes before the ambiguous create, which added its second attempt to it.
    const old = sessionBody({
      api_id: undefined,
      created_at: '2026-11-26T10:30:00.000000Z',
      attempt_details: [
        { channel: 'sms', attempt_uuid: 'a1', status: 'delivered', time: '2026-11-26T10:30:00.000000Z' },
        { channel: 'sms', attempt_uuid: 'a2', status: 'sent', time: '2026-11-26T12:00:01.000000Z' },
      ],
    });
    const transport = fakeTransport(page([old]));
    const found = await testClient({ transport }).sessions.findAttempts({ recipient: '+918707046406', since });
    // Plivo filters by session_time server-side: the query must reach back past the session's creation.
    const gte = new URL(transport.requests[0]?.url ?? '').searchParams.get('session_time__gte') ?? '';
    expect(Date.parse(`${gte.replace(' ', 'T')}Z`)).toBeLessThanOrEqual(since.getTime() - 24 * 3_600_000);
    expect(found.attempts.map((attempt) => attempt.attempt_uuid)).toEqual(['a2']);
  });

  it('takes a longer lookback for apps whose codes live longer', async () => {
    const since = new Date('2026-11-26T12:00:00Z');
    const transport = fakeTransport(page([]));
    await testClient({ transport }).sessions.findAttempts({
      recipient: '+918707046406',
      since,
      lookbackMs: 3 * 86_400_000,
    });
    const gte = new URL(transport.requests[0]?.url ?? '').searchParams.get('session_time__gte') ?? '';
    expect(Date.parse(`${gte.replace(' ', 'T')}Z`)).toBeLessThanOrEqual(since.getTime() - 3 * 86_400_000);
  });

  /** Runs findAttempts with default options against one session holding `attempts`, since 12:00:00 UTC. */
  const findIn = (createdAt: string, attempts: Array<{ attempt_uuid: string; status: string; time: string }>) =>
    testClient({
      transport: fakeTransport(
        page([
          sessionBody({
            api_id: undefined,
            created_at: createdAt,
            attempt_details: attempts.map((attempt) => ({ channel: 'sms', ...attempt })),
          }),
        ]),
      ),
    }).sessions.findAttempts({ recipient: '+918707046406', since: new Date('2026-11-26T12:00:00Z') });

  it('finds an attempt Plivo dated 30 s before since (its clock behind ours) with default options', async () => {
    const found = await findIn('2026-11-26T11:59:30.000000Z', [
      { attempt_uuid: 'behind', status: 'sent', time: '2026-11-26T11:59:30.000000Z' },
    ]);
    expect(found.attempts.map((attempt) => attempt.attempt_uuid)).toEqual(['behind']);
  });

  it('keeps an attempt whose time cannot be read: dropping it would report "nothing sent"', async () => {
    const found = await findIn('2026-11-26T10:00:00.000000Z', [
      { attempt_uuid: 'old', status: 'delivered', time: '2026-11-26T10:00:00.000000Z' },
      { attempt_uuid: 'empty', status: 'sent', time: '' },
      { attempt_uuid: 'garbage', status: 'sent', time: 'not a time' },
    ]);
    expect(found.attempts.map((attempt) => attempt.attempt_uuid).sort()).toEqual(['empty', 'garbage']);
    expect(found.sessions).toHaveLength(1);
  });
});
