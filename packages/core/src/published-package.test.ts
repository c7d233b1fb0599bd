import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as npm would install it (`pnpm pack`, unpacked into a project's node_modules) next to nothing but
// axios: no zod. zod is bundled into both the JS and the .d.mts, so a caller still gets working JS and the full
// zod/v4 types of the schemas, checked by tsc with skipLibCheck off (the bundled declarations themselves too).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(packageDir, 'node_modules', '.bin', 'tsc');

const CALLER_TS = `import {
  createSessionParamsSchema,
  createVerifyClient,
  describeFields,
  inputJsonSchema,
  type CreateSessionParams,
  type ValidateSessionResult,
  VerifyError,
} from '@plivo-verify/core';
import { fetchTransport, listSessionsFiltersSchema } from '@plivo-verify/core/pure';

const params: CreateSessionParams = createSessionParamsSchema.parse({ recipient: '+14155550100' });
const checked = listSessionsFiltersSchema.safeParse({ limit: 5 });
const limit: number | undefined = checked.success ? checked.data.limit : undefined;
// @ts-expect-error recipient is a string (fails to compile if the schema types were lost to any)
const bad: CreateSessionParams = { recipient: 14155550100 };
// @ts-expect-error the parsed value has no such field
createSessionParamsSchema.parse({}).colour;
const optional: string | undefined = createSessionParamsSchema.partial().parse({}).recipient;
const fields = describeFields(createSessionParamsSchema);
const json: object = inputJsonSchema(listSessionsFiltersSchema);
async function check(result: Promise<ValidateSessionResult>): Promise<string> {
  const r = await result;
  return r.valid ? r.session_uuid : r.reason;
}
const client = createVerifyClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token', transport: fetchTransport() });
export const isVerifyError = (x: unknown): boolean => VerifyError.isInstance(x);
export { bad, check, client, fields, json, limit, optional, params };
`;

const CALLER_MJS = `import { createSessionParamsSchema, describeFields, VerifyError } from '@plivo-verify/core';
import { fetchTransport } from '@plivo-verify/core/pure';
const parsed = createSessionParamsSchema.parse({ recipient: '+1 415 555 0100' });
let rejected = '';
try { createSessionParamsSchema.parse({ recipient: 'x' }); } catch (error) { rejected = error.constructor.name; }
console.log(JSON.stringify({ parsed, fields: describeFields(createSessionParamsSchema).length, rejected,
  transport: typeof fetchTransport(), isInstance: typeof VerifyError.isInstance }));
`;

describe('the published package (pnpm pack), installed without zod', () => {
  let project: string;
  let manifest: { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'core-packed-'));
    execFileSync('pnpm', ['pack', '--pack-destination', project], { cwd: packageDir, stdio: 'ignore' });
    const tarball = readdirSync(project).find((name) => name.endsWith('.tgz')) ?? '';
    const installed = join(project, 'node_modules', '@plivo-verify', 'core');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, tarball), '-C', installed, '--strip-components=1']);
    // Its one dependency, axios, from this workspace (the types import AxiosInstance).
    const axios = dirname(createRequire(join(packageDir, 'package.json')).resolve('axios/package.json'));
    symlinkSync(axios, join(project, 'node_modules', 'axios'), 'dir');
    writeFileSync(join(project, 'package.json'), '{"private":true,"type":"module"}');
    writeFileSync(join(project, 'caller.ts'), CALLER_TS);
    writeFileSync(join(project, 'caller.mjs'), CALLER_MJS);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['caller.ts'],
      }),
    );
    manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  }, 60_000);
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('depends on axios only; its declarations import nothing from zod', () => {
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['axios']);
    expect(manifest.peerDependencies).toBeUndefined();
    const dist = join(project, 'node_modules', '@plivo-verify', 'core', 'dist');
    for (const file of readdirSync(dist).filter((name) => /\.d\.mts$|\.mjs$/.test(name))) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/from ["']zod|import\(["']zod/);
    }
  });

  it('typechecks a caller with the full schema types (skipLibCheck off)', () => {
    const result = (() => {
      try {
        return execFileSync(tsc, ['-p', project], { encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    })();
    expect(result).toBe('');
  }, 90_000);

  it('runs from ESM: schemas parse and reject, both entries load', () => {
    const out = execFileSync(process.execPath, [join(project, 'caller.mjs')], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      parsed: { recipient: '14155550100' },
      fields: 11,
      rejected: 'ZodError',
      transport: 'function',
      isInstance: 'function',
    });
  });
});
