import { randomFillSync } from 'node:crypto';

/**
 * UUID v4s and OTP digits from a pooled crypto-random buffer. `crypto.randomUUID()` returns a string built by ~20
 * concatenations: V8 keeps it as a tree of ~20 cons-string nodes (~640 bytes) until something flattens it, and the
 * sandbox keeps two per session. Measured at the 30,000-session cap, such nodes were 30 of 69 MB of live heap and
 * made garbage collection the largest cost of a create. These are flat 36-byte strings from the same randomness.
 */
const POOL_BYTES = 4_096;
const pool = Buffer.alloc(POOL_BYTES);
let used = POOL_BYTES;

function take(n: number): number {
  if (used + n > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const at = used;
  used += n;
  return at;
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');
const text = Buffer.alloc(36);

/** A random (version 4, RFC 9562) UUID in lower case, as a flat string. */
export function uuidV4(): string {
  const at = take(16);
  let j = 0;
  for (let i = 0; i < 16; i += 1) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text[j++] = 0x2d; // '-'
    let byte = pool[at + i] as number;
    if (i === 6)
      byte = (byte & 0x0f) | 0x40; // version 4
    else if (i === 8) byte = (byte & 0x3f) | 0x80; // variant 10
    text[j++] = HEX[byte >> 4] as number;
    text[j++] = HEX[byte & 0x0f] as number;
  }
  return text.toString('latin1', 0, 36);
}

/** `length` decimal digits, each uniform over 0–9 (bytes of 250 and above are redrawn, so no digit is favoured). */
export function randomDigits(length: number): string {
  let digits = '';
  while (digits.length < length) {
    const byte = pool[take(1)] as number;
    if (byte < 250) digits += String.fromCharCode(0x30 + (byte % 10));
  }
  return digits;
}
