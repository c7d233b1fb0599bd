import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import type { RunningSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allSentCodes,
  errorViews,
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

// The n8n node's execute paths as n8n runs them: the package's BUILT dist (what n8n loads), driven through the
// same hand-built `this` its own tests use (real HTTP to the sandbox, n8n's Basic auth from the credential), with a
// recognisable token, real 8-digit codes and a full phone number. Every path runs twice: throwing (the NodeApiError
// / NodeOperationError n8n shows, with description, context and cause chain) and with continueOnFail (the error
// item n8n passes on). Output items of successful runs are scanned too.
const require = createRequire(import.meta.url);
const DIST = '../../packages/n8n-nodes-plivo-verify/dist/nodes/PlivoVerify/PlivoVerify.node.js';
// The node package's own test harness. Loaded by path, so this package's typecheck does not take in a file of
// that (CommonJS) package; the shapes used here are declared below.
const HARNESS = new URL('../../packages/n8n-nodes-plivo-verify/test/fake-execute-functions.ts', import.meta.url).href;

type Params = Record<string, unknown>;
interface FakeExecute {
  readonly context: unknown;
}
interface FakeExecuteOptions {
  readonly items: readonly Params[];
  readonly credentials: Record<string, unknown>;
  readonly continueOnFail?: boolean;
}
interface BuiltNode {
  execute(this: unknown): Promise<Array<Array<{ json: Record<string, unknown> }>>>;
}
const { PlivoVerify } = require(DIST) as { PlivoVerify: new () => BuiltNode };
const { fakeExecute } = (await import(HARNESS)) as { fakeExecute: (options: FakeExecuteOptions) => FakeExecute };

describe('secret-leak scan of the n8n node (built dist)', () => {
  let sandbox: RunningSandbox;
  let refusing: RunningSandbox;
  let sessionUuid = '';
  const codes: string[] = [];
  const surfaces: Array<[string, string]> = [];
  const kinds = new Set<string>();

  const credentials = (baseUrl: string) => ({ authId: LEAK_AUTH_ID, authToken: LEAK_TOKEN, advanced: true, baseUrl });

  /** One execution with the given items, throwing and with continueOnFail; keeps every view of the outcome. */
  async function scan(label: string, items: Params[], baseUrl = sandbox.url): Promise<void> {
    for (const continueOnFail of [false, true]) {
      const fake = fakeExecute({ items, credentials: credentials(baseUrl), continueOnFail });
      const tag = `${label}${continueOnFail ? ' (continueOnFail)' : ''}`;
      try {
        const output = await new PlivoVerify().execute.call(fake.context);
        const json = output.flat().map((item) => item.json);
        if (json.some((item) => item.error !== undefined)) kinds.add(`${label} error item`);
        surfaces.push([`${tag} output`, `${JSON.stringify(output)}\n${inspect(output, { depth: null })}`]);
      } catch (error) {
        kinds.add(`${label} thrown`);
        surfaces.push([`${tag} error`, errorViews(error)]);
      }
    }
  }

  const create = (recipient = `+${LEAK_PHONE}`): Params => ({ operation: 'create', recipient, channel: 'sms' });
  const validate = (otp: string, uuid = sessionUuid): Params => ({ operation: 'validate', session_uuid: uuid, otp });
  const get = (uuid = sessionUuid): Params => ({ operation: 'get', session_uuid: uuid });
  const list = (): Params => ({ operation: 'getAll', returnAll: false, limit: 5, filters: { recipient: LEAK_PHONE } });

  beforeAll(async () => {
    ({ sandbox, refusing } = await startLeakSandboxes());

    // Success paths: send, get, list, then the code checks (wrong, right, used).
    await scan('send', [create()]);
    const first = surfaces.find(([label]) => label === 'send output')?.[1] ?? '';
    sessionUuid = /"session_uuid":"([0-9a-f-]{36})"/.exec(first)?.[1] ?? '';
    expect(sessionUuid).not.toBe('');
    codes.push(await sandboxCodeFor(sandbox.url, sessionUuid));
    await scan('get', [get()]);
    await scan('list', [list()]);
    await scan('wrong code', [validate(LEAK_WRONG_OTP)]);
    // Right code (once only: the second run of a pair sees it used, which is the next kind).
    await scan('right then used code', [validate(codes[0] ?? '')]);
    // Bad input, with secrets in it: named before any request.
    await scan('bad recipient', [create(`+${LEAK_PHONE}999999`)]);
    await scan('token as recipient', [create(LEAK_TOKEN)]);
    await scan('bad otp', [validate(`${codes[0]}x`)]);
    await scan('phone and code as uuid', [validate(codes[0] ?? '', `${LEAK_PHONE}-${codes[0]}`)]);
    await scan('bad code length', [{ ...create(), createOptions: { code_length: 12, brand_name: LEAK_TOKEN } }]);
    // 401, 404, nobody listening.
    for (const [name, items] of Object.entries({
      send: [create()],
      validate: [validate(LEAK_WRONG_OTP)],
      get: [get()],
    })) {
      await scan(`401 ${name}`, items, refusing.url);
      await scan(`refused ${name}`, items, 'http://127.0.0.1:9');
    }
    await scan('401 list', [list()], refusing.url);
    const unknown = '5f4c0a8e-1b2d-4e3f-9a8b-7c6d5e4f3a2b';
    await scan('404 get', [get(unknown)]);
    await scan('404 validate', [validate(codes[0] ?? '', unknown)]);
    // Plivo failing (each fault on every request).
    await withEachFault(sandbox.url, (fault) =>
      Promise.all([
        scan(`${fault} send`, [create()]),
        scan(`${fault} validate`, [validate(LEAK_WRONG_OTP)]),
        scan(`${fault} get`, [get()]),
      ]),
    );
    codes.push(...(await allSentCodes(sandbox.url)));
  }, 120_000);
  afterAll(async () => {
    await sandbox?.close();
    await refusing?.close();
  });

  it('covered success and every failure kind, thrown and as error items', () => {
    for (const kind of [
      'send',
      'get',
      'list',
      'wrong code',
      'right then used code',
      'bad recipient',
      'bad otp',
      '401 send',
      '404 get',
      'status=429 send',
      'status=500 validate',
      'status=503 get',
      'reset-before send',
      'reset-after send',
      'refused send',
    ]) {
      expect(
        surfaces.some(([label]) => label.startsWith(kind)),
        kind,
      ).toBe(true);
    }
    for (const kind of ['bad recipient', '401 send', '404 get', 'status=429 send', 'reset-after send', 'refused get']) {
      expect(kinds, kind).toContain(`${kind} thrown`);
      expect(kinds, kind).toContain(`${kind} error item`);
    }
    expect(codes.length).toBeGreaterThan(1);
  });

  it('no token, code, full phone number or Basic credentials in any output item or error view', () => {
    expect(findLeaks(surfaces, leakSecrets(codes))).toEqual([]);
  });
});
