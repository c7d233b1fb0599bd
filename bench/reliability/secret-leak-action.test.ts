import type { RunningSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../../packages/github-action/src/__fixtures__/run-action.js';
import {
  allSentCodes,
  findLeaks,
  LEAK_AUTH_ID,
  LEAK_PHONE,
  LEAK_TOKEN,
  LEAK_WRONG_OTP,
  leakSecrets,
  sandboxCodeFor,
  startLeakSandboxes,
  withEachFault,
} from './leak-scan.js';

// The GitHub Action as the runner runs it: `node packages/github-action/dist/index.js` as a separate process, inputs
// in INPUT_* env vars, file commands in temp files (the fixture its own tests use), against the sandbox, with a
// recognisable token, real 8-digit codes and a full phone number. Scanned: every stdout/stderr line except the
// `::add-mask::` lines themselves (the runner consumes those), the GITHUB_OUTPUT values and the job summary.
const UNKNOWN_SESSION = '5f4c0a8e-1b2d-4e3f-9a8b-7c6d5e4f3a2b';

describe('secret-leak scan of the GitHub Action (dist, real process)', () => {
  let sandbox: RunningSandbox;
  let refusing: RunningSandbox;
  let sessionUuid = '';
  const codes: string[] = [];
  const runs: Array<[string, ActionRun]> = [];

  const connection = (apiUrl = sandbox.url) => ({
    'auth-id': LEAK_AUTH_ID,
    'auth-token': LEAK_TOKEN,
    'api-url': apiUrl,
  });
  const sendInputs = () => ({ mode: 'send', recipient: `+${LEAK_PHONE}` });
  const approverSend = () => ({
    mode: 'send',
    'approver-phones': JSON.stringify({ octocat: `+${LEAK_PHONE}`, mallory: '+14155550999' }),
  });
  // The session gets a second attempt (the reused send below), which validate and wait refuse by default: these
  // runs turn that off so their own paths (wrong code, right code, timeout, verified) are the ones scanned.
  const validateInputs = (otp: string, uuid = sessionUuid) => ({
    mode: 'validate',
    'session-uuid': uuid,
    otp,
    'require-approver-match': 'false',
    'fail-on-reuse': 'false',
  });
  const statusInputs = (uuid = sessionUuid) => ({ mode: 'status', 'session-uuid': uuid });
  const waitInputs = (uuid = sessionUuid) => ({
    mode: 'wait',
    'session-uuid': uuid,
    'timeout-seconds': '1',
    'poll-interval-seconds': '0.2',
    'fail-on-reuse': 'false',
  });

  async function act(label: string, inputs: Record<string, string>, apiUrl?: string, event?: unknown) {
    const run = await runAction({
      inputs: { ...connection(apiUrl), ...inputs },
      env: { GITHUB_TRIGGERING_ACTOR: 'octocat', GITHUB_EVENT_NAME: event ? 'workflow_dispatch' : 'push' },
      ...(event ? { event } : {}),
      timeoutMs: 60_000,
    });
    runs.push([label, run]);
    return run;
  }

  beforeAll(async () => {
    ({ sandbox, refusing } = await startLeakSandboxes());

    // Success paths and the results that fail: send, status, wait (times out), wrong code, right code (from the
    // dispatch event), used code, status and wait once verified, a reused session with fail-on-reuse.
    const sent = await act('send', sendInputs());
    sessionUuid = sent.outputs['session-uuid'] ?? '';
    expect(sessionUuid).toMatch(/^[0-9a-f-]{36}$/);
    codes.push(await sandboxCodeFor(sandbox.url, sessionUuid));
    const code = codes[0] ?? '';
    await act('send by approver, reused, fail-on-reuse', { ...approverSend(), 'fail-on-reuse': 'true' });
    await act('validate a reused session', { ...validateInputs(code), 'fail-on-reuse': 'true' });
    await act('wait on a reused session', { ...waitInputs(), 'fail-on-reuse': 'true' });
    await act('status in progress', statusInputs());
    await act('wait timeout', waitInputs());
    await act('wrong code', validateInputs(LEAK_WRONG_OTP));
    await act(
      'approver mismatch',
      {
        mode: 'validate',
        'session-uuid': sessionUuid,
        'fail-on-reuse': 'false',
        'approver-phones': JSON.stringify({ octocat: '+14155550999', mallory: `+${LEAK_PHONE}` }),
      },
      undefined,
      { inputs: { otp: code } },
    );
    await act(
      'right code from the event',
      {
        mode: 'validate',
        'session-uuid': sessionUuid,
        'fail-on-reuse': 'false',
        'approver-phones': JSON.stringify({ octocat: `+${LEAK_PHONE}` }),
      },
      undefined,
      { inputs: { otp: code } },
    );
    await act('used code', validateInputs(code));
    await act('status verified', statusInputs());
    await act('wait verified', waitInputs());

    // 401, 404, nobody listening (every mode), and bad input carrying secrets (named before any request).
    const modes = () => ({
      send: sendInputs(),
      validate: validateInputs(LEAK_WRONG_OTP),
      status: statusInputs(),
      wait: waitInputs(),
    });
    await Promise.all([
      ...Object.entries(modes()).map(([mode, inputs]) => act(`401 ${mode}`, inputs, refusing.url)),
      ...Object.entries(modes()).map(([mode, inputs]) => act(`refused ${mode}`, inputs, 'http://127.0.0.1:9')),
      act('404 status', statusInputs(UNKNOWN_SESSION)),
      act('404 validate', validateInputs(code, UNKNOWN_SESSION)),
      act('404 wait', waitInputs(UNKNOWN_SESSION)),
      act('bad recipient', { mode: 'send', recipient: `+${LEAK_PHONE}999999` }),
      act('bad otp', validateInputs(`${code}x`)),
      act('phone and code as uuid', validateInputs(code, `${LEAK_PHONE}-${code}`)),
      act('bad approver map', { mode: 'send', 'approver-phones': `{"octocat": "+${LEAK_PHONE}", ${LEAK_TOKEN}` }),
      act('approver map bad number', { mode: 'send', 'approver-phones': `{"octocat": "+${LEAK_PHONE}999999"}` }),
      act('bad code length', { ...sendInputs(), 'code-length': '12', 'brand-name': LEAK_TOKEN }),
      act('token in api-url', sendInputs(), `http://example.com/${LEAK_TOKEN}/${LEAK_PHONE}`),
      act('bad mode', { mode: LEAK_TOKEN, otp: code }),
    ]);
    // Plivo failing (each fault on every request), every mode.
    await withEachFault(sandbox.url, (fault) =>
      Promise.all(Object.entries(modes()).map(([mode, inputs]) => act(`${fault} ${mode}`, inputs))),
    );
    codes.push(...(await allSentCodes(sandbox.url)));
  }, 240_000);
  afterAll(async () => {
    await sandbox?.close();
    await refusing?.close();
  });

  it('covered every mode, success and failure (exit 0 and exit 1)', () => {
    const exit = (label: string) => runs.find(([name]) => name === label)?.[1].code;
    for (const label of [
      'send',
      'status in progress',
      'right code from the event',
      'status verified',
      'wait verified',
    ]) {
      expect(exit(label), label).toBe(0);
    }
    for (const label of [
      'send by approver, reused, fail-on-reuse',
      'validate a reused session',
      'wait on a reused session',
      'wait timeout',
      'wrong code',
      'approver mismatch',
      'used code',
      'bad recipient',
      'bad approver map',
      'token in api-url',
      '401 send',
      '404 wait',
      'refused validate',
      'status=429 send',
      'status=503 status',
      'reset-before wait',
      'reset-after send',
    ]) {
      expect(exit(label), label).toBe(1);
    }
    expect(runs.length).toBeGreaterThanOrEqual(45);
    expect(codes.length).toBeGreaterThan(1);
  });

  it('masks every secret before printing anything else', () => {
    const [, sent] = runs.find(([label]) => label === 'send') ?? [];
    const lines = (sent?.stdout ?? '').split('\n');
    const firstOther = lines.findIndex((line) => line !== '' && !line.startsWith('::add-mask::'));
    for (const secret of [LEAK_TOKEN, `+${LEAK_PHONE}`, LEAK_PHONE]) {
      const at = lines.indexOf(`::add-mask::${secret}`);
      expect(at, secret).toBeGreaterThanOrEqual(0);
      expect(at, secret).toBeLessThan(firstOther);
    }
  });

  it('no token, code, full phone number or Basic credentials in logs (outside ::add-mask::), outputs or summary', () => {
    const surfaces = runs.flatMap(
      ([label, run]): Array<[string, string]> => [
        [
          `${label} log`,
          `${run.stdout}\n${run.stderr}`
            .split('\n')
            .filter((line) => !line.startsWith('::add-mask::'))
            .join('\n'),
        ],
        [`${label} outputs`, JSON.stringify(run.outputs)],
        [`${label} summary`, run.summary],
      ],
    );
    expect(findLeaks(surfaces, leakSecrets(codes))).toEqual([]);
  });
});
