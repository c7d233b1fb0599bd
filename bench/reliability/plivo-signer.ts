import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The official plivo package validates signatures but exports no signer. Its v3Security.js holds the canonical
// string and HMAC code (construct_get_url, construct_post_url, get_signature_v3); this loads that file, as is,
// with one extra export that calls them, so the official code computes the signature and core only checks it.
const require = createRequire(import.meta.url);
const file = require.resolve('plivo/dist/utils/v3Security.js');
const source = `${readFileSync(file, 'utf8')}
module.exports.signV3 = function (method, uri, nonce, authToken, params) {
  authToken = utf8.encode(authToken);
  nonce = utf8.encode(nonce);
  uri = utf8.encode(uri);
  var base = method === 'GET' ? construct_get_url(uri, params) : construct_post_url(uri, params);
  return get_signature_v3(authToken, base, nonce);
};`;
const module = { exports: {} as Record<string, unknown> };
new Function('exports', 'require', 'module', source)(module.exports, createRequire(file), module);

type Sign = (method: string, uri: string, nonce: string, authToken: string, params: Record<string, string>) => string;
type Validate = (
  method: string,
  uri: string,
  nonce: string,
  authToken: string,
  signature: string,
  params: Record<string, string>,
) => boolean;

export const plivoSignV3 = module.exports.signV3 as Sign;
export const plivoValidateV3 = module.exports.validateV3Signature as Validate;
