// Runs a real n8n 2.8.4 (the newest n8n that runs on Node 20) for the end-to-end suite. It is installed once into
// a cache folder outside the repository, from a throwaway package.json that carries the `xlsx` override (n8n's
// own dependency points at a CDN that only-npm machines cannot reach). Any failure here fails the suite loudly.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const N8N_VERSION = '2.8.4';
export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const runtimeDir =
  process.env.N8N_E2E_RUNTIME ?? join(homedir(), '.cache', 'plivo-verify-kit', `n8n-${N8N_VERSION}`);
const marker = join(runtimeDir, '.install-complete');
export const n8nBin = join(runtimeDir, 'node_modules', 'n8n', 'bin', 'n8n');

/** Runs a command, resolving with its exit code and output; rejects only if it cannot start or overruns. */
export function run(command, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stderr.slice(-4000)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Installs n8n into the cache folder unless a complete install is there. Throws with npm's output on failure. */
export async function ensureN8n(log = () => {}) {
  if (existsSync(marker) && existsSync(n8nBin)) return;
  mkdirSync(runtimeDir, { recursive: true });
  writeFileSync(
    join(runtimeDir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'plivo-verify-kit-n8n-harness',
        private: true,
        description: 'Throwaway harness: n8n for the n8n-nodes-plivo-verify end-to-end test',
        dependencies: { n8n: N8N_VERSION },
        overrides: { xlsx: '0.18.5' },
      },
      null,
      2,
    )}\n`,
  );
  log(`installing n8n ${N8N_VERSION} into ${runtimeDir} (3-7 minutes on a cold machine)`);
  // sqlite3 builds from source (its prebuilt download is unreachable), so install scripts must run.
  const result = await run('npm', ['install', '--ignore-scripts=false', '--no-audit', '--no-fund'], {
    cwd: runtimeDir,
    env: process.env,
    timeoutMs: 20 * 60_000,
  });
  if (result.code !== 0 || !existsSync(n8nBin)) {
    throw new Error(`npm install n8n@${N8N_VERSION} failed (exit ${result.code}):\n${result.stderr.slice(-6000)}`);
  }
  const installed = JSON.parse(readFileSync(join(runtimeDir, 'node_modules', 'n8n', 'package.json'), 'utf8'));
  if (installed.version !== N8N_VERSION) throw new Error(`installed n8n ${installed.version}, wanted ${N8N_VERSION}`);
  writeFileSync(marker, `${N8N_VERSION}\n`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A fresh n8n user folder plus one custom-extensions folder holding a copy of the built package (package.json +
 * dist, exactly what npm would publish): n8n loads it as `CUSTOM.<name>` and resolves n8n-workflow and zod itself.
 * Each is ~60 MB (n8n's database and logs): `dispose()` deletes it once n8n has stopped, and so does this process's
 * exit, for callers that forget (the cached n8n install in ~/.cache stays).
 */
export async function makeInstance() {
  const root = mkdtempSync(join(tmpdir(), 'n8n-e2e-'));
  const dispose = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', dispose);
  const extensions = join(root, 'custom', 'n8n-nodes-plivo-verify');
  if (!existsSync(join(packageDir, 'dist', 'nodes', 'PlivoVerify', 'PlivoVerify.node.js'))) {
    throw new Error('dist/ is missing: build the package first (the e2e script does)');
  }
  cpSync(join(packageDir, 'dist'), join(extensions, 'dist'), { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(extensions, 'package.json'));
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: root,
    N8N_USER_FOLDER: join(root, 'user'),
    N8N_CUSTOM_EXTENSIONS: join(root, 'custom'),
    N8N_ENCRYPTION_KEY: 'e2e-only-encryption-key-0123456789',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
    N8N_SECURE_COOKIE: 'false',
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    N8N_HOST: '127.0.0.1',
    N8N_PORT: String(port),
    WEBHOOK_URL: `http://127.0.0.1:${port}/`,
    N8N_RUNNERS_BROKER_PORT: String(await freePort()),
    // n8n execute prints the run data at info level.
    N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL ?? 'info',
    DB_SQLITE_POOL_SIZE: '2',
  };
  mkdirSync(env.N8N_USER_FOLDER, { recursive: true });
  return { root, port, baseUrl: `http://127.0.0.1:${port}`, env, dispose };
}

export async function n8n(instance, args, timeoutMs = 180_000) {
  const result = await run(process.execPath, [n8nBin, ...args], { cwd: instance.root, env: instance.env, timeoutMs });
  if (result.code !== 0) {
    throw new Error(
      `n8n ${args.join(' ')} exited ${result.code}\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    );
  }
  return result.stdout;
}

/** `n8n start` on loopback; resolves once the REST API answers. Call stop() when done. */
export async function startN8n(instance, timeoutMs = 180_000) {
  const child = spawn(process.execPath, [n8nBin, 'start'], {
    cwd: instance.root,
    env: instance.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`n8n start exited ${child.exitCode}\n${output.slice(-4000)}`);
    const ready = await fetch(`${instance.baseUrl}/healthz/readiness`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`n8n start was not ready in ${timeoutMs} ms\n${output.slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** An example workflow from examples/, retargeted: node types to CUSTOM.*, placeholder URLs to this run's. */
export function loadExample(file, replacements) {
  let text = readFileSync(join(packageDir, 'examples', file), 'utf8');
  text = text.replaceAll('"n8n-nodes-plivo-verify.', '"CUSTOM.');
  for (const [from, to] of Object.entries(replacements)) text = text.replaceAll(from, to);
  return JSON.parse(text);
}

/** Parses `n8n execute --rawOutput`: log lines first, then the run data JSON. */
export function parseRunOutput(output) {
  const [stdout, stderr = ''] = output.split('\n--- stderr ---\n');
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => line.startsWith('{'));
  if (start === -1) throw new Error(`no JSON in n8n execute output:\n${stdout.slice(-8000)}\n${stderr.slice(-3000)}`);
  const end = lines.findLastIndex((line) => line.startsWith('}'));
  return JSON.parse(lines.slice(start, end + 1).join('\n'));
}
