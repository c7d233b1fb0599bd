import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SandboxOptions } from './options.js';
import { checkSandboxOptions } from './options-schema.js';
import { startSandbox } from './start-sandbox.js';

const USAGE = `Usage: plivo-verify-sandbox [options]

A local Plivo Verify API emulator with an inbox page.

Options:
  --host <host>        interface to bind (default 127.0.0.1)
  --port <port>        port (default 8910; 0 picks a free one)
  --latency-ms <ms>    delay added to every API answer (default 0)
  --no-rate-limit      do not enforce Plivo's 300/5 s and 20 list/min limits
  --config <file>      JSON file with SandboxOptions (accounts, apps, faults, ...); flags override it
  -h, --help           show this help

Environment: PLIVO_SANDBOX_AUTH_ID, PLIVO_SANDBOX_AUTH_TOKEN set the account.`;

function fail(message: string): never {
  process.stderr.write(`plivo-verify-sandbox: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function integer(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`${name} expects a whole number, got "${value}"`);
  if (Number(value) > max) fail(`${name} must be at most ${max}`);
  return Number(value);
}

export async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: {
        host: { type: 'string' };
        port: { type: 'string' };
        'latency-ms': { type: 'string' };
        'no-rate-limit': { type: 'boolean' };
        config: { type: 'string' };
        help: { type: 'boolean'; short: 'h' };
      };
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'latency-ms': { type: 'string' },
        'no-rate-limit': { type: 'boolean' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let options: SandboxOptions = {};
  if (values.config !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(values.config, 'utf8'));
    } catch (error) {
      fail(`cannot read --config ${values.config}: ${(error as Error).message}`);
    }
    try {
      // The same check startSandbox runs, here so the message names the file.
      options = checkSandboxOptions(json);
    } catch (error) {
      fail(`--config ${values.config}: ${(error as Error).message}`);
    }
  }
  const authId = process.env.PLIVO_SANDBOX_AUTH_ID;
  const authToken = process.env.PLIVO_SANDBOX_AUTH_TOKEN;
  if (authId !== undefined || authToken !== undefined) {
    if (!authId || !/^(MA|SA)[A-Z0-9]{18}$/.test(authId))
      fail('PLIVO_SANDBOX_AUTH_ID must be MA or SA followed by 18 characters');
    if (!authToken) fail('PLIVO_SANDBOX_AUTH_TOKEN must be set with PLIVO_SANDBOX_AUTH_ID');
    options.accounts = [{ authId, authToken }, ...(options.accounts ?? [])];
  }
  if (values.host !== undefined) options.host = values.host;
  options.port = integer(values.port, '--port', 65_535) ?? options.port ?? 8910;
  options.latencyMs = integer(values['latency-ms'], '--latency-ms', 60_000) ?? options.latencyMs ?? 0;
  if (values['no-rate-limit']) options.rateLimit = false;

  const sandbox = await startSandbox(options).catch((error: Error) => fail(error.message));
  process.stdout.write(
    `listening on ${sandbox.url}\n` +
      `auth id:    ${sandbox.authId}\n` +
      // A token the user chose is a secret of theirs; only the public default is printed.
      `auth token: ${authToken === undefined ? sandbox.authToken : '(from PLIVO_SANDBOX_AUTH_TOKEN)'}\n` +
      `inbox:      ${sandbox.inboxUrl}\n`,
  );
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
