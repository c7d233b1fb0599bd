// Real n8n 2.8.4 end to end: the built package loaded through N8N_CUSTOM_EXTENSIONS, the sandbox standing in
// for Plivo. Action path with `n8n execute`, then the trigger under `n8n start`: a signed callback runs the
// workflow, a forged one gets 401. Screenshots of the editor close the run.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureN8n, loadExample, makeInstance, n8n, parseRunOutput, startN8n } from './n8n-harness.mjs';
import { ownerCookie, takeScreenshots } from './screenshots.mjs';

const CREDENTIAL_ID = 'pvSandboxCred01';
const SANDBOX_PLACEHOLDER = 'http://127.0.0.1:8910';
const APP_PLACEHOLDER = 'https://example.com/hooks/verification-status';

let sandbox;
let instance;
let collector;
let collectorUrl;
const collected = [];

beforeAll(async () => {
  await ensureN8n((line) => process.stdout.write(`${line}\n`));
  sandbox = await startSandbox({ port: 0 });
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

afterAll(async () => {
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
      const created = await fetch(`${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ recipient: '+14155550177', url: webhookUrl, method: 'POST' }),
      }).then((r) => r.json());
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

    it("runs the credential's Test against the sandbox: passes with the token, fails with a wrong one", async () => {
      token = await ownerCookie(instance.baseUrl);
      const test = (authToken) =>
        fetch(`${instance.baseUrl}/rest/credentials/test`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `n8n-auth=${token}` },
          body: JSON.stringify({
            credentials: {
              id: CREDENTIAL_ID,
              name: 'Plivo Verify sandbox',
              type: 'plivoVerifyApi',
              data: { authId: sandbox.authId, authToken, advanced: true, baseUrl: sandbox.url },
            },
          }),
        }).then((response) => response.json());
      expect((await test(sandbox.authToken)).data).toMatchObject({ status: 'OK' });
      const wrong = await test('not-the-sandbox-token');
      expect(wrong.data.status).toBe('Error');
      expect(JSON.stringify(wrong)).not.toContain('not-the-sandbox-token');
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
