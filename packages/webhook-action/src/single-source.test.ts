import { createSessionParamsSchema } from '@plivo-verify/core/pure';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import type { ActionDescriptor } from './action-descriptor.js';
import { descriptors, sendCode } from './descriptors.js';
import { openApiDocument } from './openapi.js';
import { swaggerDocument } from './swagger.js';
import { createZapierApp } from './zapier.js';

type Json = Record<string, unknown>;

function openApiBodyFields(document: Json): string[] {
  const post = (document.paths as Record<string, Record<string, Json>>)['/v1/sessions']?.post as Json;
  const content = (post.requestBody as { content: Record<string, { schema: { properties: Json } }> }).content;
  return Object.keys(content['application/json']?.schema.properties ?? {});
}

function swaggerBodyFields(document: Json): string[] {
  const post = (document.paths as Record<string, Record<string, Json>>)['/v1/sessions']?.post as Json;
  const body = (post.parameters as Json[]).find((p) => p.in === 'body') as { schema: { properties: Json } };
  return Object.keys(body.schema.properties);
}

describe('one descriptor set, every output', () => {
  it("the send action's inputs are exactly core's create fields, in every output", () => {
    const coreFields = Object.keys(createSessionParamsSchema.shape);
    expect(openApiBodyFields(openApiDocument(descriptors))).toEqual(coreFields);
    expect(swaggerBodyFields(swaggerDocument(descriptors))).toEqual(coreFields);
    expect(createZapierApp().creates.send_code?.operation.inputFields.map((f) => f.key)).toEqual(coreFields);
  });

  it('a field added to a descriptor schema shows up in OpenAPI, Swagger and Zapier', () => {
    const input = createSessionParamsSchema.safeExtend({
      campaign: z
        .string()
        .optional()
        .meta({ title: 'Campaign', description: 'Marketing campaign tag.', examples: ['spring'] }),
    });
    const extended = [{ ...sendCode, input } as unknown as ActionDescriptor, ...descriptors.slice(1)];
    expect(openApiBodyFields(openApiDocument(extended))).toContain('campaign');
    expect(openApiBodyFields(openApiDocument(descriptors))).not.toContain('campaign');
    const swaggerPost =
      (swaggerDocument(extended).paths as Record<string, Record<string, Json>>)['/v1/sessions']?.post ?? {};
    const swaggerBody = (swaggerPost.parameters as Json[]).find((p) => p.in === 'body') as {
      schema: { properties: Record<string, Json> };
    };
    const swaggerField = swaggerBody.schema.properties.campaign;
    expect(swaggerField).toMatchObject({ type: 'string', 'x-ms-summary': 'Campaign', example: 'spring' });
    const zapierField = createZapierApp({ descriptors: extended }).creates.send_code?.operation.inputFields.find(
      (f) => f.key === 'campaign',
    );
    expect(zapierField).toMatchObject({ label: 'Campaign', helpText: 'Marketing campaign tag.', required: false });
  });
});
