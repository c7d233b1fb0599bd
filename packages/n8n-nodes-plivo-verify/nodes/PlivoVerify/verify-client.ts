import type { VerifyClient } from '@plivo-verify/core/pure';
import { createVerifyClient, PLIVO_API_BASE_URL } from '@plivo-verify/core/pure';
import type { IExecuteFunctions } from 'n8n-workflow';
import { n8nClock } from './n8n-clock';
import { CREDENTIAL_NAME, n8nTransport } from './n8n-transport';

export const DEFAULT_BASE_URL = PLIVO_API_BASE_URL;

/**
 * Where requests go: the credential's base URL only when its advanced settings are on and it is not blank, else
 * Plivo. The credential's Test request evaluates the same rule as an n8n expression (a test keeps them equal).
 */
export function baseUrlOf(credentials: { readonly advanced?: unknown; readonly baseUrl?: unknown }): string {
  return credentials.advanced === true && typeof credentials.baseUrl === 'string' && credentials.baseUrl.trim() !== ''
    ? credentials.baseUrl.trim()
    : DEFAULT_BASE_URL;
}

/**
 * One client per execution: all items share its rate limiter (core's `PLIVO_ACCOUNT_LIMIT` and `PLIVO_LIST_LIMIT`),
 * so a large batch is paced instead of hitting Plivo's 429s.
 */
export async function verifyClientFor(context: IExecuteFunctions): Promise<VerifyClient> {
  const credentials = await context.getCredentials(CREDENTIAL_NAME);
  const baseUrl = baseUrlOf(credentials);
  return createVerifyClient({
    authId: String(credentials.authId ?? '').trim(),
    // Core keeps the token only to redact it from messages; n8n adds the Authorization header itself.
    authToken: String(credentials.authToken ?? ''),
    baseUrl,
    transport: n8nTransport(context),
    clock: n8nClock,
  });
}
