// A hand-built `this` for webhook(): the request as n8n's body parser leaves it (parsed body + rawBody),
// a response object that records what was sent, and the node's parameters and credential.
import { randomUUID } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions } from 'n8n-workflow';

export interface CapturedRequest {
  readonly method: string;
  /** Path and query, as on the wire. */
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly rawBody: string;
}

export interface FakeWebhook {
  readonly context: IWebhookFunctions;
  readonly response: { status?: number; body?: unknown; ended: boolean };
}

export const TRIGGER_NODE = { id: 'c0ffee00-0000-4000-8000-000000000002', name: 'Plivo Verify Trigger' } as const;

export function fakeWebhook(options: {
  request: CapturedRequest;
  webhookUrl: string;
  parameters?: IDataObject;
  credentials: ICredentialDataDecryptedObject;
  /**
   * The workflow's static data, as n8n keeps it: `global`, and `node:<node name>` per node. Pass the same object to
   * share it between requests, as n8n does.
   */
  staticData?: IDataObject;
  /** The trigger node's id and name (n8n keys node static data by the name). */
  node?: { id: string; name: string };
  /** A new workflow per call unless given: the trigger's in-process replay memory is keyed by it. */
  workflowId?: string;
  /** 'manual' when the editor listens on the test URL. */
  mode?: 'webhook' | 'manual';
}): FakeWebhook {
  const { request } = options;
  const query = Object.fromEntries(new URL(request.url, 'http://localhost').searchParams);
  const body =
    request.method === 'POST' && String(request.headers['content-type'] ?? '').includes('x-www-form-urlencoded')
      ? Object.fromEntries(new URLSearchParams(request.rawBody))
      : {};
  const response: FakeWebhook['response'] = { ended: false };
  const staticData = options.staticData ?? {};
  const workflowId = options.workflowId ?? randomUUID();
  const node = options.node ?? TRIGGER_NODE;
  const res = {
    status(code: number) {
      response.status = code;
      return res;
    },
    json(value: unknown) {
      response.body = value;
      return res;
    },
    send(value: unknown) {
      response.body = value;
      return res;
    },
    end() {
      response.ended = true;
      return res;
    },
  };
  const context = {
    getRequestObject: () => ({
      method: request.method,
      url: request.url,
      originalUrl: request.url,
      headers: request.headers,
      rawBody: Buffer.from(request.rawBody),
    }),
    getResponseObject: () => res,
    getHeaderData: () => request.headers,
    getBodyData: () => body,
    getQueryData: () => query,
    getWorkflowStaticData: (type: string) => {
      if (type !== 'node' && type !== 'global') throw new Error(`unexpected static data ${type}`);
      const key = type === 'global' ? 'global' : `node:${node.name}`;
      staticData[key] ??= {};
      return staticData[key] as IDataObject;
    },
    getWorkflow: () => ({ id: workflowId, active: true }),
    getNode: () => node,
    getMode: () => options.mode ?? 'webhook',
    getNodeWebhookUrl: (name: string) => (name === 'default' ? options.webhookUrl : undefined),
    getNodeParameter: (name: string, fallback?: unknown) =>
      options.parameters !== undefined && name in options.parameters ? options.parameters[name] : fallback,
    getCredentials: async (name: string) => {
      if (name !== 'plivoVerifyApi') throw new Error(`unexpected credential ${name}`);
      return options.credentials;
    },
    helpers: {
      returnJsonArray: (items: IDataObject | IDataObject[]) =>
        (Array.isArray(items) ? items : [items]).map((json) => ({ json })),
    },
  };
  return { context: context as unknown as IWebhookFunctions, response };
}
