import { isIP } from 'node:net';

/**
 * Whether a request's Host may reach the control plane and the inbox. IP literals and `localhost` names are
 * always fine (DNS rebinding needs a domain name); other names only when listed in `allowedHosts` (`*` = any).
 */
export function hostAllowed(host: string | undefined, allowedHosts: readonly string[]): boolean {
  if (host === undefined || host === '') return true; // HTTP/1.0 without Host: not a browser
  let name: string;
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end > 0 && isIP(host.slice(1, end)) === 6;
  }
  const colon = host.lastIndexOf(':');
  name = (colon === -1 ? host : host.slice(0, colon)).toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost')) return true;
  return allowedHosts.includes('*') || allowedHosts.some((allowed) => allowed.toLowerCase() === name);
}
