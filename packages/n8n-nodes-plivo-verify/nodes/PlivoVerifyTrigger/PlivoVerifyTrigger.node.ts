import { maskPhoneNumber, parseCallback, verifyCallback } from '@plivo-verify/core/pure';
import type {
  IDataObject,
  IHookFunctions,
  INodeType,
  INodeTypeDescription,
  IWebhookFunctions,
  IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { ReplayGuard } from './replay-guard';
import { signedUrl } from './signed-url';
import { isSubscribed, TRIGGER_EVENT_OPTIONS } from './trigger-events';

export class PlivoVerifyTrigger implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Plivo Verify Trigger',
    name: 'plivoVerifyTrigger',
    icon: { light: 'file:../../icons/plivo-verify.svg', dark: 'file:../../icons/plivo-verify.dark.svg' },
    group: ['trigger'],
    version: 1,
    subtitle: '={{$parameter["events"].join(", ")}}',
    description: 'Starts the workflow when Plivo Verify reports a delivery or session status change',
    defaults: { name: 'Plivo Verify Trigger' },
    inputs: [],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: 'plivoVerifyApi', required: true }],
    webhooks: [
      { name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
      { name: 'default', httpMethod: 'GET', responseMode: 'onReceived', path: 'webhook', ndvHideUrl: true },
    ],
    properties: [
      {
        displayName:
          'Plivo Verify has no API to register this webhook: paste its Production URL into the Callback URL option of the Send Code operation (or of your Verify application in the Plivo console). Behind a reverse proxy, set WEBHOOK_URL so the URL n8n shows is the one Plivo calls, or signatures will not match.',
        name: 'notice',
        type: 'notice',
        default: '',
      },
      {
        displayName: 'Events',
        name: 'events',
        type: 'multiOptions',
        options: TRIGGER_EVENT_OPTIONS,
        default: ['channelStatus', 'sessionStatus'],
        description: 'Which status callbacks start the workflow (none selected: all of them)',
      },
      {
        displayName: 'Validate Signature',
        name: 'validateSignature',
        type: 'boolean',
        default: true,
        description:
          "Whether to check Plivo's signature (V3, or V2) with the credential's Auth Token and answer 401 to requests that fail. A callback whose signature nonce was already accepted (a replay) gets 409 and starts nothing.",
      },
      {
        displayName: 'Accepted Signatures',
        name: 'signatureVersions',
        type: 'options',
        displayOptions: { show: { validateSignature: [true] } },
        options: [
          {
            name: 'V3, or V2 Until a V3 Callback Arrives',
            value: 'v3AfterFirst',
            description:
              'Takes V2 until this trigger has accepted one V3-signed callback, then only V3 (V2 does not sign the body)',
          },
          {
            name: 'V3 Only',
            value: 'v3',
            description: 'Refuses V2: choose it once your callbacks are known to carry X-Plivo-Signature-V3',
          },
          {
            name: 'V3 or V2',
            value: 'any',
            description: 'Always takes V2 when no V3 header came. V2 signs the URL and nonce only, not the body.',
          },
        ],
        default: 'v3AfterFirst',
        description:
          "Which of Plivo's signatures to accept. V2 covers only the URL and a nonce, so a captured V2 signature can carry a forged body once its V3 headers are removed.",
      },
    ],
  };

  // Plivo takes the callback URL per session, so there is nothing to register; n8n still asks for the trio.
  webhookMethods = {
    default: {
      async checkExists(this: IHookFunctions): Promise<boolean> {
        return this.getWorkflowStaticData('node').listening === true;
      },
      async create(this: IHookFunctions): Promise<boolean> {
        this.getWorkflowStaticData('node').listening = true;
        return true;
      },
      async delete(this: IHookFunctions): Promise<boolean> {
        delete this.getWorkflowStaticData('node').listening;
        return true;
      },
    },
  };

  async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
    const req = this.getRequestObject();
    const res = this.getResponseObject();
    const method = req.method === 'GET' ? 'GET' : 'POST';
    const validate = this.getNodeParameter('validateSignature', true) as boolean;
    const events = this.getNodeParameter('events', []) as string[];
    const rawBody = (req as { rawBody?: unknown }).rawBody;
    // Plivo signs the form fields; the raw body keeps them exactly as sent (n8n keeps it beside the parsed one).
    const body =
      method === 'GET'
        ? undefined
        : rawBody instanceof Uint8Array
          ? new TextDecoder().decode(rawBody)
          : (this.getBodyData() as Record<string, string>);

    // Nothing runs on a request we cannot trust; the reason is safe to tell (no secret in it).
    const reject = (reason: string): IWebhookResponseData => {
      res
        .status(reason === 'malformed' ? 400 : reason === 'replayed' ? 409 : 401)
        .json({ error: reason })
        .end();
      return { noWebhookResponse: true };
    };
    let event: IDataObject;
    let signatureVersion: string | null = null;
    if (validate) {
      const credentials = await this.getCredentials('plivoVerifyApi');
      const staticData = this.getWorkflowStaticData('node');
      const guard = new ReplayGuard(staticData, `${this.getWorkflow().id ?? ''}:${this.getNode().id}`, Date.now());
      const versions = this.getNodeParameter('signatureVersions', 'v3AfterFirst') as string;
      const result = verifyCallback({
        method,
        url: signedUrl(
          this.getNodeWebhookUrl('default') ?? '',
          req.originalUrl ?? req.url ?? '',
          this.getMode() === 'manual',
        ),
        // Core reads headers in any key case, string or string[] (Node's), so n8n's go in as they are.
        headers: this.getHeaderData(),
        body,
        authToken: String(credentials.authToken ?? ''),
        requireV3: versions === 'v3' || (versions === 'v3AfterFirst' && guard.v3Seen),
      });
      // Core decides on V3 alone whenever a V3 header came (V2 does not sign a POST body).
      if (!result.valid) return reject(result.reason);
      if (guard.replayed(result.nonces, result.version)) return reject('replayed');
      event = { ...result.event } as IDataObject;
      signatureVersion = result.version;
    } else {
      try {
        const params = method === 'GET' ? this.getQueryData() : this.getBodyData();
        event = { ...parseCallback(params as Record<string, string>) } as IDataObject;
      } catch {
        return reject('malformed');
      }
    }
    if (!isSubscribed(events, String(event.SessionStatus ?? ''))) return {};
    // Masked like every other output of this package: executions are logged and shared; correlate by SessionUUID.
    if (typeof event.Recipient === 'string' && event.Recipient !== '')
      event.Recipient = maskPhoneNumber(event.Recipient);
    return { workflowData: [this.helpers.returnJsonArray([{ ...event, signatureVersion }])] };
  }
}
