import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as npm would install it (`pnpm pack`, unpacked into a project's node_modules), with axios (its one
// dependency) and without zod, which is an optional peer: zod is bundled into the JS, and only the schemas' types
// come from the caller's own zod. Checked: the JS runs without zod; a client-only caller typechecks without zod;
// with zod installed, a caller gets the full schema types, passes them where its own z.ZodType is expected, and
// tsc checks core's declarations too (skipLibCheck off).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(packageDir, 'node_modules', '.bin', 'tsc');
const requireHere = createRequire(join(packageDir, 'package.json'));

const CLIENT_ONLY_TS = `import { createVerifyClient, type ValidateSessionResult, VerifyError } from '@plivo-verify/core';
import { fetchTransport } from '@plivo-verify/core/pure';
const client = createVerifyClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token', transport: fetchTransport() });
async function check(result: Promise<ValidateSessionResult>): Promise<string> {
  const r = await result;
  return r.valid ? r.session_uuid : r.reason;
}
// @ts-expect-error validate takes (sessionUuid, otp)
client.sessions.validate(42);
export const isVerifyError = (x: unknown): boolean => VerifyError.isInstance(x);
export { check, client };
`;

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
import { z } from 'zod/v4';

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
// The caller's own zod accepts core's schemas as its types (one copy of zod's declarations).
const asZod: z.ZodType = createSessionParamsSchema;
const form = z.object({ params: createSessionParamsSchema, note: z.string() });
const parsedForm: z.infer<typeof form> = form.parse({ params: { recipient: '+14155550100' }, note: 'x' });
export { asZod, bad, check, client, fields, json, limit, optional, params, parsedForm };
`;

const CALLER_MJS = `import { createSessionParamsSchema, describeFields, VerifyError } from '@plivo-verify/core';
import { fetchTransport } from '@plivo-verify/core/pure';
const parsed = createSessionParamsSchema.parse({ recipient: '+1 415 555 0100' });
let rejected = '';
try { createSessionParamsSchema.parse({ recipient: 'x' }); } catch (error) { rejected = error.constructor.name; }
// Nothing named zod is resolvable here: the JS must carry its own.
let zodResolvable = true;
try { import.meta.resolve('zod/v4'); } catch { zodResolvable = false; }
console.log(JSON.stringify({ zodResolvable, parsed, fields: describeFields(createSessionParamsSchema).length, rejected,
  transport: typeof fetchTransport(), isInstance: typeof VerifyError.isInstance }));
`;

/** Unpacks the tarball into a fresh project with axios (and zod when asked), plus the given caller files. */
function project(tarball: string, files: Record<string, string>, withZod: boolean, skipLibCheck: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'core-packed-'));
  const installed = join(dir, 'node_modules', '@plivo-verify', 'core');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const link = (name: string) =>
    symlinkSync(dirname(requireHere.resolve(`${name}/package.json`)), join(dir, 'node_modules', name), 'dir');
  link('axios');
  if (withZod) link('zod');
  writeFileSync(join(dir, 'package.json'), '{"private":true,"type":"module"}');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const compilerOptions = {
    strict: true,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    noEmit: true,
    skipLibCheck,
    types: [],
  };
  const ts = Object.keys(files).filter((name) => name.endsWith('.ts'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ts }));
  return dir;
}

function typecheck(dir: string): string {
  try {
    return execFileSync(tsc, ['-p', dir], { encoding: 'utf8' });
  } catch (error) {
    // A failed check must never read as clean: stderr and the exit status count too (a crash may print no stdout).
    const { stdout = '', stderr = '', status } = error as { stdout?: string; stderr?: string; status?: number };
    return `${stdout}${stderr}exit ${status ?? 'unknown'}\n`;
  }
}

describe('the published package (pnpm pack)', () => {
  const dirs: string[] = [];
  let tarball = '';
  let manifest: {
    files?: string[];
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  };

  beforeAll(() => {
    const packed = mkdtempSync(join(tmpdir(), 'core-pack-'));
    dirs.push(packed);
    execFileSync('pnpm', ['pack', '--pack-destination', packed], { cwd: packageDir, stdio: 'ignore' });
    tarball = join(packed, readdirSync(packed).find((name) => name.endsWith('.tgz')) ?? '');
    manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  }, 120_000);
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('ships its licence and readme, lists the changelog the readme links, and no map pointing at unshipped src/', () => {
    const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(entries).toContain('package/LICENSE');
    expect(entries).toContain('package/README.md');
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('package/src/'))).toEqual([]);
    // changesets writes CHANGELOG.md next to package.json when versioning; the README links it.
    expect(manifest.files).toContain('CHANGELOG.md');
  });

  it('depends on axios only; zod is an optional peer (npm does not install it)', () => {
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['axios']);
    expect(manifest.peerDependencies?.zod).toMatch(/3\.25.*4/);
    expect(manifest.peerDependenciesMeta?.zod?.optional).toBe(true);
  });

  it('runs from ESM without zod installed: schemas parse and reject, both entries load', () => {
    const dir = project(tarball, { 'caller.mjs': CALLER_MJS }, false, true);
    dirs.push(dir);
    const out = execFileSync(process.execPath, [join(dir, 'caller.mjs')], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      zodResolvable: false,
      parsed: { recipient: '14155550100' },
      fields: 11,
      rejected: 'ZodError',
      transport: 'function',
      isInstance: 'function',
    });
  });

  it('typechecks a client-only caller without zod installed', () => {
    const dir = project(tarball, { 'caller.ts': CLIENT_ONLY_TS }, false, true);
    dirs.push(dir);
    expect(typecheck(dir)).toBe('');
  }, 300_000);

  it('with zod installed: full schema types, usable as the caller’s own zod types, skipLibCheck off', () => {
    const dir = project(tarball, { 'caller.ts': CALLER_TS }, true, false);
    dirs.push(dir);
    expect(typecheck(dir)).toBe('');
  }, 300_000);
});
