/** A status callback's parameters as Plivo posts them (all strings). */
export const CALLBACK_PARAMS = {
  SessionUUID: '8e712097-8090-4644-81e7-8f4265d8354e',
  SessionStatus: 'in-progress',
  Channel: 'sms',
  ChannelStatus: 'delivered',
  AttemptSequence: '1',
  AttemptUUID: 'f2c5ad5a-0e9a-4b74-8f1b-1f0f3c1f2a11',
  Recipient: '14155550100',
  RequestTime: '2026-11-26 12:00:00',
  ChannelErrorCode: '',
} as const;
