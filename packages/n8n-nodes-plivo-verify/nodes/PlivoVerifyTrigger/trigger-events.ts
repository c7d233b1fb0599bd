import type { INodePropertyOptions } from 'n8n-workflow';

export type TriggerEvent = 'channelStatus' | 'sessionStatus' | 'verified' | 'expired';

export const TRIGGER_EVENT_OPTIONS: INodePropertyOptions[] = [
  {
    name: 'Channel Status Changed',
    value: 'channelStatus',
    description: 'Delivery of a code progressed (queued, sent, delivered, failed, …) while the session is open',
  },
  { name: 'Session Expired', value: 'expired', description: 'The code expired before it was checked' },
  {
    name: 'Session Status Changed',
    value: 'sessionStatus',
    description: 'The session ended: verified or expired',
  },
  { name: 'Session Verified', value: 'verified', description: 'The right code was checked' },
];

/** Whether a callback with this session status is one the user subscribed to (none selected: every one). */
export function isSubscribed(events: readonly string[], sessionStatus: string): boolean {
  if (events.length === 0) return true;
  const open = sessionStatus === 'in-progress';
  return (
    (events.includes('channelStatus') && open) ||
    (events.includes('sessionStatus') && !open) ||
    (events.includes('verified') && sessionStatus === 'verified') ||
    (events.includes('expired') && sessionStatus === 'expired')
  );
}
