import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@plivo-verify/sandbox';
import { describe, expect, it } from 'vitest';

// Reads the built dist (turbo builds before test), as a Worker bundler would see it.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(packageDir, 'dist');
// What a Worker, Deno or Bun can load as is: core's runtime-neutral entries, Hono and zod.
const NEUTRAL = new Set(['@plivo-verify/core/pure', '@plivo-verify/core/clock', 'hono', 'zod/v4']);

function graph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(/from "\.\/([^"]+)"/g))
      if (match[1]) visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

describe('the fetch entry (@plivo-verify/webhook-action/fetch)', { timeout: 60_000 }, () => {
  it('is declared in package.json and reaches only runtime-neutral modules', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      exports: Record<string, { default: string }>;
    };
    expect(manifest.exports['./fetch']?.default).toBe('./dist/fetch.mjs');
    const files = graph('fetch.mjs');
    const imports = files.flatMap((file) =>
      [...readFileSync(join(dist, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*"([^".][^"]*)"/g)].map(
        (match) => match[1] ?? '',
      ),
    );
    expect(imports.filter((name) => !NEUTRAL.has(name))).toEqual([]);
    // Node's hash is only ever looked up at run time (`process.getBuiltinModule`, absent on Workers), never imported.
    for (const file of files) expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(/\bBuffer\b|require\(/);
  });

  it('serves a send from the built entry over the platform fetch', async () => {
    const entry = (await import(join(dist, 'fetch.mjs'))) as typeof import('./fetch.js');
    const sandbox = await startSandbox({ port: 0 });
    try {
      const handler = entry.createFetchHandler({
        plivo: { authId: sandbox.authId, authToken: sandbox.authToken, baseUrl: sandbox.url },
        apiKeys: ['edge-key-123456'],
      });
      const sent = await handler(
        new Request('https://edge.example/v1/sessions', {
          method: 'POST',
          headers: { 'x-api-key': 'edge-key-123456', 'content-type': 'application/json' },
          body: JSON.stringify({ recipient: '+14155550198' }),
        }),
      );
      expect(sent.status).toBe(201);
    } finally {
      await sandbox.close();
    }
  });
});
