const encoder = new TextEncoder();

interface NodeHash {
  update(text: string, encoding: 'utf8'): NodeHash;
  digest(): Uint8Array;
}
type GetBuiltinModule = (id: 'node:crypto') => { createHash(algorithm: 'sha256'): NodeHash } | undefined;

// WebCrypto's digest is a thread-pool job per call: on Node it was the largest single cost of a send (README,
// Performance). Node ≥ 20.16 hands out its synchronous hash through `process.getBuiltinModule`, with no import
// that edge runtimes would trip on; elsewhere WebCrypto is used.
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } }).process?.getBuiltinModule?.(
  'node:crypto',
);

/** SHA-256 of the UTF-8 text. */
export async function sha256(text: string): Promise<Uint8Array> {
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text, 'utf8').digest();
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
