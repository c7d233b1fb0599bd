// The floor for any two-hop service: a bare node:http proxy that forwards each request to one upstream path over
// keep-alive sockets and pipes the answer back, with no auth, validation or state. The webhook row compares the
// service with it, so the figure says what the service's own work costs beyond the second hop.
// Usage: node bare-proxy.mjs <upstream base URL> <upstream path> <authorization header value>
import { Agent, createServer, request } from 'node:http';

const [upstream, path, authorization] = process.argv.slice(2);
const agent = new Agent({ keepAlive: true, maxSockets: 50 });
const target = new URL(path, upstream);

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const out = request(
      target,
      {
        method: 'POST',
        agent,
        headers: { authorization, 'content-type': 'application/json', 'content-length': body.length },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' });
        answer.pipe(res);
      },
    );
    out.on('error', () => {
      res.writeHead(502).end();
    });
    out.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => process.exit(0));
