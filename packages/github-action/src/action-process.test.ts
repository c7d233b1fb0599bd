import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakePlivoServer, startFakePlivo } from './__fixtures__/fake-plivo-server.js';
import { type ActionRun, leakedLines, type RunOptions, runAction as spawnAction } from './__fixtures__/run-action.js';
import { OUTPUT_NAMES } from './action-contract.js';

// The bundle as the runner runs it: a separate `node dist/index.js` process, inputs in INPUT_* env vars, file
// commands in temp files, against a real sandbox on 127.0.0.1.

let sandbox: RunningSandbox;
const writtenOutputs = new Set<string>();

/** Every run's outputs are collected: the last test checks them against action.yml's list. */
async function runAction(options: RunOptions): Promise<ActionRun> {
  const run = await spawnAction(options);
  for (const name of Object.keys(run.outputs)) writtenOutputs.add(name);
  return run;
}
let numberSeq = 0;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

/** A fresh number per test, so Plivo-style session reuse never links two tests. */
function freshNumber(): { e164: string; digits: string } {
  numberSeq += 1;
  const digits = `1415555${String(1000 + numberSeq).padStart(4, '0')}`;
  return { e164: `+${digits}`, digits };
}

const connection = () => ({ 'auth-id': sandbox.authId, 'auth-token': sandbox.authToken, 'api-url': sandbox.url });

async function sandboxJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, init);
  return (await response.json()) as T;
}

async function codeFor(sessionUuid: string): Promise<string> {
  const { messages } = await sandboxJson<{ messages: { code: string }[] }>(
    `/__sandbox/messages?session_uuid=${sessionUuid}`,
  );
  const code = messages[0]?.code;
  if (code === undefined) throw new Error('no message in the sandbox inbox');
  return code;
}

