const encoder = new TextEncoder();

interface NodeHash {
  update(text: string, encoding: 'utf8'): NodeHash;
  digest(): Uint8Array;
}
interface NodeCrypto {
  createHash(algorithm: 'sha256'): NodeHash;
  createHmac(algorithm: 'sha256', key: string): NodeHash;
}
type GetBuiltinModule = (id: 'node:crypto') => NodeCrypto | undefined;

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

/** HMAC-SHA256 of the UTF-8 text under `key`, as hex. */
export async function hmacSha256Hex(key: string, text: string): Promise<string> {
  if (nodeCrypto) return toHex(nodeCrypto.createHmac('sha256', key).update(text, 'utf8').digest());
  const imported = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', imported, encoder.encode(text))));
}
