import { type Clock, type Transport, TransportError } from '@plivo-verify/core/pure';
import { describe, expect, it } from 'vitest';
import { recordingIo } from './__fixtures__/recording-io.js';
import { run } from './main.js';

const clock: Clock = { now: () => 0, sleep: async () => {} };
const AUTH = { 'auth-id': 'MAXXXXXXXXXXXXXXXXXX', 'auth-token': 'tok-en/secret' };
const SESSION = '11111111-2222-4333-8444-555555555555';

/** A transport standing in for Plivo: records what was sent, answers create and get. */
function fakePlivo(count = 1) {
  const requests: { method: string; url: string; body?: string }[] = [];
  const transport: Transport = async (request) => {
    requests.push({ method: request.method, url: request.url, ...(request.body ? { body: request.body } : {}) });
    const body =
      request.method === 'POST'
        ? { api_id: 'a1', message: 'Session initiated', session_uuid: SESSION }
        : { api_id: 'a2', session_uuid: SESSION, recipient: '14155550100', status: 'in-progress', count };
    return { status: request.method === 'POST' ? 202 : 200, headers: {}, body: JSON.stringify(body) };
  };
  return { requests, transport };
}

const refusing: Transport = async () => {
  throw new TransportError('ECONNREFUSED', { phase: 'not-sent' });
};

async function runWith(inputs: Parameters<typeof recordingIo>[0], transport: Transport, env = {}) {
  const io = recordingIo(inputs);
  await run({ io, env, transport, clock, signal: new AbortController().signal });
  return io;
}