async function setFaults(faults: unknown[]): Promise<void> {
  await fetch(`${sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
}

async function apiRequestCount(): Promise<number> {
  return (await sandboxJson<{ requests: unknown[] }>('/__sandbox/requests')).requests.length;
}

async function validateDirectly(sessionUuid: string, otp: string): Promise<number> {
  const response = await fetch(`${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/${sessionUuid}/`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${btoa(`${sandbox.authId}:${sandbox.authToken}`)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ otp }),
  });
  return response.status;
}

/** Each given secret is registered (`::add-mask::`) before the first line that is not a mask is printed. */
function masksComeFirst(run: ActionRun, secrets: readonly string[]): boolean {
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'));
  return secrets.every((secret) => {
    const at = lines.indexOf(`::add-mask::${secret}`);
    return at !== -1 && (firstOther === -1 || at < firstOther);
  });
}

function expectNoLeaks(run: ActionRun, secrets: readonly string[]): void {
  expect(leakedLines(run, secrets)).toEqual([]);
  const outputValues = Object.values(run.outputs).join('\n');
  for (const secret of secrets) {
    expect(outputValues).not.toContain(secret);
    expect(run.summary).not.toContain(secret);
  }
}

async function send(phone: { e164: string }, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      mode: 'send',
      ...connection(),
      'approver-phones': JSON.stringify({ 583231: '+15555550000', octocat: phone.e164 }),
      ...extra,
    },
    env: { GITHUB_TRIGGERING_ACTOR: 'OctoCat' },
  });
}

describe('the release gate, end to end', () => {
  it('send → code from the inbox → validate (OTP from the dispatch event) → status verified', async () => {
    const phone = freshNumber();
    const sent = await send(phone, { 'brand-name': 'Release gate', 'code-length': '6' });
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    const sessionUuid = sent.outputs['session-uuid'] ?? '';
    expect(sessionUuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.outputs).toMatchObject({ reused: 'false', status: 'in-progress' });
    expect(sent.outputs['recipient-masked']).toBe(`+14*****${phone.digits.slice(-4)}`);
    expect(sent.stdout).toContain(`::add-mask::${phone.e164}`);
    expect(sent.stdout).toContain(`::add-mask::${phone.digits}`);
    expect(sent.stdout).toContain(`::add-mask::${sandbox.authToken}`);
    expect(masksComeFirst(sent, [phone.e164, phone.digits, sandbox.authToken])).toBe(true);
    expect(sent.summary).toContain('send');
    expect(sent.summary).toContain(sent.outputs['recipient-masked']);

    const otp = await codeFor(sessionUuid);
    const validated = await runAction({
      inputs: {
        mode: 'validate',
        ...connection(),
        'session-uuid': sessionUuid,
        'approver-phones': JSON.stringify({ octocat: phone.e164 }),
      },
      env: { GITHUB_TRIGGERING_ACTOR: 'octocat', GITHUB_EVENT_NAME: 'workflow_dispatch' },
      event: { inputs: { session_uuid: sessionUuid, otp } },
    });
    expect(validated.code).toBe(0);
    expect(validated.outputs).toMatchObject({ valid: 'true', status: 'verified', 'session-uuid': sessionUuid });
    expect(validated.stdout).toContain(`::add-mask::${otp}`);
    expect(masksComeFirst(validated, [otp, phone.e164, phone.digits, sandbox.authToken])).toBe(true);

    const before = await apiRequestCount();
    const status = await runAction({ inputs: { mode: 'status', ...connection(), 'session-uuid': sessionUuid } });
    expect(status.code).toBe(0);
    expect(await apiRequestCount()).toBe(before + 1); // status is one GET
    expect(status.outputs).toMatchObject({ status: 'verified', valid: 'true' });
    expect(status.stdout).toContain(`::add-mask::${phone.digits}`);
    expect(masksComeFirst(status, [sandbox.authToken, phone.digits])).toBe(true);
    expect(status.summary).toContain('verified');

    for (const run of [sent, validated, status]) expectNoLeaks(run, [phone.e164, phone.digits, sandbox.authToken, otp]);
  });

  it("two runs for one approver share a session: the second send fails, and the first run's wait does not pass on the shared code", async () => {
    const phone = freshNumber();
    const first = await send(phone);
    expect(first.code).toBe(0);
    expect(first.outputs.reused).toBe('false');
    const sessionUuid = first.outputs['session-uuid'] ?? '';
    // A second release run for the same approver while the code is open: Plivo adds an attempt to the same session.
    const second = await send(phone);
    expect(second.code).toBe(1);
    expect(second.outputs).toMatchObject({ reused: 'true', 'session-uuid': sessionUuid });
    expect(second.stdout).toMatch(/^::error::Session .* has 2 attempts: another send reused it.*expire.*concurrency/m);
    // Opting out warns instead (a third attempt on the same session).
    const lenient = await send(phone, { 'fail-on-reuse': 'false' });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^::warning title=Reused Verify session::.*has 3 attempts: another send reused it/m);
    // The approver enters the (shared) code: the first run's wait must not report verified.
    expect(await validateDirectly(sessionUuid, await codeFor(sessionUuid))).toBe(200);
    const waited = await runAction({
      inputs: { mode: 'wait', ...connection(), 'session-uuid': sessionUuid, 'poll-interval-seconds': '0.2' },
    });
    expect(waited.code).toBe(1);
    expect(waited.outputs).toMatchObject({ valid: 'false', reused: 'true', status: 'verified' });
    expect(waited.stdout).toMatch(/^::error::Session .* has 3 attempts.*this run is not verified/m);
    for (const run of [first, second, waited, lenient])
      expectNoLeaks(run, [phone.e164, phone.digits, sandbox.authToken]);
  });

  it('a wrong code: valid=false with a reason, exit 1, and the code is not printed', async () => {
    const phone = freshNumber();
    const sent = await send(phone);
    const sessionUuid = sent.outputs['session-uuid'] ?? '';
    const right = await codeFor(sessionUuid);
    const wrong = right === '000000' ? '111111' : '000000';
    const run = await runAction({
      inputs: {
        mode: 'validate',
        ...connection(),
        'session-uuid': sessionUuid,
        otp: wrong,
        'require-approver-match': 'false',
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.valid).toBe('false');
    expect(run.outputs).toMatchObject({ reason: 'wrong_code', status: 'rejected' });
    expect(run.stdout).toMatch(/^::error::The code was not accepted/m);
    expectNoLeaks(run, [wrong, right, sandbox.authToken, phone.e164, phone.digits]);
  });

  it('validate refuses a submitter who is not the recipient, before trying the code', async () => {
    const phone = freshNumber();
    const other = freshNumber();
    const sent = await send(phone);
    const sessionUuid = sent.outputs['session-uuid'] ?? '';
    const otp = await codeFor(sessionUuid);
    const before = await sandboxJson<{ requests: { method: string; operation: string }[] }>('/__sandbox/requests');
    const run = await runAction({
      inputs: {
        mode: 'validate',
        ...connection(),
        'session-uuid': sessionUuid,
        'approver-phones': JSON.stringify({ octocat: phone.e164, mallory: other.e164 }),
      },
      env: { GITHUB_TRIGGERING_ACTOR: 'mallory' },
      event: { inputs: { otp } },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ valid: 'false', reason: 'approver_mismatch' });
    expect(run.stdout).toMatch(/^::error::mallory is not the recipient/m);
    const after = await sandboxJson<{ requests: { method: string; operation: string }[] }>('/__sandbox/requests');
    const newRequests = after.requests.slice(before.requests.length);
    expect(newRequests.map((request) => request.method)).toEqual(['GET']);
    expectNoLeaks(run, [otp, phone.e164, phone.digits, other.e164, other.digits, sandbox.authToken]);
  });
  it('validate registers the recipient Plivo returns (not in the approver map) before it prints the mismatch', async () => {
    const recipient = freshNumber();
    const approver = freshNumber();
    const sessionUuid =
      (
        await runAction({
          inputs: { mode: 'send', ...connection(), recipient: recipient.e164 },
        })
      ).outputs['session-uuid'] ?? '';
    expect(sessionUuid).not.toBe('');
    const otp = await codeFor(sessionUuid);
    // The map knows only the approver's own number: the session's recipient is learned from Plivo alone.
    const run = await runAction({
      inputs: {
        mode: 'validate',
        ...connection(),
        'session-uuid': sessionUuid,
        'approver-phones': JSON.stringify({ octocat: approver.e164 }),
      },
      env: { GITHUB_TRIGGERING_ACTOR: 'octocat' },
      event: { inputs: { otp } },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ valid: 'false', reason: 'approver_mismatch' });
    const errorAt = run.stdout.search(/^::error::/m);
    expect(errorAt).toBeGreaterThan(-1);
    for (const spelling of [recipient.e164, recipient.digits]) {
      const maskAt = run.stdout.indexOf(`::add-mask::${spelling}\n`);
      expect(maskAt, spelling).toBeGreaterThan(-1);
      expect(maskAt, spelling).toBeLessThan(errorAt);
    }
    expectNoLeaks(run, [otp, recipient.e164, recipient.digits, approver.e164, approver.digits, sandbox.authToken]);
  });
});

describe('wait mode', () => {
  const waitInputs = (sessionUuid: string, extra: Record<string, string> = {}) => ({
    mode: 'wait',
    ...connection(),
    'session-uuid': sessionUuid,
    'poll-interval-seconds': '0.2',
    'timeout-seconds': '15',
    ...extra,
  });

  it('succeeds when the code is validated while it polls', async () => {
    const phone = freshNumber();
    const sessionUuid = (await send(phone)).outputs['session-uuid'] ?? '';
    const otp = await codeFor(sessionUuid);
    let validateStatus = 0;
    const run = await runAction({
      inputs: waitInputs(sessionUuid),
      onLine: {
        when: /poll 1: in-progress/,
        run: () => {
          void validateDirectly(sessionUuid, otp).then((status) => {
            validateStatus = status;
          });
        },
      },
    });
    expect(validateStatus).toBe(200);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'verified', valid: 'true', 'session-uuid': sessionUuid });
    expect(run.stdout).toMatch(/poll 1: in-progress · \d+s elapsed · \d+s remaining/);
    // The number Plivo returns is registered with the runner before the first progress line.
    const maskAt = run.stdout.indexOf(`::add-mask::${phone.digits}`);
    expect(maskAt).toBeGreaterThan(-1);
    expect(maskAt).toBeLessThan(run.stdout.indexOf('poll 1:'));
    expect(run.summary).toContain('verified');
    expectNoLeaks(run, [otp, phone.e164, phone.digits, sandbox.authToken]);
  });

  it('fails when the session expires', async () => {
    const phone = freshNumber();
    const sessionUuid = (await send(phone)).outputs['session-uuid'] ?? '';
    const run = await runAction({
      inputs: waitInputs(sessionUuid),
      onLine: {
        when: /poll 1: in-progress/,
        run: () => {
          void fetch(`${sandbox.url}/__sandbox/clock`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ advance_ms: 700_000 }),
          });
        },
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'expired', valid: 'false' });
    expect(run.stdout).toMatch(/^::error::Session .* expired before the code was validated/m);
    expect(run.summary).toContain('expired');
  });

  it('fails on timeout while the session is still in progress', async () => {
    const phone = freshNumber();
    const sessionUuid = (await send(phone)).outputs['session-uuid'] ?? '';
    const run = await runAction({ inputs: waitInputs(sessionUuid, { 'timeout-seconds': '1' }) });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'timeout', valid: 'false' });
    expect(run.stdout).toMatch(/^::error::Timed out after \d+s and \d+ poll\(s\)/m);
    expect(run.summary).toContain('timeout');
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} (run cancelled): writes the summary, status=cancelled, exits 1 at once`, async () => {
      const phone = freshNumber();
      const sessionUuid = (await send(phone)).outputs['session-uuid'] ?? '';
      const run = await runAction({
        // The next poll would be an hour away: only an exit on the signal itself ends this run before the
        // fixture's hang guard kills it.
        inputs: waitInputs(sessionUuid, { 'timeout-seconds': '21600', 'poll-interval-seconds': '3600' }),
        onLine: { when: /poll 1: in-progress/, run: (child) => child.kill(signal) },
      });
      expect(run.signal).toBeNull();
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('cancelled');
      expect(run.stdout).toMatch(/^::error::Cancelled while waiting/m);
      expect(run.summary).toContain('cancelled');
    });
  }

  it('keeps polling through 503s from Plivo and still sees the verification', async () => {
    const phone = freshNumber();
    const sessionUuid = (await send(phone)).outputs['session-uuid'] ?? '';
    const otp = await codeFor(sessionUuid);
    const setFaults = (faults: unknown[]) =>
      fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ faults }),
      });
    await setFaults([{ fault: 'status=503', probability: 1, operation: 'get' }]);
    try {
      const run = await runAction({
        inputs: waitInputs(sessionUuid),
        onLine: {
          when: /poll 1: failed \(upstream\)/,
          run: () => {
            void setFaults([]).then(() => validateDirectly(sessionUuid, otp));
          },
        },
      });
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('verified');
      expect(run.stdout).toMatch(/poll 1: failed \(upstream\), trying again in/);
    } finally {
      await setFaults([]);
    }
  });
});

