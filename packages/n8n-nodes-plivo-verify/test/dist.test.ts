/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Checks the built package as n8n will load it: every file listed under package.json#n8n loads with nothing but
// n8n-workflow (and the zod 3.25 it brings, whose `zod/v4` serves core) resolvable, and dist/ requires nothing
// else. n8n's own scanner does not catch a require of a devDependency; this does.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLIVO_API_BASE_URL } from '@plivo-verify/core/pure';
import type { ICredentialType, INodeExecutionData, INodeType } from 'n8n-workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeExecute } from './fake-execute-functions';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  n8n: { nodes: string[]; credentials: string[] };
};
// The sandbox's well-known account id (not a secret).
const SANDBOX_ACCOUNT = ['MASANDBOX', '00000000001'].join('');
const ALLOWED = new Set(['n8n-workflow', 'zod', 'zod/v4', 'crypto', 'node:crypto']);

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

let sandboxDir: string;

beforeAll(() => {
  // A folder outside the workspace: dist/ plus node_modules holding only n8n-workflow and its zod.
  sandboxDir = mkdtempSync(join(tmpdir(), 'n8n-dist-'));
  cpSync(join(packageDir, 'dist'), join(sandboxDir, 'pkg', 'dist'), { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(sandboxDir, 'pkg', 'package.json'));
  const workflowDir = dirname(createRequire(join(packageDir, 'package.json')).resolve('n8n-workflow/package.json'));
  const zodDir = dirname(createRequire(join(workflowDir, 'package.json')).resolve('zod/package.json'));
  mkdirSync(join(sandboxDir, 'node_modules'));
  symlinkSync(workflowDir, join(sandboxDir, 'node_modules', 'n8n-workflow'), 'dir');
  symlinkSync(zodDir, join(sandboxDir, 'node_modules', 'zod'), 'dir');
});
afterAll(() => rmSync(sandboxDir, { recursive: true, force: true }));

describe('dist/', () => {
  it('requires nothing but n8n-workflow, zod and node:crypto', () => {
    const files = jsFiles(join(packageDir, 'dist'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
      const imported = [...source.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
      expect(
        [...required, ...imported].filter((name) => !ALLOWED.has(String(name))),
        file,
      ).toEqual([]);
      expect(source, file).not.toContain('@plivo-verify/');
      // n8n Cloud rules: none of these may appear in shipped code.
      for (const banned of [
        /\bglobalThis\b/,
        /\bprocess\.\w/,
        /\bconsole\.\w+\(/,
        /\bset(Timeout|Interval|Immediate)\(/,
        /\beval\(/,
        /\bnew Function\(/,
      ]) {
        expect(banned.test(source), `${file} matches ${banned}`).toBe(false);
      }
    }
  });

  it('loads every node and credential with only n8n-workflow resolvable, and runs core on zod 3.25', async () => {
    const zodVersion = JSON.parse(
      readFileSync(join(sandboxDir, 'node_modules', 'zod', 'package.json'), 'utf8'),
    ).version;
    expect(zodVersion).toMatch(/^3\.25\./);
    // Node's own require, rooted in the copy: it sees only the copy's node_modules, not the workspace's.
    const load = createRequire(join(sandboxDir, 'pkg', 'package.json'));
    const nodes = manifest.n8n.nodes.flatMap((file) =>
      Object.values(load(`./${file}`) as Record<string, new () => INodeType>).map((Node) => new Node()),
    );
    expect(nodes.map((node) => node.description.name)).toEqual(['plivoVerify', 'plivoVerifyTrigger']);
    const [action, trigger] = nodes;
    expect(action?.description).toMatchObject({
      usableAsTool: true,
      credentials: [{ name: 'plivoVerifyApi', required: true }],
    });
    expect(typeof action?.execute).toBe('function');
    expect(trigger?.description.usableAsTool).toBeUndefined();
    expect(trigger?.description.webhooks?.map((webhook) => webhook.httpMethod)).toEqual(['POST', 'GET']);
    expect(typeof trigger?.webhook).toBe('function');
    const credentials = manifest.n8n.credentials.flatMap((file) =>
      Object.values(load(`./${file}`) as Record<string, new () => ICredentialType>).map(
        (Credential) => new Credential(),
      ),
    );
    expect(credentials.map((credential) => credential.name)).toEqual(['plivoVerifyApi']);
    expect(credentials[0]?.authenticate).toMatchObject({ type: 'generic' });
    // Plivo's URL comes from core, and reaches n8n as the plain text its expression engine evaluates.
    expect(credentials[0]?.properties.find((property) => property.name === 'baseUrl')?.default).toBe(
      PLIVO_API_BASE_URL,
    );
    expect(credentials[0]?.test?.request.baseURL).toBe(
      `={{$credentials.advanced && String($credentials.baseUrl ?? "").trim() !== "" ? String($credentials.baseUrl).trim() : "${PLIVO_API_BASE_URL}"}}`,
    );
    const credentialSource = readFileSync(join(packageDir, manifest.n8n.credentials[0] ?? ''), 'utf8');
    expect(credentialSource).toContain(`: "${PLIVO_API_BASE_URL}"}}`);
    expect(credentials[0]?.properties.find((property) => property.name === 'authToken')?.typeOptions).toEqual({
      password: true,
    });
    // Core's validation through zod 3.25's v4 API: a bad number is named before any request.
    const fake = fakeExecute({
      items: [{ operation: 'create', recipient: 'abc', channel: 'sms' }],
      credentials: { authId: SANDBOX_ACCOUNT, authToken: 'token' },
      continueOnFail: true,
    });
    const output = (await action?.execute?.call(fake.context)) as INodeExecutionData[][] | undefined;
    expect(String(output?.[0]?.[0]?.json.error)).toContain('recipient');
    expect(fake.requests).toHaveLength(0);
  });

  it('ships the icons and codex files n8n looks for', () => {
    for (const file of [
      'icons/plivo-verify.svg',
      'icons/plivo-verify.dark.svg',
      'nodes/PlivoVerify/PlivoVerify.node.json',
      'nodes/PlivoVerifyTrigger/PlivoVerifyTrigger.node.json',
    ]) {
      expect(readFileSync(join(packageDir, 'dist', file), 'utf8').length, file).toBeGreaterThan(50);
    }
  });
});
