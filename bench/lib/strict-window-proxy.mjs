// A loopback proxy in front of the sandbox that enforces Plivo's account limit as a strict sliding window
// (at most `limit` requests arriving in ANY `windowMs`), answers 429 + Retry-After past it, and records every
// arrival, so a run can be counted (server-side 429s, duplicate creates) and drawn (requests over time).
import { Agent, createServer, request } from 'node:http';
import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core';

/** `now` is injectable so the window can be tested without waiting. */
export async function startStrictWindowProxy({
  target,
  limit = PLIVO_ACCOUNT_LIMIT.limit,
  windowMs = PLIVO_ACCOUNT_LIMIT.windowMs,
  now: clock = () => performance.now(),
}) {
  const upstream = new URL(target);
  // No keep-alive upstream: the sandbox closes idle sockets after 5 s, and a reused socket could race that close.
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  let accepted = []; // arrival times (ms) of requests let through, oldest first
  let events = [];
  let startedAt = clock();

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const now = clock();
      const body = Buffer.concat(chunks);
      let recipient;
      try {
        recipient = JSON.parse(body.toString('utf8')).recipient;
      } catch {
        recipient = undefined;
      }
      while (accepted.length > 0 && accepted[0] <= now - windowMs) accepted.shift();
      const event = { t: now - startedAt, recipient, status: 0 };
      events.push(event);
      if (accepted.length >= limit) {
        const waitMs = accepted[0] + windowMs - now;
        event.status = 429;
        const text = JSON.stringify({ api_id: 'strict-window', error: 'too many requests' });
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
        return;
      }
      accepted.push(now);
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host, 'content-length': body.length },
          agent,
        },
        (answer) => {
          event.status = answer.statusCode;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    /** Forget the window and the records; t = 0 from now. */
    reset() {
      accepted = [];
      events = [];
      startedAt = clock();
    },
    /** Every arrival: `{ t (ms since reset), recipient, status }`. */
    events: () => events,
    close() {
      agent.destroy();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Server-side figures of a run: 429s sent, and creates that reached the sandbox more than once per recipient. */
export function countEvents(events) {
  const perRecipient = new Map();
  let rejected = 0;
  for (const { recipient, status } of events) {
    if (status === 429) {
      rejected += 1;
      continue;
    }
    perRecipient.set(recipient, (perRecipient.get(recipient) ?? 0) + 1);
  }
  let duplicates = 0;
  for (const count of perRecipient.values()) duplicates += count - 1;
  return { server429s: rejected, duplicates };
}