describe('bad inputs: exit 1 naming the input, and nothing reaches Plivo', () => {
  const phone = { e164: '+14155550199', digits: '14155550199' };
  const cases: { name: string; inputs: Record<string, string>; input: string; env?: Record<string, string> }[] = [
    { name: 'no mode', inputs: { ...{} }, input: 'mode' },
    { name: 'unknown mode', inputs: { mode: 'sned' }, input: 'mode' },
    {
      name: 'code-length not an integer',
      inputs: { mode: 'send', recipient: phone.e164, 'code-length': '6.5' },
      input: 'code-length',
    },
    {
      name: 'code-length out of range',
      inputs: { mode: 'send', recipient: phone.e164, 'code-length': '9' },
      input: 'code-length',
    },
    { name: 'unknown channel', inputs: { mode: 'send', recipient: phone.e164, channel: 'fax' }, input: 'channel' },
    { name: 'bad recipient', inputs: { mode: 'send', recipient: '+12' }, input: 'recipient' },
    {
      name: 'approver-phones not JSON',
      inputs: { mode: 'send', 'approver-phones': `{octocat: ${phone.e164}` },
      env: { GITHUB_TRIGGERING_ACTOR: 'octocat' },
      input: 'approver-phones',
    },
    {
      name: 'approver not in the map',
      inputs: { mode: 'send', 'approver-phones': JSON.stringify({ octocat: phone.e164 }) },
      env: { GITHUB_TRIGGERING_ACTOR: 'hubot' },
      input: 'approver',
    },
    {
      name: 'fail-on-reuse not a boolean',
      inputs: { mode: 'send', recipient: phone.e164, 'fail-on-reuse': 'yes' },
      input: 'fail-on-reuse',
    },
    { name: 'wait without session-uuid', inputs: { mode: 'wait' }, input: 'session-uuid' },
    {
      name: 'poll interval not a number',
      inputs: { mode: 'wait', 'session-uuid': '00000000-0000-4000-8000-000000000000', 'poll-interval-seconds': '1e1' },
      input: 'poll-interval-seconds',
    },
    {
      name: 'timeout not a whole number',
      inputs: { mode: 'wait', 'session-uuid': '00000000-0000-4000-8000-000000000000', 'timeout-seconds': '10m' },
      input: 'timeout-seconds',
    },
    {
      name: 'validate without a code',
      inputs: {
        mode: 'validate',
        'session-uuid': '00000000-0000-4000-8000-000000000000',
        'require-approver-match': 'false',
      },
      input: 'otp',
    },
    {
      name: 'malformed code',
      inputs: {
        mode: 'validate',
        'session-uuid': '00000000-0000-4000-8000-000000000000',
        otp: '12ab',
        'require-approver-match': 'false',
      },
      input: 'otp',
    },
    { name: 'malformed session uuid', inputs: { mode: 'status', 'session-uuid': 'not-a-uuid' }, input: 'session-uuid' },
  ];

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const before = await apiRequestCount();
      const run = await runAction({
        inputs: { ...connection(), ...testCase.inputs },
        ...(testCase.env ? { env: testCase.env } : {}),
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^::error::Invalid inputs: .*input \`${testCase.input}\``, 'm'));
      expect(await apiRequestCount()).toBe(before);
      expectNoLeaks(run, [phone.e164, phone.digits, sandbox.authToken]);
    });
  }

  it('missing auth inputs and a plain-http api-url are named; the request is never made', async () => {
    const before = await apiRequestCount();
    const run = await runAction({
      inputs: {
        mode: 'status',
        'session-uuid': '00000000-0000-4000-8000-000000000000',
        'api-url': 'http://example.com',
      },
    });
    expect(run.code).toBe(1);
    for (const input of ['auth-id', 'auth-token', 'api-url']) expect(run.stdout).toContain(`input \`${input}\``);
    expect(await apiRequestCount()).toBe(before);
  });

  it('a wrong auth token is refused by Plivo and reported without the token', async () => {
    const run = await runAction({
      inputs: {
        mode: 'status',
        ...connection(),
        'auth-token': 'wrong-token-value',
        'session-uuid': '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Plivo Verify get failed \(authentication\)/m);
    expectNoLeaks(run, ['wrong-token-value']);
  });
});

describe('timeout-seconds is a hard limit', () => {
  it('a poll held by Plivo is aborted at the deadline, with no retries after it (sandbox fault: timeout on get)', async () => {
    const phone = freshNumber();
    const sessionUuid = (await send(phone)).outputs['session-uuid'] ?? '';
    const gets = async () =>
      (await sandboxJson<{ requests: { operation: string; path: string }[] }>('/__sandbox/requests')).requests.filter(
        (request) => request.operation === 'get' && request.path.includes(sessionUuid),
      ).length;
    const before = await gets();
    await setFaults([{ fault: 'timeout', probability: 1, operation: 'get' }]);
    try {
      const run = await runAction({
        inputs: { mode: 'wait', ...connection(), 'session-uuid': sessionUuid, 'timeout-seconds': '2' },
        timeoutMs: 60_000,
      });
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ status: 'timeout', valid: 'false' });
      expect(run.stdout).toMatch(/poll 1: no answer before the deadline/);
      expect(run.stdout).toMatch(/^::error::Timed out after \d+s and 1 poll\(s\) \(timeout-seconds 2\)/m);
      // One GET: core's retries of the held request (3 × 10 s before the fix) never started.
      expect((await gets()) - before).toBe(1);
    } finally {
      await setFaults([]);
    }
  }, 90_000);
});

