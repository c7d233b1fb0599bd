import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';

// The official package validates signatures but exports no signer. Its own signing steps (URL construction,
// sorting, HMAC) are reached by compiling its module with one extra export, so the oracle stays plivo's code.
const require = createRequire(import.meta.url);
const root = dirname(require.resolve('plivo/package.json'));

type Compiled = Record<string, unknown>;

function compileWith(file: string, extra: string): Compiled {
  const path = `${root}/dist/utils/${file}`;
  const module = new Module(path) as Module & { _compile(source: string, filename: string): void; paths: string[] };
  module.filename = path;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(path));
  module._compile(`${readFileSync(path, 'utf8')}\n${extra}`, path);
  return module.exports as Compiled;
}

const v3 = compileWith(
  'v3Security.js',
  `exports.__sign = function (method, uri, nonce, authToken, params) {
    uri = utf8.encode(uri); nonce = utf8.encode(nonce); authToken = utf8.encode(authToken);
    var base = method === 'GET' ? construct_get_url(uri, params) : construct_post_url(uri, params);
    return get_signature_v3(authToken, base, nonce);
  };`,
);
const v2 = compileWith(
  'security.js',
  `exports.__sign = function (uri, nonce, authToken) {
    nonce = utf8.encode(nonce); authToken = utf8.encode(authToken); uri = utf8.encode(uri);
    var parsed = parser.parse(uri);
    var protocol = parsed.protocol == '' ? 'http://' : parsed.protocol + '://';
    var proxy = parsed.port == '' ? parsed.host : parsed.host + ':' + parsed.port;
    var base = buildUrl(protocol + proxy, { path: parsed.path });
    return base64.encode(base64.decode(_crypto2.default.createHmac('sha256', authToken).update(base + nonce).digest('base64')));
  };`,
);

/** `X-Plivo-Signature-V3` as plivo@4.79.0 computes it. */
export function plivoSignV3(
  method: 'GET' | 'POST',
  url: string,
  nonce: string,
  authToken: string,
  params: Record<string, string>,
): string {
  return (v3.__sign as (...args: unknown[]) => string)(method, url, nonce, authToken, params);
}

/** `X-Plivo-Signature-V2` as plivo@4.79.0 computes it. */
export function plivoSignV2(url: string, nonce: string, authToken: string): string {
  return (v2.__sign as (...args: unknown[]) => string)(url, nonce, authToken);
}
