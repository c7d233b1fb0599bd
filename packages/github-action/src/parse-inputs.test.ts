import { describe, expect, it } from 'vitest';
import { INPUT_NAMES, type InputName } from './action-contract.js';
import { InputError } from './input-error.js';
import { ignoredInputs, parseInputs, type RawInputs } from './parse-inputs.js';

const SESSION = '11111111-2222-4333-8444-555555555555';
const base = { 'auth-id': 'MAXXXXXXXXXXXXXXXXXX', 'auth-token': 'token' };

function raw(values: Partial<Record<InputName, string>>): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, values[name] ?? ''])) as RawInputs;
}

async function issuesOf(
  values: Partial<Record<InputName, string>>,
  otp = '',
  env: Record<string, string> = {},
): Promise<string[]> {
  try {
    await parseInputs(raw({ ...base, ...values }), env, otp);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.issues.map((issue) => `${issue.input}: ${issue.message}`);
  }
}

describe('parseInputs', () => {
  it('wait: defaults 600 s / 10 s, strict decimal numbers', async () => {
    const config = await parseInputs(raw({ ...base, mode: 'wait', 'session-uuid': SESSION }), {}, '');
    expect(config).toMatchObject({ mode: 'wait', timeoutMs: 600_000, pollIntervalMs: 10_000 });
    for (const bad of ['1e3', '0x10', '10s', '-5', '', ' 7']) {
      if (bad === '') continue;
      expect(await issuesOf({ mode: 'wait', 'session-uuid': SESSION, 'timeout-seconds': bad })).toEqual([
        'timeout-seconds: expected a whole number of seconds from 1 to 21600',
      ]);
    }
    expect(await issuesOf({ mode: 'wait', 'session-uuid': SESSION, 'timeout-seconds': '1.5' })).toHaveLength(1);
  });

  it('poll interval: at least 5 s against Plivo, faster only against a loopback sandbox', async () => {
    expect(await issuesOf({ mode: 'wait', 'session-uuid': SESSION, 'poll-interval-seconds': '1' })).toEqual([
      'poll-interval-seconds: expected a number of seconds from 5 to 3600',
    ]);
    const local = await parseInputs(
      raw({
        ...base,
        mode: 'wait',
        'session-uuid': SESSION,
        'api-url': 'http://127.0.0.1:8910',
        'poll-interval-seconds': '0.2',
      }),
      {},
      '',
    );
    expect(local).toMatchObject({ pollIntervalMs: 200, connection: { apiUrl: 'http://127.0.0.1:8910' } });
  });

  it('api-url: https, or plain http to this machine only (credentials never go elsewhere in clear)', async () => {
    for (const url of ['http://api.plivo.com', 'ftp://127.0.0.1', 'api.plivo.com', 'http://10.0.0.1:8910']) {
      expect(await issuesOf({ mode: 'status', 'session-uuid': SESSION, 'api-url': url })).toEqual([
        'api-url: expected an https:// URL (or http://127.0.0.1 for a local sandbox)',
      ]);
    }
  });

  it('booleans: true/false in the runner spellings only', async () => {
    for (const value of ['yes', '1', 'on', 'tru']) {
      expect(await issuesOf({ mode: 'send', recipient: '+14155550100', 'fail-on-reuse': value })).toEqual([
        'fail-on-reuse: expected true or false',
      ]);
    }
    const config = await parseInputs(
      raw({ ...base, mode: 'send', recipient: '+14155550100', 'fail-on-reuse': 'TRUE' }),
      {},
      '',
    );
    expect(config).toMatchObject({ failOnReuse: true });
  });

  it('names every bad input at once, with core’s messages for Plivo fields', async () => {
    const issues = await issuesOf({
      mode: 'send',
      'auth-id': 'nope',
      recipient: '12',
      channel: 'fax',
      'code-length': '3',
      locale: 'english',
      'callback-url': 'ftp://x',
      'app-uuid': 'x',
    });
    expect(issues.map((issue) => issue.split(':')[0])).toEqual([
      'auth-id',
      'recipient',
      'app-uuid',
      'channel',
      'callback-url',
      'locale',
      'code-length',
    ]);
  });

  it('validate: require-approver-match (default true) needs the map; off, it does not', async () => {
    expect(await issuesOf({ mode: 'validate', 'session-uuid': SESSION }, '123456')).toEqual([
      'approver: is required when require-approver-match is true (GITHUB_TRIGGERING_ACTOR is not set either)',
    ]);
    const config = await parseInputs(
      raw({ ...base, mode: 'validate', 'session-uuid': SESSION, 'require-approver-match': 'false' }),
      {},
      '123456',
    );
    expect(config).toMatchObject({ mode: 'validate', otp: '123456', mustMatch: undefined });
  });

  it('send: a recipient makes approver and approver-phones unused', () => {
    const values = { ...base, mode: 'send', recipient: '+14155550100', approver: 'octocat', 'approver-phones': '{}' };
    expect(ignoredInputs('send', raw(values))).toEqual(['approver', 'approver-phones']);
    expect(ignoredInputs('send', raw({ ...values, recipient: '' }))).toEqual([]);
  });

  it('warns about inputs the mode ignores (but not about defaults)', () => {
    expect(ignoredInputs('status', raw({ ...base, otp: '1234', 'timeout-seconds': '600', channel: 'sms' }))).toEqual([
      'channel',
      'otp',
    ]);
  });

  it('fail-on-reuse: true unless set false, and read by send, wait and validate', async () => {
    const validate = { mode: 'validate', 'session-uuid': SESSION, 'require-approver-match': 'false' } as const;
    for (const values of [
      { mode: 'send', recipient: '+14155550100' },
      { mode: 'wait', 'session-uuid': SESSION },
      validate,
    ] as const) {
      expect(await parseInputs(raw({ ...base, ...values }), {}, '123456')).toMatchObject({ failOnReuse: true });
      const off = await parseInputs(raw({ ...base, ...values, 'fail-on-reuse': 'false' }), {}, '123456');
      expect(off).toMatchObject({ failOnReuse: false });
      expect(ignoredInputs(values.mode, raw({ ...values, 'fail-on-reuse': 'false' }))).toEqual([]);
    }
    expect(ignoredInputs('status', raw({ mode: 'status', 'fail-on-reuse': 'false' }))).toEqual(['fail-on-reuse']);
  });

  it('an approver with no entry: names the user and the identifiers tried, explains the triggering user, no number', async () => {
    const issues = await issuesOf(
      { mode: 'send', 'approver-phones': JSON.stringify({ 583231: '+14155550100', 1234567: '+14155550101' }) },
      '',
      { GITHUB_TRIGGERING_ACTOR: 'hubot', GITHUB_ACTOR: 'octocat', GITHUB_ACTOR_ID: '583231' },
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^approver: "hubot" \(GITHUB_TRIGGERING_ACTOR\) has no entry in approver-phones \(tried login "hubot"\)/,
    );
    expect(issues[0]).toMatch(
      /looked up for the user who triggered this run, so a re-run by another user looks up that user/,
    );
    expect(issues[0]).toMatch(/Every key of approver-phones is a user id, and no user id is known for "hubot"/);
    expect(issues[0]).toMatch(/GITHUB_ACTOR "octocat"/);
    expect(issues[0]).not.toMatch(/4155550|583231/);
  });
});