describe('masking comes first', () => {
  it('registers token, Basic credentials, recipient (every spelling) before any other call', async () => {
    const io = await runWith({ mode: 'send', ...AUTH, recipient: '+1 (415) 555-0100' }, fakePlivo().transport);
    const firstOther = io.calls.findIndex((call) => call.kind !== 'secret');
    const secrets = io.calls.slice(0, firstOther).map((call) => call.value);
    expect(secrets).toEqual(
      expect.arrayContaining([
        'tok-en/secret',
        btoa('MAXXXXXXXXXXXXXXXXXX:tok-en/secret'),
        '+1 (415) 555-0100',
        '14155550100',
        '+14155550100',
      ]),
    );
    expect(io.calls.slice(firstOther).some((call) => call.kind === 'secret')).toBe(false);
    expect(io.outputs['recipient-masked']).toBe('+14*****0100');
  });

  it('masks every number of the approver map, even when the map is broken and the run fails', async () => {
    const io = await runWith(
      { mode: 'send', ...AUTH, 'approver-phones': '{"octocat": "+14155550100", "hubot": "+1 202 555 0143"' },
      refusing,
      { GITHUB_TRIGGERING_ACTOR: 'octocat' },
    );
    const secrets = io.calls.filter((call) => call.kind === 'secret').map((call) => call.value);
    for (const value of ['+14155550100', '14155550100', '12025550143', '+12025550143'])
      expect(secrets).toContain(value);
    const failed = io.calls.find((call) => call.kind === 'failed')?.value ?? '';
    expect(failed).toMatch(/input `approver-phones`: is not valid JSON/);
    const printed = io.calls
      .filter((call) => call.kind !== 'secret')
      .map((call) => call.value)
      .join('\n');
    expect(printed).not.toMatch(/4155550100|2025550143|202 555/);
  });

  it('masks the OTP read from the dispatch event before anything else', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const eventPath = join(mkdtempSync(join(tmpdir(), 'evt-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ inputs: { otp: '042917' } }));
    const io = await runWith(
      { mode: 'validate', ...AUTH, 'session-uuid': SESSION, 'require-approver-match': 'false' },
      refusing,
      { GITHUB_EVENT_PATH: eventPath },
    );
    expect(io.calls.slice(0, 3).map((call) => call.value)).toContain('042917');
    const printed = io.calls
      .filter((call) => call.kind !== 'secret')
      .map((call) => call.value)
      .join('\n');
    expect(printed).not.toContain('042917');
  });
  it('does not echo an unknown mode (whatever was typed) in the job summary', async () => {
    const io = await runWith({ mode: 'tok-en/secret', ...AUTH }, refusing);
    const summary = io.calls.find((call) => call.kind === 'summary')?.value ?? '';
    expect(summary).toContain('Mode=—');
    expect(
      io.calls
        .filter((call) => call.kind !== 'secret')
        .map((call) => call.value)
        .join('\n'),
    ).not.toContain('tok-en/secret');
  });
});

describe('send', () => {
  it('fails on a reused session by default, saying what to do; fail-on-reuse: false only warns', async () => {
    const strict = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, fakePlivo(3).transport);
    expect(strict.outputs.reused).toBe('true');
    const failed = strict.calls.find((call) => call.kind === 'failed')?.value ?? '';
    expect(failed).toMatch(/has 3 attempts: another send reused it/);
    expect(failed).toMatch(/expire/);
    expect(failed).toMatch(/concurrency group per approver/);
    expect(failed).toMatch(/fail-on-reuse is true/);

    const lenient = await runWith(
      { mode: 'send', ...AUTH, recipient: '+14155550100', 'fail-on-reuse': 'false' },
      fakePlivo(3).transport,
    );
    expect(lenient.calls.find((call) => call.kind === 'warning')?.value).toMatch(/has 3 attempts/);
    expect(lenient.calls.some((call) => call.kind === 'failed')).toBe(false);
  });

  it.each(['verified', 'expired'])('fails when the new session reads back %s, not in-progress', async (status) => {
    const io = await runWith(
      { mode: 'send', ...AUTH, recipient: '+14155550100', 'fail-on-reuse': 'false' },
      scripted((request) =>
        request.method === 'POST'
          ? created()
          : ok({ ...sessionJson(1), status: status === 'verified' ? 'Verified' : status }),
      ),
    );
    expect(io.outputs.status).toBe(status);
    expect(io.outputs['session-uuid']).toBe(SESSION);
    expect(io.calls.find((call) => call.kind === 'failed')?.value).toMatch(
      new RegExp(
        `The code was sent to \\+14\\*{5}0100, but session ${SESSION} reads back as ${status}, not in-progress`,
      ),
    );
  });

  it('fails, naming the session, when the new session cannot be read back', async () => {
    const io = await runWith(
      { mode: 'send', ...AUTH, recipient: '+14155550100', 'fail-on-reuse': 'false' },
      scripted((request) => (request.method === 'POST' ? created() : ok({ api_id: 'x', error: 'gone' }, 404))),
    );
    expect(io.outputs).toMatchObject({ 'session-uuid': SESSION, reused: 'unknown', status: 'unknown' });
    expect(io.calls.find((call) => call.kind === 'failed')?.value).toMatch(
      /^The code was sent to .* \(session 11111111-.*\), but the session could not be read back/,
    );
  });

  it('sends the mapped approver number in core wire names', async () => {
    const plivo = fakePlivo();
    const io = await runWith(
      {
        mode: 'send',
        ...AUTH,
        'approver-phones': '{"583231": "+14155550100"}',
        channel: 'voice',
        'code-length': '8',
        'brand-name': 'Acme',
      },
      plivo.transport,
      { GITHUB_TRIGGERING_ACTOR: 'octocat', GITHUB_ACTOR: 'octocat', GITHUB_ACTOR_ID: '583231' },
    );
    expect(io.calls.some((call) => call.kind === 'failed')).toBe(false);
    expect(JSON.parse(plivo.requests[0]?.body ?? '{}')).toEqual({
      recipient: '14155550100',
      channel: 'voice',
      code_length: 8,
      brand_name: 'Acme',
    });
  });

  it('"maybe sent" is said as such when the create got no answer and the lookup fails too', async () => {
    const plivo = fakeRequests(async () => {
      throw new TransportError('ECONNRESET', { phase: 'sent' });
    });
    const io = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, plivo.transport);
    const failed = io.calls.find((call) => call.kind === 'failed')?.value ?? '';
    expect(failed).toMatch(/the session list could not be read .* A code may have been sent to \+14\*{5}0100\./);
    expect(failed).toMatch(/Wait until the code expires/);
    expect(failed).not.toMatch(/run mode status/); // there is no session uuid to run it with
    expect(plivo.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(io.outputs['session-uuid']).toBeUndefined();
  });
});

/** A transport from a function of the request; records every request. */
function fakeRequests(answer: Transport) {
  const requests: { method: string; url: string }[] = [];
  const transport: Transport = async (request) => {
    requests.push({ method: request.method, url: request.url });
    return answer(request);
  };
  return { requests, transport };
}
function scripted(answer: (request: { method: string; url: string }) => { status: number; body: unknown }): Transport {
  return async (request) => {
    const { status, body } = answer(request);
    return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  };
}
const ok = (body: unknown, status = 200) => ({ status, body });
const created = (sessionUuid: unknown = SESSION) =>
  ok({ api_id: 'a1', message: 'Session initiated', session_uuid: sessionUuid }, 202);
const sessionJson = (count: number, extra: Record<string, unknown> = {}) => ({
  api_id: 'a2',
  session_uuid: SESSION,
  app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
  recipient: '14155550100',
  channel: 'sms',
  status: 'in-progress',
  count,
  attempt_details: [{ channel: 'sms', attempt_uuid: 'at-1', status: 'sent', time: new Date().toISOString() }],
  created_at: new Date().toISOString(),
  ...extra,
});
const listOf = (sessions: unknown[]) =>
  ok({ api_id: 'a3', meta: { limit: 20, offset: 0, next: null, previous: null }, sessions });

describe('send whose answer was lost (reconciled with core findSentAttempt)', () => {
  const lostCreate = (list: () => { status: number; body: unknown }) =>
    fakeRequests(async (request) => {
      if (request.method === 'POST') throw new TransportError('ECONNRESET', { phase: 'sent' });
      const answer =
        request.url.includes('/Session/?') || request.url.endsWith('/Session/') ? list() : ok(sessionJson(1));
      return {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(answer.body),
      };
    });

  it('found: sets session-uuid and carries on like a normal send, warning that the answer was lost', async () => {
    const plivo = lostCreate(() => listOf([sessionJson(1)]));
    const io = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, plivo.transport);
    expect(io.calls.some((call) => call.kind === 'failed')).toBe(false);
    expect(io.outputs).toMatchObject({ 'session-uuid': SESSION, status: 'in-progress', reused: 'false' });
    expect(io.calls.find((call) => call.kind === 'warning')?.value).toMatch(/answer to the send was lost/);
    expect(plivo.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('not found: "a code may still have been sent", never a second send, and a hint without a session', async () => {
    const plivo = lostCreate(() => listOf([]));
    const io = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, plivo.transport);
    const failed = io.calls.find((call) => call.kind === 'failed')?.value ?? '';
    expect(failed).toMatch(
      /no attempt to \+14\*{5}0100 since .* shows in the session list yet\. A code may still have/,
    );
    expect(failed).toMatch(/Check the approver's phone/);
    expect(plivo.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(io.outputs['session-uuid']).toBeUndefined();
  });
});

describe('text from answers is never a workflow command, markup or an unchecked output', () => {
  it('a create answer whose session_uuid is not a UUID fails, is never retried, and is not output', async () => {
    const plivo = fakeRequests(async (request) => {
      const { status, body } = request.method === 'POST' ? created('zz\n::error title=x::y') : ok(sessionJson(1));
      return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    });
    const io = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, plivo.transport);
    expect(io.outputs['session-uuid']).toBeUndefined();
    expect(plivo.requests.map((request) => request.method)).toEqual(['POST']);
    const failed = io.calls.find((call) => call.kind === 'failed')?.value ?? '';
    expect(failed).toMatch(/malformed session uuid\. A code may have been sent/);
    expect(failed).not.toContain('zz');
  });

  it('an unknown status is output and printed as unknown, and no printed line or output has a line break', async () => {
    const io = await runWith(
      { mode: 'status', ...AUTH, 'session-uuid': SESSION },
      scripted(() =>
        ok(sessionJson(1, { status: '<img src=x onerror=alert(1)>verified\n::warning::x', api_id: 'a\n::error::y' })),
      ),
    );
    expect(io.outputs).toMatchObject({ status: 'unknown', valid: 'false', 'api-id': '' });
    const printed = io.calls.filter((call) => call.kind !== 'secret');
    expect(printed.filter((call) => /[\r\n\u2028\u2029]/.test(call.value))).toEqual([]);
    expect(printed.map((call) => call.value).join('\n')).not.toMatch(/<img|onerror/);
  });

  it('a core error message with a line break in it is printed on one line', async () => {
    const io = await runWith(
      { mode: 'status', ...AUTH, 'session-uuid': SESSION },
      scripted(() => ok({ api_id: 'a', error: 'no such session\n::error title=x::y' }, 404)),
    );
    const failed = io.calls.find((call) => call.kind === 'failed')?.value ?? '';
    expect(failed).toMatch(/^Plivo Verify get failed \(not_found\)/);
    expect(failed).not.toMatch(/[\r\n]/);
  });
});

describe('wait and validate read the attempt count', () => {
  const reusedSession = scripted((request) =>
    request.method === 'GET'
      ? ok(sessionJson(2, { status: 'verified' }))
      : ok({ api_id: 'v', message: 'session validated successfully.' }),
  );

  it("wait: a verified session with 2 attempts fails by default (it may be the other run's code)", async () => {
    const io = await runWith({ mode: 'wait', ...AUTH, 'session-uuid': SESSION }, reusedSession);
    expect(io.outputs).toMatchObject({ valid: 'false', reused: 'true', status: 'verified' });
    expect(io.calls.find((call) => call.kind === 'failed')?.value).toMatch(
      /has 2 attempts: another send reused it.*fail-on-reuse is true: this run is not verified/,
    );
  });

  it('wait: with fail-on-reuse false it warns and succeeds', async () => {
    const io = await runWith(
      { mode: 'wait', ...AUTH, 'session-uuid': SESSION, 'fail-on-reuse': 'false' },
      reusedSession,
    );
    expect(io.outputs).toMatchObject({ valid: 'true', reused: 'true', status: 'verified' });
    expect(io.calls.find((call) => call.kind === 'warning')?.value).toMatch(/has 2 attempts/);
    expect(io.calls.some((call) => call.kind === 'failed')).toBe(false);
  });

  it('validate: a reused session is refused before the code is tried (no POST)', async () => {
    const plivo = fakeRequests(async (request) => {
      const { status, body } =
        request.method === 'GET' ? ok(sessionJson(2)) : ok({ api_id: 'v', message: 'session validated successfully.' });
      return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    });
    const io = await runWith(
      { mode: 'validate', ...AUTH, 'session-uuid': SESSION, otp: '123456', 'require-approver-match': 'false' },
      plivo.transport,
    );
    expect(plivo.requests.map((request) => request.method)).toEqual(['GET']);
    expect(io.outputs).toMatchObject({ valid: 'false', reason: 'session_reused', reused: 'true' });
    expect(io.calls.find((call) => call.kind === 'failed')?.value).toMatch(/The code was not tried\.$/);
  });
});

describe('cancel and crash messages follow how far the mode got', () => {
  /** Aborts the run (as SIGINT does) when the first GET goes out, and fails that GET the way an abort does. */
  function cancelOnGet(post: () => { status: number; body: unknown }) {
    const controller = new AbortController();
    const requests: string[] = [];
    const transport: Transport = async (request) => {
      requests.push(request.method);
      if (request.method === 'GET') {
        controller.abort(new Error('received SIGINT'));
        throw new TransportError('aborted', { phase: 'sent' });
      }
      const { status, body } = post();
      return { status, headers: {}, body: JSON.stringify(body) };
    };
    return { controller, requests, transport };
  }

  it("SIGINT during send's read-back: the code WAS sent, and the session is named", async () => {
    const plivo = cancelOnGet(() => created());
    const io = recordingIo({ mode: 'send', ...AUTH, recipient: '+14155550100' });
    await run({ io, env: {}, transport: plivo.transport, clock, signal: plivo.controller.signal });
    expect(io.calls.find((call) => call.kind === 'failed')?.value).toBe(
      `Cancelled after the code was sent (session ${SESSION}).`,
    );
    expect(io.outputs).toMatchObject({ status: 'cancelled', 'session-uuid': SESSION });
  });

  it("SIGINT during validate's pre-check GET: no code was checked (no validate request went out)", async () => {
    const plivo = cancelOnGet(() => ok({}));
    const io = recordingIo({
      mode: 'validate',
      ...AUTH,
      'session-uuid': SESSION,
      otp: '123456',
      'require-approver-match': 'false',
    });
    await run({ io, env: {}, transport: plivo.transport, clock, signal: plivo.controller.signal });
    expect(plivo.requests).toEqual(['GET']);
    const failed = io.calls.find((call) => call.kind === 'failed')?.value ?? '';
    expect(failed).toMatch(/no validate request was made\). The code was not checked\./);
    expect(failed).not.toMatch(/may have been checked/);
  });

  it.each(['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'])('%s pointing nowhere fails before any request', async (name) => {
    const plivo = fakePlivo();
    const io = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, plivo.transport, {
      [name]: '/nonexistent/dir/file',
    });
    expect(plivo.requests).toEqual([]);
    expect(io.calls.find((call) => call.kind === 'failed')?.value).toMatch(
      new RegExp(`^${name} points at /nonexistent/dir/file, which is not an existing file.*Nothing was sent`),
    );
  });
});
