export type { GlobalFault, SandboxAccount, SandboxApp, SandboxOptions } from './options.js';
export { DEFAULT_ACCOUNT, DEFAULT_APP } from './options.js';
export { SandboxOptionsError } from './options-schema.js';
export type { RunningSandbox } from './start-sandbox.js';
export { startSandbox } from './start-sandbox.js';
