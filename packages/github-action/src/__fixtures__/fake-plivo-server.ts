import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePlivoServer {
  readonly url: string;
  /** `METHOD path` of every request received, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A stand-in for Plivo on 127.0.0.1, port 0, answering whatever a test scripts, however malformed: for answers
 * the sandbox would never give.
 */
export async function startFakePlivo(
  answer: (method: string, path: string) => { status: number; body: unknown },
): Promise<FakePlivoServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push(`${req.method} ${path}`);
      const { status, body } = answer(req.method ?? 'GET', path);
      res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
