import plivo from 'plivo';
import { describe, expect, it } from 'vitest';
import { sandboxFor } from './__fixtures__/raw-api.js';

/** The official node SDK, unchanged but for its base URL (the documented `url` option). */
async function officialClient() {
  const setup = await sandboxFor();
  const client = new plivo.Client(setup.sandbox.authId, setup.sandbox.authToken, {
    url: `${setup.sandbox.url}/v1/Account/${setup.sandbox.authId}`,
  });
  return { ...setup, client };
}

// Its .d.ts says list() returns SessionListResponse; at run time it is { api_id, meta, sessions } (a known quirk).
interface ListAnswer {
  meta: { limit: number; offset: number };
  sessions: Array<{ sessionUuid: string }>;
}
const asList = (value: unknown) => value as ListAnswer;

describe('the official plivo npm package against the sandbox', () => {
  it('creates, gets and validates a session', async () => {
    const { client, api } = await officialClient();
    const created = await client.verify_session.create({
      recipient: '+14155550100',
      channel: 'sms',
      brand_name: 'Acme',
    });
    expect(created.message).toBe('Session initiated');
    expect(created.sessionUuid).toMatch(/^[0-9a-f-]{36}$/);

    const session = await client.verify_session.get(created.sessionUuid);
    expect(session).toMatchObject({
      sessionUuid: created.sessionUuid,
      status: 'in-progress',
      count: 1,
      recipient: '14155550100',
    });
    expect(session.charges.totalCharge).toBe('0.02100');
    expect(session.attemptDetails[0].brandName).toBe('Acme');

    const code = await api.codeOf(created.sessionUuid);
    const wrong = await client.verify_session
      .validate({ id: created.sessionUuid, otp: code === '000000' ? '111111' : '000000' })
      .catch((e: { status?: number; message: string }) => e);
    expect(wrong).toMatchObject({ status: 400, message: 'Invalid OTP' });
    // The SDK passes numbers through unchanged; a string keeps a leading 0 (conformance tests cover numbers).
    const ok = await client.verify_session.validate({ id: created.sessionUuid, otp: code });
    expect(ok.message).toBe('session validated successfully.');
    expect((await client.verify_session.get(created.sessionUuid)).status).toBe('verified');
  });

  it('lists sessions with the time filters the SDK can send (camelCase spellings)', async () => {
    const { client } = await officialClient();
    const a = await client.verify_session.create({ recipient: '14155550100' });
    const b = await client.verify_session.create({ recipient: '14155550101' });
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const fmt = (d: Date) =>
      `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    const hourAgo = fmt(new Date(now.getTime() - 3_600_000));
    const inAnHour = fmt(new Date(now.getTime() + 3_600_000));
    const listed = asList(
      await client.verify_session.list({
        sessionTimeGreaterThan: hourAgo,
        sessionTimeGreaterOrEqual: hourAgo,
        sessionTimeLessThan: inAnHour,
        sessionTimeLessOrEqual: inAnHour,
      }),
    );
    expect(listed.sessions.map((s) => s.sessionUuid)).toEqual([b.sessionUuid, a.sessionUuid]);
    expect(listed.meta).toMatchObject({ limit: 20, offset: 0 });

    const future = asList(await client.verify_session.list({ sessionTimeGreaterThan: inAnHour }));
    expect(future.sessions).toHaveLength(0);

    const byRecipient = asList(await client.verify_session.list({ recipient: '+14155550101', limit: 1 }));
    expect(byRecipient.sessions).toHaveLength(1);
    expect(byRecipient.sessions[0]?.sessionUuid).toBe(b.sessionUuid);
  });

  it('surfaces sandbox errors the way it surfaces Plivo errors', async () => {
    const { client, sandbox } = await officialClient();
    const notFound = await client.verify_session
      .get('8e712097-8090-4644-81e7-8f4265d8354e')
      .catch((e: { status?: number }) => e);
    expect(notFound).toMatchObject({ status: 404 });
    const bad = new plivo.Client(sandbox.authId, 'wrong-token', { url: `${sandbox.url}/v1/Account/${sandbox.authId}` });
    const denied = await bad.verify_session.create({ recipient: '14155550100' }).catch((e: { status?: number }) => e);
    expect(denied).toMatchObject({ status: 401 });
  });
});
