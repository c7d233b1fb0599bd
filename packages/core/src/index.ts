export type { AxiosTransportOptions } from './axios-transport.js';
export { axiosTransport } from './axios-transport.js';
export type { CallbackEvent } from './callback-event.js';
export { parseCallback } from './callback-event.js';
export type { Clock } from './clock.js';
export type { Channel, CreateSessionParams } from './create-session-params.js';
export type { CreateVerifyClientOptions } from './create-verify-client.js';
export { createVerifyClient } from './create-verify-client.js';
export type { ListSessionsFilters } from './list-sessions-filters.js';
export { formatSessionTime } from './list-sessions-filters.js';
export { nodeClock } from './node-clock.js';
export type { RateLimitOptions, TokenBucketOptions } from './rate-limiter.js';
export { maskPhoneNumber } from './redact.js';
export type { RetryOptions } from './retry-policy.js';
export type {
  AttemptCharge,
  AttemptDetail,
  Charges,
  CreateSessionResponse,
  ListSessionsResponse,
  Session,
  SessionStatus,
  ValidateSessionResult,
} from './session.js';
export type { CallbackParams, SignV2Input, SignV3Input } from './signature.js';
export { signV2, signV3, validateSignatureV2, validateSignatureV3 } from './signature.js';
export type { Transport, TransportFailurePhase, TransportRequest, TransportResponse } from './transport.js';
export { TransportError } from './transport.js';
export type { CallOptions, SessionsApi, VerifyClient, VerifyClientOptions } from './verify-client.js';
export type { FieldIssue, VerifyErrorCode, VerifyOperation } from './verify-error.js';
export {
  VerifyAmbiguousError,
  VerifyAuthenticationError,
  VerifyError,
  VerifyNetworkError,
  VerifyNotFoundError,
  VerifyPermissionError,
  VerifyProtocolError,
  VerifyRateLimitError,
  VerifyUpstreamError,
  VerifyValidationError,
} from './verify-error.js';
