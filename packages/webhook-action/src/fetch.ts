// The runtime-neutral entry (`@plivo-verify/webhook-action/fetch`): everything a Worker, Deno, Bun or serverless
// function needs, with nothing that imports Node built-ins, ioredis, axios or @hono/node-server. The main entry adds
// the Node server and the Redis store.
export type { ActionDescriptor, PerformContext } from './action-descriptor.js';
export { apiKeyVerifier } from './api-key-auth.js';
export type { CreateAppOptions, ServiceLimits } from './create-app.js';
export { createApp } from './create-app.js';
export { checkCode, descriptors, getSession, sendCode } from './descriptors.js';
export type { FetchHandlerOptions } from './fetch-handler.js';
export { createFetchHandler } from './fetch-handler.js';
export type { StoredResponse } from './idempotency.js';
export type { MemoryStoreOptions } from './memory-store.js';
export { memoryStore } from './memory-store.js';
export { openApiDocument } from './openapi.js';
export type { Problem, ProblemFieldError } from './problem.js';
export type { ServiceVerifyClientOptions } from './service-verify-client.js';
export { serviceVerifyClient } from './service-verify-client.js';
export { signStandardWebhook } from './standard-webhooks.js';
export type { StateStore, WindowHit } from './state-store.js';
export type { StoreRateLimiterOptions } from './store-rate-limiter.js';
export { RateLimiterBusyError, storeRateLimiter } from './store-rate-limiter.js';
export { swaggerDocument } from './swagger.js';