describe('a send whose answer was lost (sandbox fault: reset-after on create)', () => {
  it('finds the attempt in the session list and carries on with its session: one code, with a warning', async () => {
    const phone = freshNumber();
    const creates = async () =>
      (await sandboxJson<{ requests: { operation: string }[] }>('/__sandbox/requests')).requests.filter(
        (request) => request.operation === 'create',
      ).length;
    const before = await creates();
    await setFaults([{ fault: 'reset-after', probability: 1, operation: 'create' }]);
    let run: ActionRun;
    try {
      run = await send(phone);
    } finally {
      await setFaults([]);
    }
    const { messages } = await sandboxJson<{ messages: { session_uuid: string }[] }>(
      `/__sandbox/messages?recipient=${phone.digits}`,
    );
    expect(messages).toHaveLength(1);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      'session-uuid': messages[0]?.session_uuid,
      status: 'in-progress',
      reused: 'false',
    });
    expect(run.stdout).toMatch(/^::warning title=Send answer lost::Plivo's answer to the send was lost/m);
    expect((await creates()) - before).toBe(1);
    expectNoLeaks(run, [phone.e164, phone.digits, sandbox.authToken]);
  });

  it('when the lookup fails too: "a code may have been sent", a hint to follow, and never a second send', async () => {
    const phone = freshNumber();
    await setFaults([
      { fault: 'reset-after', probability: 1, operation: 'create' },
      { fault: 'status=503', probability: 1, operation: 'list' },
    ]);
    let run: ActionRun;
    try {
      run = await send(phone);
    } finally {
      await setFaults([]);
    }
    expect(run.code).toBe(1);
    expect(run.outputs['session-uuid']).toBeUndefined();
    expect(run.stdout).toMatch(
      /^::error::Plivo's answer to the send was lost .*A code may have been sent to .*Wait until the code expires/m,
    );
    const { messages } = await sandboxJson<{ messages: unknown[] }>(`/__sandbox/messages?recipient=${phone.digits}`);
    expect(messages).toHaveLength(1);
  });
});

