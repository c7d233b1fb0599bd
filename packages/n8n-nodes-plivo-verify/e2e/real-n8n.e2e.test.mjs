// Real n8n 2.8.4 end to end: the built package loaded through N8N_CUSTOM_EXTENSIONS, the sandbox standing in
// for Plivo. Action path with `n8n execute`, then the trigger under `n8n start`: a signed callback runs the
// workflow, a forged one gets 401. Screenshots of the editor close the run.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { signV2, signV3 } from '@plivo-verify/core';
import { startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureN8n, loadExample, makeInstance, n8n, n8nBin, parseRunOutput, run, startN8n } from './n8n-harness.mjs';
import { ownerCookie, takeScreenshots } from './screenshots.mjs';

const CREDENTIAL_ID = 'pvSandboxCred01';
const SANDBOX_PLACEHOLDER = 'http://127.0.0.1:8910';
const APP_PLACEHOLDER = 'https://example.com/hooks/verification-status';

// Never published: the editor's "listen for test event" registers its test URL.
const TEST_URL_WEBHOOK_ID = '7a2d9e41-3c5b-4f60-8a1e-5e0c0de0e2e5';
const TEST_URL_WORKFLOW = {
  id: 'pvTestUrl00001',
  name: 'test url',
  settings: { executionOrder: 'v1' },
  pinData: {},
  nodes: [
    {
      parameters: { events: [] },
      id: 't-1',
      name: 'Trigger',
      type: 'CUSTOM.plivoVerifyTrigger',
      typeVersion: 1,
      position: [0, 0],
      webhookId: TEST_URL_WEBHOOK_ID,
      credentials: { plivoVerifyApi: { id: CREDENTIAL_ID, name: 'Plivo Verify sandbox' } },
    },
    { parameters: {}, id: 't-2', name: 'NoOp', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0] },
  ],
  connections: { Trigger: { main: [[{ node: 'NoOp', type: 'main', index: 0 }]] } },
};

let sandbox;
let instance;
let collector;
let collectorUrl;
const collected = [];

