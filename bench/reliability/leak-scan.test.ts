import { describe, expect, it } from 'vitest';
import { findLeaks, LEAK_AUTH_ID, LEAK_PHONE, LEAK_TOKEN, leakSecrets } from './leak-scan.js';

// The scans are only as good as their list of secrets: a credential echoed in another spelling than the padded
// base64 of the Basic header must be found too.
describe('leak scan secrets', () => {
  const basic = Buffer.from(`${LEAK_AUTH_ID}:${LEAK_TOKEN}`).toString('base64');
  const spellings: ReadonlyArray<readonly [string, string]> = [
    ['raw token', `token=${LEAK_TOKEN}`],
    ['padded Basic', `authorization: Basic ${basic}`],
    ['URL-encoded Basic (%3D padding)', `?auth=${encodeURIComponent(basic)}`],
    ['unpadded Basic', `auth=${basic.replace(/=+$/, '')}&x=1`],
    ['URL-safe Basic', basic.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')],
    ['base64 of the token alone', Buffer.from(LEAK_TOKEN).toString('base64url')],
    ['full number', `to ${LEAK_PHONE}`],
  ];

  it.each(spellings)('finds the %s', (label, text) => {
    expect(findLeaks([[label, text]], leakSecrets([])).length).toBeGreaterThan(0);
  });

  it('finds nothing in text without a secret', () => {
    expect(findLeaks([['clean', `Basic [redacted] ${LEAK_AUTH_ID} +14******0123`]], leakSecrets([]))).toEqual([]);
  });
});
