import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Sockets of the default agents that completed their TCP connect. A timed-out request whose socket is not in here
 * (or that never got one) provably never reached the server: a connect timeout.
 */
export type ConnectedSockets = WeakSet<object>;

/** Keep-alive agents that record which of their sockets finished connecting (see `ConnectedSockets`). */
export function markingAgents(
  modules: { http: typeof import('node:http'); https: typeof import('node:https') },
  maxSockets: number,
  connected: ConnectedSockets,
): { http: HttpAgent; https: HttpsAgent } {
  const mark = (socket: Duplex | null | undefined): void => {
    const net = socket as Socket | null | undefined;
    if (!net) return;
    if (net.connecting === false) connected.add(net);
    else net.once('connect', () => connected.add(net));
  };
  const http = new modules.http.Agent({ keepAlive: true, maxSockets });
  const https = new modules.https.Agent({ keepAlive: true, maxSockets });
  for (const agent of [http, https]) {
    const create = agent.createConnection.bind(agent);
    agent.createConnection = (options, callback) => {
      const socket = create(options, callback);
      mark(socket);
      return socket;
    };
  }
  return { http, https };
}
