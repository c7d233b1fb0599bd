import { z } from 'zod/v4';
import { optionalField, requiredField } from './field-meta.js';
import { PhoneNumber } from './phone-number.js';

export const Channel = z.enum(['sms', 'voice'], { message: 'expected sms or voice' });
export type Channel = z.infer<typeof Channel>;

/** The channel Plivo uses when a create names none. */
export const DEFAULT_CHANNEL: Channel = 'sms';

/** Plivo stores callback URLs up to 2,048 characters; a longer one would only fail at Plivo. */
export const MAX_URL_LENGTH = 2_048;

const httpUrl = z
  .string()
  .max(MAX_URL_LENGTH, { message: `expected at most ${MAX_URL_LENGTH} characters` })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: 'expected an absolute http(s) URL, e.g. https://example.com/verify/status' },
  );

const uuid = z
  .string({ message: 'expected a UUID' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'expected a UUID' });

export const SessionUuid = uuid;

const CODE_LENGTH = 'expected an integer from 4 to 8';
const DTMF = 'expected a single DTMF digit, an integer from 0 to 9';

/** Parameters of `sessions.create` (Plivo's wire names); each field carries its label, description and example. */
export const createSessionParamsSchema = z
  .strictObject({
    recipient: requiredField(PhoneNumber, {
      title: 'Recipient',
      description: 'Phone number to send the code to, in E.164 (country code first); spaces and dashes are removed.',
      examples: ['+14155550100'],
    }),
    app_uuid: optionalField(uuid, {
      title: 'App UUID',
      description: 'Verify application whose settings (template, expiry, attempts) apply; the default app if empty.',
      examples: ['d2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11'],
    }),
    channel: optionalField(Channel, {
      title: 'Channel',
      description: 'How the code is delivered: sms (default) or voice.',
      examples: ['sms'],
    }),
    url: optionalField(httpUrl, {
      title: 'Status Callback URL',
      description: 'Absolute http(s) URL Plivo calls when the session status changes (at most 2,048 characters).',
      examples: ['https://example.com/verify/status'],
    }),
    method: optionalField(z.enum(['GET', 'POST'], { message: 'expected GET or POST' }), {
      title: 'Callback Method',
      description: 'HTTP method of the status callback (Plivo uses POST if empty); needs a callback URL.',
      examples: ['POST'],
    }),
    locale: optionalField(
      z.string().regex(/^[a-z]{2}(_[A-Z]{2})?$/, {
        message: 'expected a locale like en or en_US (ISO 639-1 + ISO 3166-1)',
      }),
      {
        title: 'Locale',
        description: 'Language of the message (ISO 639-1, optional ISO 3166-1 region), e.g. en or en_US.',
        examples: ['en_US'],
      },
    ),
    brand_name: optionalField(
      z
        .string({ message: 'expected a brand name' })
        .trim()
        .min(1, { message: 'expected a non-empty brand name' })
        .max(100, { message: 'expected at most 100 characters' }),
      {
        title: 'Brand Name',
        description: 'Replaces the brand_name placeholder of the app template; overrides the app setting.',
        examples: ['Acme'],
      },
    ),
    app_hash: optionalField(
      z
        .string({ message: 'expected the 11-character Android SMS Retriever app hash' })
        .regex(/^[A-Za-z0-9+/]{11}$/, { message: 'expected the 11-character Android SMS Retriever app hash' }),
      {
        title: 'Android App Hash',
        description: 'Android SMS Retriever hash appended to the SMS (sms channel only).',
        examples: ['FA+9qCX9VSu'],
      },
    ),
    code_length: optionalField(
      z
        .number({ message: CODE_LENGTH })
        .int({ message: CODE_LENGTH })
        .min(4, { message: CODE_LENGTH })
        .max(8, { message: CODE_LENGTH }),
      {
        title: 'Code Length',
        description: "Digits in the code, 4 to 8; overrides the app's setting.",
        examples: [6],
      },
    ),
    dtmf: optionalField(
      z.number({ message: DTMF }).int({ message: DTMF }).min(0, { message: DTMF }).max(9, { message: DTMF }),
      {
        title: 'DTMF',
        description: 'Voice channel only: the key (0 to 9) the listener presses, as Plivo defines for voice codes.',
        examples: [9],
      },
    ),
    fraud_check: optionalField(
      z
        .string({ message: 'expected a Fraud Shield setting such as disabled' })
        .min(1)
        .max(32, { message: 'expected at most 32 characters' }),
      {
        title: 'Fraud Check',
        description: 'Fraud Shield setting for this SMS (sms channel only), e.g. disabled.',
        examples: ['disabled'],
      },
    ),
  })
  .superRefine((params, ctx) => {
    const channel = params.channel ?? DEFAULT_CHANNEL;
    if (params.method !== undefined && params.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'method applies to the status callback: set url too' });
    }
    if (params.app_hash !== undefined && channel !== 'sms') {
      ctx.addIssue({ code: 'custom', path: ['app_hash'], message: 'app_hash is only used by the sms channel' });
    }
    if (params.fraud_check !== undefined && channel !== 'sms') {
      ctx.addIssue({ code: 'custom', path: ['fraud_check'], message: 'fraud_check is only used by the sms channel' });
    }
    if (params.dtmf !== undefined && channel !== 'voice') {
      ctx.addIssue({ code: 'custom', path: ['dtmf'], message: 'dtmf is only used by the voice channel' });
    }
  });
export type CreateSessionParams = z.input<typeof createSessionParamsSchema>;
