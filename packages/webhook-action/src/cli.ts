import { parseArgs } from 'node:util';
import { startWebhookServer } from './node-server.js';
import { ConfigError, configWarnings } from './service-config.js';

/** `plivo-verify-webhook [--port 8787] [--host 127.0.0.1]`; the rest of the configuration comes from the environment. */
export async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(
      'plivo-verify-webhook [--port 8787] [--host 127.0.0.1]\nEnv: PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_API_URL, WEBHOOK_API_KEYS, REDIS_URL, … (see README)',
    );
    return;
  }
  const chosen = values.port ?? process.env.PORT;
  const port = Number(chosen ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('--port: expected 0 to 65535');
  for (const warning of configWarnings(process.env)) console.error(`warning: ${warning}`);
  const server = await startWebhookServer({
    port,
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
    // The default port falls back to a free one (the printed URL says which); a chosen one fails clearly.
    portFallback: chosen === undefined,
  });
  console.log(`listening on ${server.url}`);
  if (server.inboxUrl) {
    console.log(`plivo:      embedded sandbox (no PLIVO_AUTH_ID set; no real codes are sent)`);
    console.log(`inbox:      ${server.inboxUrl}`);
  }
  if (server.devApiKey) console.log(`dev api key: ${server.devApiKey}`);
  console.log(`openapi:    ${server.url}/openapi.json`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
