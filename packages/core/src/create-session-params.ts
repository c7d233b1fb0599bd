import { z } from 'zod/v4';
import { PhoneNumber } from './phone-number.js';

export const Channel = z.enum(['sms', 'voice']);
export type Channel = z.infer<typeof Channel>;

const httpUrl = z.string().refine(
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
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'expected a UUID' });

/** Parameters of `sessions.create` (Plivo's wire names). */
export const CreateSessionParams = z
  .strictObject({
    recipient: PhoneNumber,
    app_uuid: uuid.optional(),
    channel: Channel.optional(),
    url: httpUrl.optional(),
    method: z.enum(['GET', 'POST'], { message: 'expected GET or POST' }).optional(),
    locale: z
      .string()
      .regex(/^[a-z]{2}(_[A-Z]{2})?$/, { message: 'expected a locale like en or en_US (ISO 639-1 + ISO 3166-1)' })
      .optional(),
    brand_name: z.string().trim().min(1, { message: 'expected a non-empty brand name' }).max(100).optional(),
    app_hash: z
      .string()
      .regex(/^[A-Za-z0-9+/]{11}$/, { message: 'expected the 11-character Android SMS Retriever app hash' })
      .optional(),
    code_length: z
      .number({ message: 'expected an integer from 4 to 8' })
      .int({ message: 'expected an integer from 4 to 8' })
      .min(4, { message: 'expected an integer from 4 to 8' })
      .max(8, { message: 'expected an integer from 4 to 8' })
      .optional(),
    dtmf: z.number().int({ message: 'expected a whole number' }).min(0).optional(),
    fraud_check: z.string().min(1).max(32).optional(),
  })
  .superRefine((params, ctx) => {
    const channel = params.channel ?? 'sms';
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
export type CreateSessionParams = z.input<typeof CreateSessionParams>;

export const SessionUuid = uuid;
