import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface ActionRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface RunOptions {
  /** Input name as in action.yml (hyphens kept) → value. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
  /** Written to a temp file that GITHUB_EVENT_PATH points at. */
  readonly event?: unknown;
  /** Called once the process has printed a stdout line matching `when`, e.g. to send SIGINT. */
  readonly onLine?: { readonly when: RegExp; readonly run: (child: ChildProcess) => void };
  /** A hang guard (the process is killed and the test fails), not a timing assertion. Default 90 s. */
  readonly timeoutMs?: number;
}

/** Parses a GITHUB_OUTPUT file: `name<<delimiter` heredoc blocks (what @actions/core writes) and `k=v` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/** Runs `node dist/index.js` the way the runner does: INPUT_* env vars (hyphens kept) and file commands. */
export function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gh-action-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state', GITHUB_ENV: 'env' };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  for (const [name, file] of Object.entries(files)) {
    if (options.env?.[name] !== undefined) continue; // a test that points a file command elsewhere
    env[name] = join(dir, file);
    writeFileSync(env[name], '');
  }
  if (options.event !== undefined) {
    env.GITHUB_EVENT_PATH = join(dir, 'event.json');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(options.event));
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let triggered = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`action did not exit within ${options.timeoutMs ?? 90_000} ms; stdout so far:\n${stdout}`));
    }, options.timeoutMs ?? 90_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!triggered && options.onLine && options.onLine.when.test(stdout)) {
        triggered = true;
        options.onLine.run(child);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseOutputFile(readIfThere(env.GITHUB_OUTPUT)),
        summary: readIfThere(env.GITHUB_STEP_SUMMARY),
      });
    });
  });
}

function readIfThere(path: string | undefined): string {
  try {
    return readFileSync(path ?? '', 'utf8');
  } catch {
    return '';
  }
}

/**
 * The secrets that must never be printed: each may appear only inside `::add-mask::` lines (which the runner
 * consumes). Returns the offending lines.
 */
export function leakedLines(run: Pick<ActionRun, 'stdout' | 'stderr'>, secrets: readonly string[]): string[] {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  return lines.filter((line) => secrets.some((secret) => secret.length > 0 && line.includes(secret)));
}
