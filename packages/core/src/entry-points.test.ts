import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Reads the built dist (turbo runs build before test), as a bundler would see it.
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

function graph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const match of source.matchAll(/from "\.\/([^"]+)"/g)) if (match[1]) visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

// Importing the built bundles is slow when CI runs every package's tests at once on 2 cores.
describe('built entry points', { timeout: 60_000 }, () => {
  it('the pure entry reaches no axios, node: module, Buffer, timers, process or console', () => {
    for (const file of graph('pure.mjs')) {
      const source = readFileSync(join(dist, file), 'utf8');
      const imports = [...source.matchAll(/from "([^".][^"]*)"/g)].map((match) => match[1]);
      // Nothing platform-specific: signatures use core's own HMAC, so Workers and browsers bundle it as is.
      expect(imports.every((name) => name === 'zod/v4')).toBe(true);
      expect(source).not.toMatch(/\bBuffer\b|from "node:/);
      expect(source).not.toMatch(/\b(setTimeout|setInterval|setImmediate|process\.|console\.)\b/);
      // zod is bundled in (its registry lives on globalThis by design); core's own code uses no globals.
      const own = source.replace(/\/\/#region [^\n]*node_modules[^\n]*\n[\s\S]*?\/\/#endregion\n/g, '');
      expect(own).not.toMatch(/\bglobalThis\b/);
    }
  });

  it("the clock entry is the Node entry's clock and imports nothing (safe where only timers exist)", async () => {
    expect(graph('node-clock.mjs')).toEqual(['node-clock.mjs']);
    expect(readFileSync(join(dist, 'node-clock.mjs'), 'utf8')).not.toMatch(/^import /m);
    const main = await import(join(dist, 'index.mjs'));
    const clock = await import(join(dist, 'node-clock.mjs'));
    expect(clock.nodeClock).toBe(main.nodeClock);
  });

  it('exports the contract from both entries', async () => {
    const main = await import(join(dist, 'index.mjs'));
    const pure = await import(join(dist, 'pure.mjs'));
    const shared = [
      'createVerifyClient',
      'parseCallback',
      'signV2',
      'signV3',
      'validateSignatureV2',
      'validateSignatureV3',
      'TransportError',
      'VerifyError',
      'VerifyValidationError',
      'VerifyAuthenticationError',
      'VerifyPermissionError',
      'VerifyNotFoundError',
      'VerifyRateLimitError',
      'VerifyUpstreamError',
      'VerifyNetworkError',
      'VerifyAmbiguousError',
      'VerifyProtocolError',
      'createSessionParamsSchema',
      'validateSessionParamsSchema',
      'listSessionsFiltersSchema',
      'describeFields',
      'inputJsonSchema',
      'verifyCallback',
      'fetchTransport',
      'slidingWindowLimiter',
      'maskPhoneNumber',
      'formatSessionTime',
      'transportErrorFrom',
      'phoneDigits',
      'findSentAttempt',
      'PLIVO_LIST_PAGE_MAX',
      'PLIVO_ACCOUNT_LIMIT',
      'PLIVO_API_BASE_URL',
      'VALIDATION_FAILURE_REASONS',
    ];
    for (const name of shared) {
      expect(['function', 'object', 'number', 'string'], name).toContain(typeof main[name]);
      // One implementation behind both entries, except the client factory that the Node entry fills in.
      if (name !== 'createVerifyClient') expect(main[name], name).toBe(pure[name]);
      else expect(typeof pure[name]).toBe('function');
    }
    expect(typeof main.axiosTransport).toBe('function');
    expect(pure.axiosTransport).toBeUndefined();
  });

  it('the pure entry is the Node entry less exactly the Node-only names, and the README lists every name', async () => {
    const main = Object.keys(await import(join(dist, 'index.mjs')));
    const pure = Object.keys(await import(join(dist, 'pure.mjs')));
    // The README's entry table promises exactly this difference.
    expect(main.filter((name) => !pure.includes(name)).sort()).toEqual([
      'axiosTransport',
      'nodeClock',
      'nodeHttpTransport',
    ]);
    expect(pure.filter((name) => !main.includes(name))).toEqual([]);
    const readme = readFileSync(join(dist, '..', 'README.md'), 'utf8');
    for (const name of main) expect(readme, `${name} is documented`).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('errors from one bundle copy are recognised by another via isInstance', async () => {
    const main = await import(join(dist, 'index.mjs'));
    const error = new main.VerifyNotFoundError('x', { operation: 'get', method: 'GET', path: '/' });
    const { VerifyNotFoundError, VerifyError } = await import('./verify-error.js');
    expect(VerifyNotFoundError.isInstance(error)).toBe(true);
    expect(VerifyError.isInstance(error)).toBe(true);
    expect(VerifyNotFoundError.isInstance(new Error('x'))).toBe(false);
    const { VerifyRateLimitError } = await import('./verify-error.js');
    expect(VerifyRateLimitError.isInstance(error)).toBe(false);
  });

  it("the bundled zod interoperates with the caller's zod: shared metadata registry, toJSONSchema", async () => {
    const { z } = await import('zod/v4');
    const main = await import(join(dist, 'index.mjs'));
    const recipient = main.createSessionParamsSchema.shape.recipient;
    expect(z.globalRegistry.get(recipient)?.title).toBe('Recipient');
    const json = z.toJSONSchema(main.validateSessionParamsSchema, { io: 'input' }) as { required: string[] };
    expect(json.required).toEqual(['session_uuid', 'otp']);
    expect(main.createSessionParamsSchema.safeParse({ recipient: '+14155550100', channel: '' }).success).toBe(true);
  });
});
