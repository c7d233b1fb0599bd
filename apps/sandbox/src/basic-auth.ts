import type { IncomingMessage } from 'node:http';
import type { SandboxAccount } from './options.js';

/** The configured account whose Basic credentials the request carries, if any. */
export function authenticate(req: IncomingMessage, accounts: readonly SandboxAccount[]): SandboxAccount | undefined {
  const header = req.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  // Clients send the same header on every request: remember the last few answers (per accounts list).
  let cache = CACHE.get(accounts);
  if (cache === undefined) {
    cache = new Map();
    CACHE.set(accounts, cache);
  }
  const known = cache.get(header);
  if (known !== undefined || cache.has(header)) return known;
  const account = decode(header, accounts);
  if (cache.size >= 64) cache.clear();
  cache.set(header, account);
  return account;
}

const CACHE = new WeakMap<readonly SandboxAccount[], Map<string, SandboxAccount | undefined>>();

function decode(header: string, accounts: readonly SandboxAccount[]): SandboxAccount | undefined {
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  const user = decoded.slice(0, colon);
  const pass = decoded.slice(colon + 1);
  return accounts.find((account) => account.authId === user && account.authToken === pass);
}

export function isLoopback(address: string | undefined): boolean {
  return address === '::1' || address === '::ffff:127.0.0.1' || !!address?.startsWith('127.');
}
