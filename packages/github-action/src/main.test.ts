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
  it('reports a reused session: output, warning, and a failure only with fail-on-reuse', async () => {
    const reused = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, fakePlivo(3).transport);
    expect(reused.outputs.reused).toBe('true');
    expect(reused.calls.find((call) => call.kind === 'warning')?.value).toMatch(/2 earlier attempt\(s\)/);
    expect(reused.calls.some((call) => call.kind === 'failed')).toBe(false);

    const strict = await runWith(
      { mode: 'send', ...AUTH, recipient: '+14155550100', 'fail-on-reuse': 'true' },
      fakePlivo(3).transport,
    );
    expect(strict.calls.find((call) => call.kind === 'failed')?.value).toMatch(/fail-on-reuse is true/);
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

  it('"maybe sent" is said as such when the create got no answer', async () => {
    const io = await runWith({ mode: 'send', ...AUTH, recipient: '+14155550100' }, async () => {
      throw new TransportError('ECONNRESET', { phase: 'sent' });
    });
    expect(io.calls.find((call) => call.kind === 'failed')?.value).toMatch(/A code may have been sent/);
  });
});
