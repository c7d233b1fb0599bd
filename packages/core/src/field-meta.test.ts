import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { CREATED, fakeTransport, json } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { createSessionParamsSchema } from './create-session-params.js';
import { describeFields, inputJsonSchema } from './field-meta.js';
import { listSessionsFiltersSchema } from './list-sessions-filters.js';
import { validateSessionParamsSchema } from './validate-session-params.js';

const schemas = {
  createSessionParamsSchema,
  validateSessionParamsSchema,
  listSessionsFiltersSchema,
} as const;

describe('exported input schemas', () => {
  it.each(Object.entries(schemas))('%s: every field has a title, a description and an example', (_name, schema) => {
    for (const [field, fieldSchema] of Object.entries(schema.shape)) {
      const meta = z.globalRegistry.get(fieldSchema as z.ZodType);
      expect.soft(meta?.title, `${field} title`).toMatch(/\S/);
      expect.soft(meta?.description, `${field} description`).toMatch(/\S{3}/);
      expect.soft((meta?.examples as unknown[] | undefined)?.length ?? 0, `${field} examples`).toBeGreaterThan(0);
    }
  });

  it('every example passes its own schema (a wrong example would mislead every adapter)', () => {
    for (const schema of Object.values(schemas)) {
      for (const [field, fieldSchema] of Object.entries(schema.shape)) {
        const examples = z.globalRegistry.get(fieldSchema as z.ZodType)?.examples as unknown[] | undefined;
        const example = examples?.[0];
        expect.soft((fieldSchema as z.ZodType).safeParse(example).success, field).toBe(true);
      }
    }
  });

  it('describeFields gives the flat view in declaration order, with wire names, bounds and choices', () => {
    const fields = describeFields(createSessionParamsSchema);
    expect(fields.map((field) => field.name)).toEqual([
      'recipient',
      'app_uuid',
      'channel',
      'url',
      'method',
      'locale',
      'brand_name',
      'app_hash',
      'code_length',
      'dtmf',
      'fraud_check',
    ]);
    expect(fields[0]).toEqual({
      name: 'recipient',
      label: 'Recipient',
      description: expect.stringContaining('E.164'),
      example: '+14155550100',
      required: true,
      type: 'string',
    });
    expect(fields.find((field) => field.name === 'channel')).toMatchObject({
      required: false,
      type: 'string',
      choices: ['sms', 'voice'],
      example: 'sms',
    });
    expect(fields.find((field) => field.name === 'code_length')).toMatchObject({
      type: 'integer',
      minimum: 4,
      maximum: 8,
    });
    expect(fields.find((field) => field.name === 'dtmf')).toMatchObject({ minimum: 0, maximum: 9 });
    expect(describeFields(listSessionsFiltersSchema).find((field) => field.name === 'status')?.choices).toEqual([
      'in-progress',
      'verified',
      'expired',
    ]);
    expect(describeFields(validateSessionParamsSchema).every((field) => field.required)).toBe(true);
  });

  it('inputJsonSchema is draft 2020-12 with titles, descriptions, examples, enums and required', () => {
    const schema = inputJsonSchema(createSessionParamsSchema);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['recipient']);
    expect(schema.additionalProperties).toBe(false);
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(properties.recipient).toMatchObject({ title: 'Recipient', type: 'string', examples: ['+14155550100'] });
    expect(properties.method).toMatchObject({ enum: ['GET', 'POST'], title: 'Callback Method' });
    expect(properties.url).toMatchObject({ maxLength: 2048 });
    const filters = inputJsonSchema(listSessionsFiltersSchema).properties as Record<string, Record<string, unknown>>;
    expect(filters.session_time__gte).toMatchObject({ type: 'string', title: 'Created At Or After' });
    expect(filters.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 20 });
  });
});

describe('empty optional values count as not given', () => {
  it("create drops '' and null optional fields instead of sending or rejecting them", async () => {
    const transport = fakeTransport(CREATED);
    await testClient({ transport, clock: fakeClock() }).sessions.create({
      recipient: '+1 415 555 0100',
      channel: '',
      url: null,
      method: '',
      code_length: null,
      locale: '',
      brand_name: null,
    });
    expect(JSON.parse(transport.requests[0]?.body ?? '')).toEqual({ recipient: '14155550100' });
  });

  it("list drops '' and null filters", async () => {
    const transport = fakeTransport(
      json(200, { api_id: 'a', meta: { limit: 20, offset: 0, next: null, previous: null }, sessions: [] }),
    );
    await testClient({ transport, clock: fakeClock() }).sessions.list({
      status: '',
      limit: null,
      session_time__gte: '',
      recipient: null,
    });
    expect(new URL(transport.requests[0]?.url ?? '').search).toBe('');
  });

  it.each([
    ['', 'recipient'],
    [null, 'recipient'],
  ])('a required field given as %j is still an error naming it', async (value, field) => {
    const transport = fakeTransport(CREATED);
    const error = await testClient({ transport, clock: fakeClock() })
      .sessions.create({ recipient: value as unknown as string })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation', issues: [expect.objectContaining({ field })] });
    expect(transport.requests).toHaveLength(0);
  });
});
