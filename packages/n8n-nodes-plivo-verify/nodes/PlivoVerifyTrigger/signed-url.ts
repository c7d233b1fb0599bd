/**
 * The URL Plivo signed: the webhook's public URL (from WEBHOOK_URL) plus the query the request came with. n8n gives
 * the production URL even while the editor listens on the test URL (`/webhook-test/…`), so in test mode n8n's
 * endpoint segment is taken from the request: the segment just before the webhook's own id and path.
 *
 * Text only, never `new URL()`: it would drop `:443` and lower-case the host, and Plivo signs the URL exactly as
 * it was pasted. A trailing slash the request came with is kept too: n8n routes `/webhook/…/webhook/` to the same
 * webhook, and the slash is part of what Plivo signed.
 */
export function signedUrl(webhookUrl: string, requestPath: string, testMode: boolean): string {
  const queryAt = requestPath.indexOf('?');
  const path = queryAt === -1 ? requestPath : requestPath.slice(0, queryAt);
  const query = queryAt === -1 ? '' : requestPath.slice(queryAt);
  const slashes = webhookUrl.endsWith('/') ? '' : (/\/+$/.exec(path)?.[0] ?? '');
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(webhookUrl)?.[0];
  if (!testMode || webhookUrl === '' || origin === undefined) return `${webhookUrl}${slashes}${query}`;
  const published = webhookUrl.slice(origin.length).split('/');
  const requested = path.replace(/\/+$/, '').split('/');
  let same = 0;
  while (
    same < published.length &&
    same < requested.length &&
    published[published.length - 1 - same] === requested[requested.length - 1 - same]
  ) {
    same++;
  }
  const at = published.length - 1 - same;
  const endpoint = requested[requested.length - 1 - same];
  // The id and the path (two segments at least) must match; only then is the one before them n8n's endpoint.
  if (same >= 2 && at >= 1 && endpoint !== undefined && endpoint !== '') published[at] = endpoint;
  return `${origin}${published.join('/')}${slashes}${query}`;
}
