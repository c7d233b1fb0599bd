/**
 * The URL Plivo signed: the webhook's public URL (from WEBHOOK_URL) plus the query the request came with. n8n gives
 * the production URL even while the editor listens on the test URL (`/webhook-test/…`), so in test mode n8n's
 * endpoint segment is taken from the request: the segment just before the webhook's own id and path.
 */
export function signedUrl(webhookUrl: string, requestPath: string, testMode: boolean): string {
  const queryAt = requestPath.indexOf('?');
  const query = queryAt === -1 ? '' : requestPath.slice(queryAt);
  if (!testMode || webhookUrl === '') return `${webhookUrl}${query}`;
  const url = new URL(webhookUrl);
  const published = url.pathname.split('/');
  const requested = (queryAt === -1 ? requestPath : requestPath.slice(0, queryAt)).split('/');
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
  url.pathname = published.join('/');
  url.search = '';
  return `${url.toString()}${query}`;
}
