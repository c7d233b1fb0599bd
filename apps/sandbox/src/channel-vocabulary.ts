import type { Channel } from './session-model.js';

/**
 * What each channel reports, in one place: the `ChannelStatus` values its callbacks walk through (Plivo's docs:
 * SMS queued → sent → delivered; voice ringing → in-progress → completed) and the attempt status that get/list
 * show once the attempt is done (Plivo shows `answer` for an answered call). Later callbacks of the session
 * (verified, expired) repeat the last callback status, never the get/list one.
 */
export const CHANNEL_VOCABULARY: Readonly<
  Record<Channel, { readonly callbackSteps: readonly [string, ...string[]]; readonly finishedAttemptStatus: string }>
> = {
  sms: { callbackSteps: ['queued', 'sent', 'delivered'], finishedAttemptStatus: 'delivered' },
  voice: { callbackSteps: ['ringing', 'in-progress', 'completed'], finishedAttemptStatus: 'answer' },
};