beforeAll(async () => {
  await ensureN8n((line) => process.stdout.write(`${line}\n`));
  sandbox = await startSandbox({ port: 0, blockedCountries: ['IN'] });
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      collected.push(JSON.parse(body || '{}'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise((resolve) => collector.listen(0, '127.0.0.1', resolve));
  collectorUrl = `http://127.0.0.1:${collector.address().port}/collect`;
  instance = await makeInstance();
  const credentials = [
    {
      id: CREDENTIAL_ID,
      name: 'Plivo Verify sandbox',
      type: 'plivoVerifyApi',
      data: { authId: sandbox.authId, authToken: sandbox.authToken, advanced: true, baseUrl: sandbox.url },
    },
  ];
  writeFileSync(join(instance.root, 'credentials.json'), JSON.stringify(credentials));
  await n8n(instance, ['import:credentials', `--input=${join(instance.root, 'credentials.json')}`]);
});

/** Sends a code through the sandbox's API, its status callbacks going to `url` (signed like Plivo's). */
function createSession(recipient, url) {
  return fetch(`${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ recipient, url, method: 'POST' }),
  }).then((r) => r.json());
}

afterAll(async () => {
  // The inner suite's afterAll has stopped n8n by now; its user folder (~60 MB) goes with the run.
  instance?.dispose();
  await sandbox?.close();
  await new Promise((resolve) => (collector ? collector.close(resolve) : resolve()));
});

describe('real n8n 2.8.4', () => {
  it('runs Manual Trigger → Send Code → sandbox inbox → Check Code → If, and the code is valid', async () => {
    const workflow = {
      ...loadExample('send-and-check-code-sandbox.json', { [SANDBOX_PLACEHOLDER]: sandbox.url }),
      id: 'pvSendCheck0001',
    };
    writeFileSync(join(instance.root, 'action.json'), JSON.stringify(workflow));
    await n8n(instance, ['import:workflow', `--input=${join(instance.root, 'action.json')}`]);
    const stdout = await n8n(instance, ['execute', '--id=pvSendCheck0001', '--rawOutput']);
    const run = parseRunOutput(stdout);
    const runData = run.data?.resultData?.runData ?? run.resultData?.runData ?? run.runData;
    expect(runData, stdout.slice(-2000)).toBeDefined();
    const sent = runData['Send Code'][0].data.main[0][0].json;
    expect(sent.session_uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.recipient).toMatch(/^\+1\d?\*{5,}0100$/);
    const checked = runData['Check Code'][0].data.main[0][0];
    expect(checked.json).toMatchObject({ valid: true, reason: null, session_uuid: sent.session_uuid });
    expect(checked.pairedItem).toEqual({ item: 0 });
    // The If node sent the item down its true branch only.
    expect(runData.Verified[0].data.main[0]).toHaveLength(1);
    expect(runData['Wrong Or Expired Code']).toBeUndefined();
    // And Plivo (the sandbox) agrees: the session is verified.
    const session = await fetch(`${sandbox.url}/__sandbox/messages?session_uuid=${sent.session_uuid}`).then((r) =>
      r.json(),
    );
    expect(session.messages[0].session_status).toBe('verified');
  });

  // Three items: a good number, a malformed one, a blocked country. With "Continue (using error output)" n8n routes
  // an item to the error output only when it carries `error`; without it, no item may send a code before the
  // malformed one is found (a re-run would send second codes).
  const errorRoutingWorkflow = (id, onError) => ({
    id,
    name: id,
    settings: { executionOrder: 'v1' },
    pinData: {},
    nodes: [
      {
        parameters: {},
        id: 'e1',
        name: 'Start',
        type: 'n8n-nodes-base.manualTrigger',
        typeVersion: 1,
        position: [0, 0],
      },
      {
        parameters: {
          jsCode: 'return [{ r: "+14155550161" }, { r: "+1415" }, { r: "+919876543210" }].map((json) => ({ json }));',
        },
        id: 'e2',
        name: 'Items',
        type: 'n8n-nodes-base.code',
        typeVersion: 2,
        position: [200, 0],
      },
      {
        parameters: { resource: 'session', operation: 'create', recipient: '={{ $json.r }}', channel: 'sms' },
        id: 'e3',
        name: 'PV',
        type: 'CUSTOM.plivoVerify',
        typeVersion: 1,
        position: [400, 0],
        ...(onError ? { onError } : {}),
        credentials: { plivoVerifyApi: { id: CREDENTIAL_ID, name: 'Plivo Verify sandbox' } },
      },
      { parameters: {}, id: 'e4', name: 'Sent', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [600, -100] },
      { parameters: {}, id: 'e5', name: 'Failed', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [600, 100] },
    ],
    connections: {
      Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
      Items: { main: [[{ node: 'PV', type: 'main', index: 0 }]] },
      PV: { main: [[{ node: 'Sent', type: 'main', index: 0 }], [{ node: 'Failed', type: 'main', index: 0 }]] },
    },
  });
  const codesTo = async (digits) =>
    (await fetch(`${sandbox.url}/__sandbox/messages?recipient=${digits}`).then((r) => r.json())).messages.length;

  it('"Continue (using error output)": the bad and the refused item go to the error output, the good one on', async () => {
    writeFileSync(
      join(instance.root, 'errout.json'),
      JSON.stringify(errorRoutingWorkflow('pvErrOut000001', 'continueErrorOutput')),
    );
    await n8n(instance, ['import:workflow', `--input=${join(instance.root, 'errout.json')}`]);
    const stdout = await n8n(instance, ['execute', '--id=pvErrOut000001', '--rawOutput']);
    const run = parseRunOutput(stdout);
    const runData = run.data?.resultData?.runData ?? run.resultData?.runData ?? run.runData;
    const sent = runData.Sent[0].data.main[0];
    const failed = runData.Failed[0].data.main[0];
    expect(
      sent.map((item) => item.json.recipient),
      stdout.slice(-2000),
    ).toEqual([expect.stringMatching(/0161$/)]);
    expect(sent[0].json.session_uuid).toBeTruthy();
    expect(failed).toHaveLength(2);
    expect(String(failed[0].json.error)).toContain('recipient');
    expect(failed[1].error).toMatchObject({ name: 'NodeApiError', context: { itemIndex: 2 } });
    expect(String(failed[1].json.error)).toContain('403');
    expect(await codesTo('14155550161')).toBe(1);
  });

  it('with On Error "Stop Workflow", one bad item fails the run before any code is sent', async () => {
    const before = await codesTo('14155550161');
    writeFileSync(join(instance.root, 'stop.json'), JSON.stringify(errorRoutingWorkflow('pvStopBad00001')));
    await n8n(instance, ['import:workflow', `--input=${join(instance.root, 'stop.json')}`]);
    const result = await run(process.execPath, [n8nBin, 'execute', '--id=pvStopBad00001', '--rawOutput'], {
      cwd: instance.root,
      env: instance.env,
      timeoutMs: 180_000,
    });
    expect(result.code, result.stdout.slice(-2000)).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('recipient');
    expect(await codesTo('14155550161')).toBe(before);
  });

  // n8n 2.8.4 retries a node with Retry On Fail when it throws and also when its first output item has `error`
  // (even under On Error → Continue), re-running every item: Send Code refuses it, so no number gets a second code.
  it.each(['continueRegularOutput', 'continueErrorOutput'])(
    'Send Code with Retry On Fail (On Error %s) fails naming the setting and sends no code',
    async (onError) => {
      const id = onError === 'continueRegularOutput' ? 'pvRetryRegular1' : 'pvRetryErrOut01';
      const numbers = ['14155550101', '14155550102'];
      const before = await Promise.all(numbers.map(codesTo));
      const workflow = errorRoutingWorkflow(id, onError);
      workflow.nodes[1].parameters.jsCode =
        'return [{ r: "not-a-number" }, { r: "+14155550101" }, { r: "+14155550102" }].map((json) => ({ json }));';
      Object.assign(workflow.nodes[2], { retryOnFail: true, maxTries: 3, waitBetweenTries: 100 });
      writeFileSync(join(instance.root, `${id}.json`), JSON.stringify(workflow));
      await n8n(instance, ['import:workflow', `--input=${join(instance.root, `${id}.json`)}`]);
      const result = await run(process.execPath, [n8nBin, 'execute', `--id=${id}`, '--rawOutput'], {
        cwd: instance.root,
        env: instance.env,
        timeoutMs: 180_000,
      });
      const output = `${result.stdout}${result.stderr}`;
      // The sandbox inbox: not one code to either good number (before the fix: 3 each).
      expect(await Promise.all(numbers.map(codesTo)), output.slice(-3000)).toEqual(before);
      expect(output, output.slice(-3000)).toContain('Turn off Retry On Fail for Send Code');
    },
  );

  describe('under n8n start', () => {
    let server;
    let webhookUrl;
    let token;

    beforeAll(async () => {
      const workflow = {
        ...loadExample('status-callbacks-trigger.json', { [APP_PLACEHOLDER]: collectorUrl }),
        id: 'pvTrigger000001',
      };
      const webhookId = workflow.nodes[0].webhookId;
      writeFileSync(join(instance.root, 'trigger.json'), JSON.stringify(workflow));
      await n8n(instance, ['import:workflow', `--input=${join(instance.root, 'trigger.json')}`]);
      await n8n(instance, ['publish:workflow', '--id=pvTrigger000001']);
      writeFileSync(join(instance.root, 'test-url.json'), JSON.stringify(TEST_URL_WORKFLOW));
      await n8n(instance, ['import:workflow', `--input=${join(instance.root, 'test-url.json')}`]);
      server = await startN8n(instance);
      webhookUrl = `${instance.baseUrl}/webhook/${webhookId}/webhook`;
      // Published workflows are activated after the server answers: wait until the webhook exists (an unsigned
      // probe gets 401 from the trigger then, and starts nothing).
      const deadline = Date.now() + 120_000;
      let status = 404;
      while (status === 404 && Date.now() < deadline) {
        status = await fetch(webhookUrl, { method: 'POST' }).then((response) => response.status);
        if (status === 404) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(status, server.output().slice(-3000)).toBe(401);
    });

    afterAll(async () => {
      await server?.stop();
    });

    it('runs the workflow on the callbacks the sandbox signs', async () => {
      const created = await createSession('+14155550177', webhookUrl);
      expect(created.session_uuid).toBeTruthy();
      const deadline = Date.now() + 60_000;
      while (!collected.some((event) => event.SessionUUID === created.session_uuid) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const callbacks = await fetch(`${sandbox.url}/__sandbox/callbacks?wait=idle`).then((r) => r.json());
      const mine = collected.filter((event) => event.SessionUUID === created.session_uuid);
      expect(
        mine.length,
        `${JSON.stringify(callbacks).slice(0, 1500)}\n${server.output().slice(-2000)}`,
      ).toBeGreaterThan(0);
      expect(mine[0]).toMatchObject({ signatureVersion: 'v3', SessionStatus: 'in-progress', Channel: 'sms' });
    });

    it('answers 401 to a forged callback and does not run the workflow', async () => {
      const body = new URLSearchParams({
        SessionUUID: 'f0f0f0f0-0000-4000-8000-00000000f0f0',
        SessionStatus: 'verified',
        Channel: 'sms',
        ChannelStatus: 'delivered',
        AttemptSequence: '1',
        AttemptUUID: 'f0f0f0f0-0000-4000-8000-00000000f0f1',
        Recipient: '14155550177',
        RequestTime: '2026-11-26 12:00:00',
      });
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-plivo-signature-v3': 'bm90IGEgcmVhbCBzaWduYXR1cmU=',
          'x-plivo-signature-v3-nonce': '12345678901234567890',
        },
        body: body.toString(),
      });
      expect(response.status).toBe(401);
      const unsigned = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
      expect(unsigned.status).toBe(401);
      // A signed callback after them is delivered, so anything the forged ones started would have arrived first.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(collected.some((event) => event.SessionUUID === 'f0f0f0f0-0000-4000-8000-00000000f0f0')).toBe(false);
    });

    it('answers 409 to a replayed callback and 401 to a V2 downgrade with a forged body; the workflow runs once', async () => {
      const params = {
        SessionUUID: 'e2e0e2e0-0000-4000-8000-00000000e2e0',
        SessionStatus: 'in-progress',
        Channel: 'sms',
        ChannelStatus: 'delivered',
        AttemptSequence: '1',
        AttemptUUID: 'e2e0e2e0-0000-4000-8000-00000000e2e1',
        Recipient: '14155550177',
        // V3 signs RequestTime, and the trigger refuses one older than its replay memory: now, as Plivo sends it.
        RequestTime: new Date().toISOString().slice(0, 19).replace('T', ' '),
      };
      const nonce = `${Date.now()}0000001`;
      const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        'x-plivo-signature-v3': signV3({
          method: 'POST',
          url: webhookUrl,
          nonce,
          authToken: sandbox.authToken,
          params,
        }),
        'x-plivo-signature-v3-nonce': nonce,
        'x-plivo-signature-v2': signV2({ url: webhookUrl, nonce, authToken: sandbox.authToken }),
        'x-plivo-signature-v2-nonce': nonce,
      };
      const send = (h, body) => fetch(webhookUrl, { method: 'POST', headers: h, body }).then((r) => r.status);
      const body = new URLSearchParams(params).toString();
      expect(await send(headers, body)).toBe(200);
      expect(await send(headers, body)).toBe(409);
      // A fresh V2 signature (its own nonce) over a forged body: V2 does not sign the body, and this trigger has
      // accepted V3 callbacks, so V2 alone is refused.
      const v2Nonce = `${Date.now()}0000002`;
      const forged = new URLSearchParams({
        ...params,
        SessionStatus: 'verified',
        SessionUUID: 'e2e0e2e0-0000-4000-8000-00000000e2e9',
      });
      const v2Only = {
        'content-type': 'application/x-www-form-urlencoded',
        'x-plivo-signature-v2': signV2({ url: webhookUrl, nonce: v2Nonce, authToken: sandbox.authToken }),
        'x-plivo-signature-v2-nonce': v2Nonce,
      };
      expect(await send(v2Only, forged.toString())).toBe(401);
      const deadline = Date.now() + 10_000;
      while (!collected.some((event) => event.SessionUUID === params.SessionUUID) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(collected.filter((event) => event.SessionUUID === params.SessionUUID)).toHaveLength(1);
      expect(collected.some((event) => event.SessionUUID === forged.get('SessionUUID'))).toBe(false);
    });

    it('takes a signed callback to the URL pasted with a trailing slash (n8n routes it; Plivo signed the slash)', async () => {
      const params = {
        SessionUUID: 'e2e0e2e0-0000-4000-8000-00000000e2e5',
        SessionStatus: 'in-progress',
        Channel: 'sms',
        ChannelStatus: 'queued',
        AttemptSequence: '1',
        AttemptUUID: 'e2e0e2e0-0000-4000-8000-00000000e2e6',
        Recipient: '14155550177',
        RequestTime: new Date().toISOString().slice(0, 19).replace('T', ' '),
      };
      const nonce = `${Date.now()}0000005`;
      const url = `${webhookUrl}/`;
      const status = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-plivo-signature-v3': signV3({ method: 'POST', url, nonce, authToken: sandbox.authToken, params }),
          'x-plivo-signature-v3-nonce': nonce,
        },
        body: new URLSearchParams(params).toString(),
      }).then((response) => response.status);
      expect(status, server.output().slice(-2000)).toBe(200);
      const deadline = Date.now() + 10_000;
      while (!collected.some((event) => event.SessionUUID === params.SessionUUID) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(collected.filter((event) => event.SessionUUID === params.SessionUUID)).toHaveLength(1);
    });

    it("runs the credential's Test against the sandbox: passes with the token, fails with a wrong one", async () => {
      token = await ownerCookie(instance.baseUrl);
      const test = (authToken, baseUrl = sandbox.url) =>
        fetch(`${instance.baseUrl}/rest/credentials/test`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `n8n-auth=${token}` },
          body: JSON.stringify({
            credentials: {
              id: CREDENTIAL_ID,
              name: 'Plivo Verify sandbox',
              type: 'plivoVerifyApi',
              data: { authId: sandbox.authId, authToken, advanced: true, baseUrl },
            },
          }),
        }).then((response) => response.json());
      expect((await test(sandbox.authToken)).data).toMatchObject({ status: 'OK' });
      const wrong = await test('not-the-sandbox-token');
      expect(wrong.data.status).toBe('Error');
      expect(JSON.stringify(wrong)).not.toContain('not-the-sandbox-token');
      // A server that answers 200 but is not Plivo Verify does not pass.
      const notPlivo = await test(sandbox.authToken, new URL(collectorUrl).origin);
      expect(notPlivo.data.status).toBe('Error');
      expect(notPlivo.data.message).toContain('api_id');
    });

    it("takes the sandbox's signed callbacks on the editor's test URL (/webhook-test/…)", async () => {
      const headers = { 'content-type': 'application/json', cookie: `n8n-auth=${token}` };
      const stored = await fetch(`${instance.baseUrl}/rest/workflows/pvTestUrl00001`, { headers }).then((r) =>
        r.json(),
      );
      const listening = await fetch(`${instance.baseUrl}/rest/workflows/pvTestUrl00001/run`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ workflowData: stored.data, triggerToStartFrom: { name: 'Trigger' } }),
      }).then((r) => r.json());
      expect(JSON.stringify(listening)).toContain('waitingForWebhook');
      const testUrl = `${instance.baseUrl}/webhook-test/${TEST_URL_WEBHOOK_ID}/webhook`;
      const created = await createSession('+14155550178', testUrl);
      expect(created.session_uuid).toBeTruthy();
      const callbacks = await fetch(`${sandbox.url}/__sandbox/callbacks?wait=idle`).then((r) => r.json());
      const mine = callbacks.callbacks.filter((c) => c.url === testUrl);
      expect(mine.length).toBeGreaterThan(0);
      // The editor listens for one call: the first is taken (200), later ones find no listener (404), none is 401.
      expect(
        mine.some((c) => c.delivered),
        JSON.stringify(mine).slice(0, 1500),
      ).toBe(true);
      expect(mine.every((c) => c.last_status !== 401)).toBe(true);
    });

    it('shows the workflow in the editor (screenshots of the canvas and the Send Code panel)', async () => {
      const outDir = join(process.cwd(), 'test-results', 'screenshots');
      mkdirSync(outDir, { recursive: true });
      const shots = await takeScreenshots({ baseUrl: instance.baseUrl, workflowId: 'pvSendCheck0001', outDir, token });
      expect(shots.canvas.bytes).toBeGreaterThan(10_000);
      expect(shots.panel.bytes).toBeGreaterThan(10_000);
      expect(shots.panelText).toContain('Recipient');
    });
  });
});
