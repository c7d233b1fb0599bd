import type { VerifyClient } from '@plivo-verify/core/pure';
import { createVerifyClient } from '@plivo-verify/core/pure';
import type { IExecuteFunctions } from 'n8n-workflow';
import { n8nClock } from './n8n-clock';
import { CREDENTIAL_NAME, n8nTransport } from './n8n-transport';

export const DEFAULT_BASE_URL = 'https://api.plivo.com';

/**
 * One client per execution: all items share its rate limiter (at most 300 requests in any 5 s, 20 list calls a
 * minute), so a large batch is paced instead of hitting Plivo's 429s.
 */
export async function verifyClientFor(context: IExecuteFunctions): Promise<VerifyClient> {
  const credentials = await context.getCredentials(CREDENTIAL_NAME);
  const baseUrl =
    credentials.advanced === true && typeof credentials.baseUrl === 'string' && credentials.baseUrl.trim() !== ''
      ? credentials.baseUrl.trim()
      : DEFAULT_BASE_URL;
  return createVerifyClient({
    authId: String(credentials.authId ?? '').trim(),
    // Core keeps the token only to redact it from messages; n8n adds the Authorization header itself.
    authToken: String(credentials.authToken ?? ''),
    baseUrl,
    transport: n8nTransport(context),
    clock: n8nClock,
  });
}
