// The entry for bundles that bring their own transport and clock (e.g. n8n): no axios, timers, process or console.

export type { CallbackEvent, CallbackSessionStatus, ChannelStatus } from './callback-event.js';
export { parseCallback } from './callback-event.js';
export type { Clock } from './clock.js';
export type { Channel, CreateSessionParams } from './create-session-params.js';
export { createSessionParamsSchema, DEFAULT_CHANNEL } from './create-session-params.js';
export type { FetchTransportOptions } from './fetch-transport.js';
export { fetchTransport } from './fetch-transport.js';
export type { FieldDescriptor, InputSchema, JsonSchema } from './field-meta.js';
export { describeFields, inputJsonSchema } from './field-meta.js';
export type { FindAttemptsQuery, FoundAttempt, FoundAttempts } from './find-attempts.js';
export { findSentAttempt } from './find-sent-attempt.js';
export type { ListSessionsFilters } from './list-sessions-filters.js';
export { formatSessionTime, listSessionsFiltersSchema, PLIVO_LIST_PAGE_MAX } from './list-sessions-filters.js';
export type { FieldIssueOptions } from './parse-input.js';
export { fieldIssues } from './parse-input.js';
export { phoneDigits } from './phone-number.js';
export { PLIVO_API_BASE_URL } from './plivo-api-base-url.js';
export type { RateLimiter, RateLimitOptions, ReleaseSlot, SlidingWindowOptions } from './rate-limiter.js';
export { PLIVO_ACCOUNT_LIMIT, PLIVO_LIST_LIMIT, slidingWindowLimiter } from './rate-limiter.js';
export { echoableFieldName, maskPhoneNumber } from './redact.js';
export { parseRequestTime } from './request-time.js';
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
export { SESSION_STATUSES } from './session.js';
export type { CallbackParams, SignV2Input, SignV3Input } from './signature.js';
export { signV2, signV3, validateSignatureV2, validateSignatureV3 } from './signature.js';
export type { Transport, TransportFailurePhase, TransportRequest, TransportResponse } from './transport.js';
export { TransportError } from './transport.js';
export { transportErrorFrom } from './transport-failure.js';
export type { ValidateSessionParams } from './validate-session-params.js';
export { validateSessionParamsSchema } from './validate-session-params.js';
export type { ValidationFailureReason } from './validation-reason.js';
export { VALIDATION_FAILURE_REASONS } from './validation-reason.js';
export type { CallbackRequest, VerifyCallbackResult } from './verify-callback.js';
export { verifyCallback } from './verify-callback.js';
export type { CallOptions, SessionsApi, VerifyClient, VerifyClientOptions } from './verify-client.js';
export { createVerifyClientWith as createVerifyClient } from './verify-client.js';
export type { AnyVerifyError, FieldIssue, VerifyErrorCode, VerifyOperation } from './verify-error.js';
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
