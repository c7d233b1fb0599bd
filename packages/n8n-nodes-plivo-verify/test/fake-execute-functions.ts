// A hand-built `this` for execute(): parameters per item from plain objects, credentials from a record, and an
// `httpRequestWithAuthentication` with n8n's semantics (Basic auth from the credential, returnFullResponse,
// ignoreHttpStatusErrors, JSON parsed unless the body is asked for as text) over real HTTP.
import type {
  ICredentialDataDecryptedObject,
  IDataObject,
  IExecuteFunctions,
  IHttpRequestOptions,
  INode,
  INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

export interface FakeExecuteOptions {
  /** Parameters per item; a parameter missing from an item falls back to `shared`. */
  readonly items: readonly IDataObject[];
  readonly shared?: IDataObject;
  readonly credentials: ICredentialDataDecryptedObject;
  readonly continueOnFail?: boolean;
  /** Replaces the HTTP call, for answers the sandbox cannot give. */
  readonly http?: (options: IHttpRequestOptions) => Promise<unknown>;
  /** Node settings n8n keeps on the node (Retry On Fail, Max Tries…), merged into the test node. */
  readonly node?: Partial<INode>;
}

export interface FakeExecute {
  readonly context: IExecuteFunctions;
  readonly requests: IHttpRequestOptions[];
}

export const TEST_NODE: INode = {
  id: '8d7e6f5a-0000-4000-8000-000000000001',
  name: 'Plivo Verify',
  type: 'n8n-nodes-plivo-verify.plivoVerify',
  typeVersion: 1,
  position: [0, 0],
  parameters: {},
};

function systemCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const { code, cause } = e as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    e = cause;
  }
  return undefined;
}

/**
 * Like n8n 2.8: a failed request becomes a NodeApiError that keeps only the system code, as a string `httpCode`;
 * the original error is gone (no `cause`, no `errorResponse`), so the node cannot read the code anywhere else.
 */
function n8nTransportError(error: unknown): NodeApiError {
  if (error instanceof NodeApiError) return error;
  const code = systemCode(error) ?? 'UNKNOWN';
  const wrapped = new NodeApiError(TEST_NODE, { message: 'request failed', httpCode: code });
  Object.assign(wrapped, { cause: undefined, errorResponse: undefined, httpCode: code });
  return wrapped;
}

async function realHttp(options: IHttpRequestOptions, credentials: ICredentialDataDecryptedObject): Promise<unknown> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.headers ?? {})) headers[key] = String(value);
  headers.authorization = `Basic ${Buffer.from(`${credentials.authId}:${credentials.authToken}`).toString('base64')}`;
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: options.method ?? 'GET',
      headers,
      ...(typeof options.body === 'string' ? { body: options.body } : {}),
      ...(options.abortSignal ? { signal: options.abortSignal as AbortSignal } : {}),
      // n8n (axios) follows redirects unless told not to; then a 3xx is an answer like any other.
      redirect: options.disableFollowRedirect ? 'manual' : 'follow',
    });
  } catch (error) {
    throw n8nTransportError(error);
  }
  const text = await response.text();
  if (!options.ignoreHttpStatusErrors && response.status >= 400) {
    throw new NodeApiError(TEST_NODE, { message: text, httpCode: String(response.status) });
  }
  const body = options.encoding === 'text' || options.json === false ? text : text === '' ? '' : JSON.parse(text);
  if (!options.returnFullResponse) return body;
  return { statusCode: response.status, headers: Object.fromEntries(response.headers), body };
}

export function fakeExecute(options: FakeExecuteOptions): FakeExecute {
  const requests: IHttpRequestOptions[] = [];
  const inputs: INodeExecutionData[] = options.items.map((_, index) => ({ json: { index } }));
  const abort = new AbortController();
  const context = {
    getInputData: () => inputs,
    getNode: () => ({ ...TEST_NODE, ...options.node }),
    continueOnFail: () => options.continueOnFail ?? false,
    getExecutionCancelSignal: () => abort.signal,
    getCredentials: async (name: string) => {
      if (name !== 'plivoVerifyApi') throw new Error(`unexpected credential ${name}`);
      return options.credentials;
    },
    getNodeParameter: (name: string, index: number, fallback?: unknown) => {
      const item = options.items[index] ?? {};
      if (name in item) return item[name];
      if (options.shared !== undefined && name in options.shared) return options.shared[name];
      if (fallback !== undefined) return fallback;
      throw new Error(`Could not get parameter ${name}`);
    },
    helpers: {
      httpRequestWithAuthentication: async function (this: unknown, credential: string, request: IHttpRequestOptions) {
        if (credential !== 'plivoVerifyApi') throw new Error(`unexpected credential ${credential}`);
        requests.push(request);
        if (!options.http) return realHttp(request, options.credentials);
        return options.http(request).catch((error: unknown) => Promise.reject(n8nTransportError(error)));
      },
    },
  };
  return { context: context as unknown as IExecuteFunctions, requests };
}
