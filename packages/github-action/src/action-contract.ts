// The names in action.yml. Code reads and writes only these (typed), and a test compares them with action.yml.

export const INPUT_NAMES = [
  'mode',
  'auth-id',
  'auth-token',
  'api-url',
  'recipient',
  'approver',
  'approver-phones',
  'channel',
  'app-uuid',
  'locale',
  'brand-name',
  'code-length',
  'callback-url',
  'session-uuid',
  'otp',
  'timeout-seconds',
  'poll-interval-seconds',
  'fail-on-reuse',
  'require-approver-match',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

export const OUTPUT_NAMES = [
  'session-uuid',
  'status',
  'valid',
  'reason',
  'reused',
  'recipient-masked',
  'api-id',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export const MODES = ['send', 'wait', 'validate', 'status'] as const;
export type Mode = (typeof MODES)[number];

/**
 * Action inputs that are Plivo fields, with their wire names in core's schemas: the field's rules come from
 * core (one definition), the action only renames it.
 */
export const CREATE_FIELD_INPUTS = {
  recipient: 'recipient',
  'app-uuid': 'app_uuid',
  channel: 'channel',
  'callback-url': 'url',
  locale: 'locale',
  'brand-name': 'brand_name',
  'code-length': 'code_length',
} as const satisfies Partial<Record<InputName, string>>;

/**
 * Create fields the action does not offer: `method` (the callback is optional here; Plivo's default suffices),
 * `app_hash` (Android auto-fill: no app on a release approver's side), `dtmf` and `fraud_check` (set them on the
 * Verify application instead).
 */
export const NOT_EXPOSED_CREATE_FIELDS = ['method', 'app_hash', 'dtmf', 'fraud_check'] as const;

export const VALIDATE_FIELD_INPUTS = {
  'session-uuid': 'session_uuid',
  otp: 'otp',
} as const satisfies Partial<Record<InputName, string>>;