describe('runner files', () => {
  it('a GITHUB_OUTPUT that does not exist fails before any request (no code sent, so a re-run is safe)', async () => {
    const before = await apiRequestCount();
    const run = await runAction({
      inputs: { mode: 'send', ...connection(), recipient: freshNumber().e164 },
      env: { GITHUB_OUTPUT: '/nonexistent/gh-output' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::GITHUB_OUTPUT points at \/nonexistent\/gh-output, which is not an existing file/m,
    );
    expect(await apiRequestCount()).toBe(before);
  });
});

describe('answers the sandbox would never give (a fake Plivo on 127.0.0.1)', () => {
  const SESSION = '11111111-2222-4333-8444-555555555555';
  const sessionJson = (status: string) => ({
    api_id: 'a2',
    session_uuid: SESSION,
    recipient: '14155550100',
    channel: 'sms',
    status,
    count: 1,
    attempt_details: [],
  });
  let fake: FakePlivoServer | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  const fakeConnection = (url: string) => ({
    'auth-id': 'MAXXXXXXXXXXXXXXXXXX',
    'auth-token': 'fake-token-value',
    'api-url': url,
  });
  /** Lines the runner would read as a command, other than the action's own masks, errors, warnings and notices. */
  const injected = (run: ActionRun) =>
    run.stdout.split('\n').filter((line) => /^::(error|warning) title=x::|^::warning::polled/.test(line));

  it('a session_uuid with a newline: no injected ::error line, no session-uuid output, never a second POST', async () => {
    fake = await startFakePlivo((method) =>
      method === 'POST'
        ? { status: 202, body: { api_id: 'a1', message: 'Session initiated', session_uuid: 'zz\n::error title=x::y' } }
        : { status: 200, body: sessionJson('in-progress') },
    );
    const run = await runAction({ inputs: { mode: 'send', ...fakeConnection(fake.url), recipient: '+14155550100' } });
    expect(run.code).toBe(1);
    expect(injected(run)).toEqual([]);
    expect(run.outputs['session-uuid']).toBeUndefined();
    expect(run.stdout).toMatch(
      /^::error::Plivo answered the send with a malformed session uuid\. A code may have been sent/m,
    );
    expect(fake.requests.filter((request) => request.startsWith('POST'))).toHaveLength(1);
  });

  it('a polled status with a newline prints no ::warning line', async () => {
    fake = await startFakePlivo(() => ({ status: 200, body: sessionJson('in-progress\n::warning::polled') }));
    const run = await runAction({
      inputs: {
        mode: 'wait',
        ...fakeConnection(fake.url),
        'session-uuid': SESSION,
        'timeout-seconds': '1',
        'poll-interval-seconds': '0.2',
      },
    });
    expect(run.code).toBe(1);
    expect(injected(run)).toEqual([]);
    expect(run.stdout).toMatch(/poll 1: unknown/);
  });

  it('an HTML status is unknown in the outputs and escaped in the summary', async () => {
    fake = await startFakePlivo(() => ({ status: 200, body: sessionJson('<img src=x onerror=alert(1)>verified') }));
    const run = await runAction({ inputs: { mode: 'status', ...fakeConnection(fake.url), 'session-uuid': SESSION } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'unknown', valid: 'false' });
    expect(run.summary).not.toMatch(/<img/);
    expect(run.stdout).not.toMatch(/<img/);
  });
});

describe('outputs of the real runs', () => {
  it('are all declared in action.yml, and every declared output was written by some run above', () => {
    expect([...writtenOutputs].sort()).toEqual([...OUTPUT_NAMES].sort());
  });
});
