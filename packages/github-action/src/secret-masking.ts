import type { ActionIo } from './action-io.js';
import { approverPhoneSecrets } from './approver-phones.js';
import { phoneVariants } from './phone-variants.js';

export interface SecretInputs {
  readonly authId: string;
  readonly authToken: string;
  readonly otp: string;
  readonly recipient: string;
  readonly approverPhones: string;
}

/**
 * Registers every secret with the runner before the action prints anything: the token (and the Basic
 * credentials built from it), the OTP, the recipient and every number in the approver map, each in all the
 * spellings a log could show. The runner only masks lines printed after this.
 */
export function maskSecrets(io: ActionIo, secrets: SecretInputs): void {
  const values = new Set<string>();
  if (secrets.authToken !== '') {
    values.add(secrets.authToken);
    try {
      values.add(btoa(`${secrets.authId}:${secrets.authToken}`));
    } catch {
      // Not Latin-1, so it cannot be a valid credential; core rejects it before any request.
    }
  }
  if (secrets.otp !== '') values.add(secrets.otp);
  if (secrets.recipient !== '') for (const variant of phoneVariants(secrets.recipient)) values.add(variant);
  if (secrets.approverPhones !== '')
    for (const variant of approverPhoneSecrets(secrets.approverPhones)) values.add(variant);
  for (const value of values) io.setSecret(value);
}

/**
 * Registers a number learned from Plivo (a session's recipient) in every spelling, before anything derived from
 * it is printed: wait and status runs have no approver map to mask it up front.
 */
export function maskLearnedNumber(io: ActionIo, number: string): void {
  if (number !== '') for (const variant of phoneVariants(number)) io.setSecret(variant);
}
