// The Node entry: everything of the pure entry, plus the axios transport and real timers built in.

export type { AxiosTransportOptions } from './axios-transport.js';
export { axiosTransport } from './axios-transport.js';
export type { CreateVerifyClientOptions } from './create-verify-client.js';
export { createVerifyClient } from './create-verify-client.js';
export { nodeClock } from './node-clock.js';
export type { NodeHttpTransportOptions } from './node-http-transport.js';
export { nodeHttpTransport } from './node-http-transport.js';
export * from './pure.js';
