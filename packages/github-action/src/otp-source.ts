import { readFileSync } from 'node:fs';

/** Where the OTP came from; `event` means `inputs.otp` of the workflow_dispatch payload. */
export type OtpSource = { readonly otp: string; readonly from: 'input' | 'event' | 'none'; readonly problem?: string };

/**
 * The OTP from the `otp` input, or else from the dispatch event's `inputs.otp`. Reading it from the event file
 * keeps it out of the step's `with:` header, which the runner prints before the action can mask anything.
 */
export function readOtp(otpInput: string, eventPath: string | undefined): OtpSource {
  if (otpInput !== '') return { otp: otpInput, from: 'input' };
  if (!eventPath) return { otp: '', from: 'none' };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return { otp: '', from: 'none', problem: 'the event payload (GITHUB_EVENT_PATH) could not be read as JSON' };
  }
  const inputs = (payload as { inputs?: unknown } | null)?.inputs;
  const value = typeof inputs === 'object' && inputs !== null ? (inputs as Record<string, unknown>).otp : undefined;
  if (typeof value === 'string' && value.trim() !== '') return { otp: value.trim(), from: 'event' };
  if (typeof value === 'number') return { otp: '', from: 'none', problem: 'inputs.otp in the event must be a string' };
  return { otp: '', from: 'none' };
}
