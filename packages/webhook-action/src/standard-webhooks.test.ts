import { describe, expect, it } from 'vitest';
import { signStandardWebhook, verifyStandardWebhook } from './standard-webhooks.js';

const SECRET = `whsec_${Buffer.from('a-test-signing-secret-of-32-bytes!').toString('base64')}`;
const BODY = '{"recipient":"+14155550100"}';
const NOW_S = 1_800_000_000;

async function headersAt(timestamp: number, signature?: string): Promise<Headers> {
  return new Headers({
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signature ?? (await signStandardWebhook(SECRET, 'msg_1', timestamp, BODY)),
  });
}

describe('Standard Webhooks verification', () => {
  it('takes a timestamp up to five minutes off either way, and refuses one a second further', async () => {
    for (const offset of [0, -300, 300]) {
      expect(await verifyStandardWebhook(SECRET, await headersAt(NOW_S + offset), BODY, NOW_S * 1000)).toBeUndefined();
    }
    for (const offset of [-301, 301, 3_600]) {
      expect(await verifyStandardWebhook(SECRET, await headersAt(NOW_S + offset), BODY, NOW_S * 1000)).toBe('stale');
    }
  });

  it('accepts only the v1 scheme: the same MAC under another version label is no signature', async () => {
    const good = await signStandardWebhook(SECRET, 'msg_1', NOW_S, BODY);
    const relabelled = good.replace(/^v1,/, 'v1a,');
    expect(await verifyStandardWebhook(SECRET, await headersAt(NOW_S, relabelled), BODY, NOW_S * 1000)).toBe(
      'mismatch',
    );
    // One good v1 among several signatures (a rotated secret) is enough.
    expect(
      await verifyStandardWebhook(SECRET, await headersAt(NOW_S, `v1,AAAA ${good}`), BODY, NOW_S * 1000),
    ).toBeUndefined();
  });

  it('a changed body or id fails', async () => {
    const headers = await headersAt(NOW_S);
    expect(await verifyStandardWebhook(SECRET, headers, `${BODY} `, NOW_S * 1000)).toBe('mismatch');
    headers.set('webhook-id', 'msg_2');
    expect(await verifyStandardWebhook(SECRET, headers, BODY, NOW_S * 1000)).toBe('mismatch');
  });
});
