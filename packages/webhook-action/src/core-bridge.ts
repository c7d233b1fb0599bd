// TEMPORARY stand-in for the core second-pass API (branch core2), so the service could be built before it landed.
// Every name here is the contract's; once core2 is merged this file becomes plain re-exports from core.
import type { Transport, ValidateSessionResult } from '@plivo-verify/core/pure';
import { TransportError } from '@plivo-verify/core/pure';
import { z } from 'zod/v4';

export interface FieldDescriptor {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly example?: unknown;
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'boolean';
  readonly choices?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
}

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'expected a UUID' });
const blank = (value: unknown) => (value === '' || value === null ? undefined : value);

export const createSessionParamsSchema = z.strictObject({
  recipient: z
    .string({ message: 'expected a phone number in E.164 format, e.g. +14155550100' })
    .transform((value, ctx) => {
      const digits = value.replace(/[\s\-().]/g, '').replace(/^\+/, '');
      if (!/^[1-9]\d{6,14}$/.test(digits)) {
        ctx.addIssue({ code: 'custom', message: 'expected a phone number in E.164 format, e.g. +14155550100' });
        return z.NEVER;
      }
      return digits;
    })
    .meta({ title: 'Recipient', description: 'Phone number in E.164 format.', examples: ['+14155550100'] }),
  app_uuid: z.preprocess(blank, uuid.optional()).meta({
    title: 'App UUID',
    description: 'Verify application to use.',
    examples: ['00000000-0000-4000-8000-000000000001'],
  }),
  channel: z
    .preprocess(blank, z.enum(['sms', 'voice']).optional())
    .meta({ title: 'Channel', description: 'How the code is delivered.', examples: ['sms'] }),
  locale: z
    .preprocess(
      blank,
      z
        .string()
        .regex(/^[a-z]{2}(_[A-Z]{2})?$/, { message: 'expected a locale like en or en_US' })
        .optional(),
    )
    .meta({ title: 'Locale', description: 'Language of the message.', examples: ['en_US'] }),
  brand_name: z
    .preprocess(blank, z.string().trim().min(1).max(100).optional())
    .meta({ title: 'Brand name', description: 'Shown in the message.', examples: ['Acme'] }),
  code_length: z
    .preprocess(blank, z.number({ message: 'expected an integer from 4 to 8' }).int().min(4).max(8).optional())
    .meta({ title: 'Code length', description: 'Digits in the code (4 to 8).', examples: [6] }),
});

export const validateSessionParamsSchema = z.strictObject({
  session_uuid: uuid.meta({
    title: 'Session UUID',
    description: 'The session_uuid returned by Send.',
    examples: ['4124e518-a8c9-4feb-8cff-d86636ba9234'],
  }),
  otp: z
    .string({ message: 'expected the code as a string of 4 to 8 digits' })
    .trim()
    .regex(/^\d{4,8}$/, { message: 'expected 4 to 8 digits' })
    .meta({ title: 'Code', description: 'The code the user typed.', examples: ['123456'] }),
});

export function inputJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export function describeFields(schema: z.ZodType): readonly FieldDescriptor[] {
  const json = inputJsonSchema(schema) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const examples = property.examples as unknown[] | undefined;
    const type =
      property.type === 'integer' || property.type === 'number'
        ? 'integer'
        : property.type === 'boolean'
          ? 'boolean'
          : 'string';
    return {
      name,
      label: String(property.title ?? name),
      description: String(property.description ?? ''),
      ...(examples?.[0] === undefined ? {} : { example: examples[0] }),
      required: json.required?.includes(name) ?? false,
      type,
      ...(Array.isArray(property.enum) ? { choices: property.enum.map(String) } : {}),
      ...(typeof property.minimum === 'number' ? { minimum: property.minimum } : {}),
      ...(typeof property.maximum === 'number' ? { maximum: property.maximum } : {}),
    } satisfies FieldDescriptor;
  });
}

export type ValidationFailureReason = 'wrong_code' | 'expired' | 'already_verified' | 'too_many_attempts' | 'unknown';

export function reasonOf(result: ValidateSessionResult): ValidationFailureReason | undefined {
  if (result.valid) return undefined;
  const text = result.message.toLowerCase();
  if (text.includes('expired')) return 'expired';
  if (text.includes('already')) return 'already_verified';
  if (text.includes('attempt') || text.includes('exceeded')) return 'too_many_attempts';
  if (text.includes('invalid otp')) return 'wrong_code';
  return 'unknown';
}

export interface RateLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
}

export function fetchTransport(options: { fetch?: typeof fetch } = {}): Transport {
  const doFetch = options.fetch ?? fetch;
  return async (request) => {
    const signals = [AbortSignal.timeout(request.timeoutMs), ...(request.signal ? [request.signal] : [])];
    let response: Response;
    try {
      response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      const notSent = code === 'ECONNREFUSED' || code === 'ENOTFOUND';
      throw new TransportError(typeof code === 'string' ? code : timedOut ? 'timeout' : 'fetch failed', {
        phase: notSent ? 'not-sent' : 'sent',
        timedOut,
      });
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  };
}
