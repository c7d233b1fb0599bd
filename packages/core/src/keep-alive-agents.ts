import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Sockets of the default agents that completed their TCP connect. A timed-out request whose socket is not in here
 * (or that never got one) provably never reached the server: a connect timeout.
 */
export type ConnectedSockets = WeakSet<object>;

/** A keep-alive agent of `AgentClass` (http's or https') that records which of its sockets finished connecting. */
export function markingAgent<A extends HttpAgent>(
  AgentClass: new (options: { keepAlive: boolean; maxSockets: number }) => A,
  maxSockets: number,
  connected: ConnectedSockets,
): A {
  const agent = new AgentClass({ keepAlive: true, maxSockets });
  const create = agent.createConnection.bind(agent);
  agent.createConnection = (options, callback) => {
    const socket = create(options, callback) as Duplex | null | undefined;
    const net = socket as Socket | null | undefined;
    if (net) {
      if (net.connecting === false) connected.add(net);
      else net.once('connect', () => connected.add(net));
    }
    return socket as ReturnType<HttpAgent['createConnection']>;
  };
  return agent;
}

/** Keep-alive agents for both schemes (see `markingAgent`). */
export function markingAgents(
  modules: { http: typeof import('node:http'); https: typeof import('node:https') },
  maxSockets: number,
  connected: ConnectedSockets,
): { http: HttpAgent; https: HttpsAgent } {
  return {
    http: markingAgent(modules.http.Agent, maxSockets, connected),
    https: markingAgent(modules.https.Agent, maxSockets, connected),
  };
}
