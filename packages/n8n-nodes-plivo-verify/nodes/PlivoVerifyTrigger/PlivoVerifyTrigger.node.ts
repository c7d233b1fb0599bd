import { maskPhoneNumber, parseCallback, parseRequestTime, verifyCallback } from '@plivo-verify/core/pure';
import type {
  IDataObject,
  IHookFunctions,
  INodeType,
  INodeTypeDescription,
  IWebhookFunctions,
  IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { REPLAY_MEMORY, ReplayGuard } from './replay-guard';
import { signedUrl } from './signed-url';
import { isSubscribed, TRIGGER_EVENT_OPTIONS, triggerSubtitle } from './trigger-events';

const SIGNATURE_VERSIONS = ['v3AfterFirst', 'v3', 'any'] as const;
type SignatureVersions = (typeof SIGNATURE_VERSIONS)[number];
const DAYS = Math.round(REPLAY_MEMORY.ttlMs / 86_400_000);
const REMEMBERED = REPLAY_MEMORY.max.toLocaleString('en-US');

export class PlivoVerifyTrigger implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Plivo Verify Trigger',
    name: 'plivoVerifyTrigger',
    icon: { light: 'file:../../icons/plivo-verify.svg', dark: 'file:../../icons/plivo-verify.dark.svg' },
    group: ['trigger'],
    version: 1,
    subtitle: triggerSubtitle,
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
        description: `Whether to check Plivo's signature (V3, or V2) with the credential's Auth Token and answer 401 to requests that fail. A callback whose signature nonce was already accepted (a replay) gets 409 and starts nothing. Nonces are remembered for ${DAYS} days (the newest ${REMEMBERED}); a V3 callback signed before that gets 401, a V2 replay older than that is not caught (V2 signs no time).`,
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
      const versions = signatureVersionsOf(this);
      const credentials = await this.getCredentials('plivoVerifyApi');
      const nodeId = this.getNode().id;
      // Keyed by node id in the workflow's global static data: n8n keys node static data by the node's NAME, so a
      // rename would forget every nonce and the "V3 seen" flag.
      const guard = new ReplayGuard(
        this.getWorkflowStaticData('global'),
        nodeId,
        `${this.getWorkflow().id ?? ''}:${nodeId}`,
        Date.now(),
        this.getWorkflowStaticData('node'),
      );
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
      // V3 signs RequestTime: one signed before what the memory still covers may be a replay it has forgotten.
      const signedAt = result.version === 'v3' ? parseRequestTime(String(result.event.RequestTime)) : undefined;
      if (signedAt !== undefined && signedAt < guard.horizon) return reject('stale');
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

/**
 * Accepted Signatures, which an expression could set to anything: a value outside the list would otherwise take V2
 * after a V3 was seen. Thrown, so n8n answers 500 and the workflow does not run.
 */
function signatureVersionsOf(context: IWebhookFunctions): SignatureVersions {
  const value = context.getNodeParameter('signatureVersions', 'v3AfterFirst');
  if (typeof value === 'string' && (SIGNATURE_VERSIONS as readonly string[]).includes(value)) {
    return value as SignatureVersions;
  }
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : `a ${typeof value}`;
  throw new NodeOperationError(
    context.getNode(),
    `Accepted Signatures: expected one of ${SIGNATURE_VERSIONS.join(', ')}, got ${shown}`,
    { description: 'Pick an option from the list (an expression must give one of these values exactly).' },
  );
}
