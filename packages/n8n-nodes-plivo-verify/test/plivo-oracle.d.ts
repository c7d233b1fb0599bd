// The official SDK ships no types for its signature helpers; only what the tests call is declared.
declare module 'plivo/dist/utils/v3Security.js' {
  export function validateV3Signature(
    method: string,
    uri: string,
    nonce: string,
    authToken: string,
    signature: string,
    params?: Record<string, string>,
  ): boolean;
}
declare module 'plivo/dist/utils/security.js' {
  export function validateSignature(uri: string, nonce: string, signature: string, authToken: string): boolean;
}
