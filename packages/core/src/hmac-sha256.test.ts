import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hmacSha256, sha256, toBase64 } from './hmac-sha256.js';

describe('plain-JS SHA-256 and HMAC (no node:crypto in the pure entry)', () => {
  it('matches the FIPS 180-4 and RFC 4231 vectors', () => {
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // RFC 4231 test case 2.
    expect(hex(hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('agrees with node:crypto on random keys and messages of every length around the block edges', () => {
    for (let length = 0; length < 200; length += 1) {
      const message = `${randomBytes(length).toString('latin1')}é✓`;
      const key = randomBytes(length % 100).toString('base64');
      expect(Buffer.from(sha256(new TextEncoder().encode(message))).toString('hex')).toBe(
        createHash('sha256').update(message, 'utf8').digest('hex'),
      );
      expect(toBase64(hmacSha256(key, message))).toBe(
        createHmac('sha256', key).update(message, 'utf8').digest('base64'),
      );
    }
  });

  it('compares strings only as equal when they are', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'ab')).toBe(false);
    expect(constantTimeEqual('', 'a')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
