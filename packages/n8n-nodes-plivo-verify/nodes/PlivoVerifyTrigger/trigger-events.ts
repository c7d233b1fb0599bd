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

/** The node's subtitle: the events' names as the user sees them, not their internal values. */
export const triggerSubtitle = `={{ ($parameter["events"] || []).length === 0 ? "All Events" : $parameter["events"].map(e => (${JSON.stringify(
  Object.fromEntries(TRIGGER_EVENT_OPTIONS.map((option) => [option.value, option.name])),
)})[e] || e).join(", ") }}`;

// The statuses that end a session. Core reads any other status Plivo may add as `unknown`: nothing says that session
// ended, so "ended" subscribers do not hear of it (subscribing to no event in particular still delivers it).
const ENDED: ReadonlySet<string> = new Set(['verified', 'expired']);

/** Whether a callback with this session status is one the user subscribed to (none selected: every one). */
export function isSubscribed(events: readonly string[], sessionStatus: string): boolean {
  if (events.length === 0) return true;
  return (
    (events.includes('channelStatus') && sessionStatus === 'in-progress') ||
    (events.includes('sessionStatus') && ENDED.has(sessionStatus)) ||
    (events.includes('verified') && sessionStatus === 'verified') ||
    (events.includes('expired') && sessionStatus === 'expired')
  );
}
