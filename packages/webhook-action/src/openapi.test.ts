import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { descriptors } from './descriptors.js';
import { openApiDocument } from './openapi.js';
import { swaggerDocument } from './swagger.js';

type Json = Record<string, unknown>;

function walk(value: unknown, visit: (node: Json) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (typeof value === 'object' && value !== null) {
    visit(value as Json);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

describe('generated API documents', () => {
  it('OpenAPI 3.1 passes a real validator and lists every descriptor', async () => {
    const document = openApiDocument(descriptors);
    const result = await validate(structuredClone(document) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    const paths = document.paths as Record<string, Record<string, Json>>;
    for (const descriptor of descriptors) {
      const operation = paths[descriptor.http.path]?.[descriptor.http.method.toLowerCase()];
      expect(operation?.operationId).toBe(descriptor.operationId);
    }
    const send = paths['/v1/sessions']?.post as Json;
    const content = (send.requestBody as { content: Record<string, { schema: Json }> }).content;
    expect(Object.keys(content)).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    expect(content['application/json']?.schema.required).toEqual(['recipient']);
    const recipient = (content['application/json']?.schema.properties as Record<string, Json> | undefined)?.recipient;
    expect(recipient?.title).toBeTruthy();
    expect(recipient?.description).toBeTruthy();
  });

  it('Swagger 2.0 passes a real validator, uses only 2.0 keywords, PascalCase ids and an apiKey header', async () => {
    const document = swaggerDocument(descriptors);
    const result = await validate(structuredClone(document) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    const forbidden = [
      'oneOf',
      'anyOf',
      'allOf',
      'not',
      'nullable',
      'const',
      'examples',
      '$schema',
      'exclusiveMinimum',
    ];
    walk(document.paths, (node) => {
      for (const key of forbidden) expect(node, `keyword ${key}`).not.toHaveProperty(key);
    });
    const ids: string[] = [];
    walk(document.paths, (node) => {
      if (typeof node.operationId === 'string') ids.push(node.operationId);
    });
    expect(ids.sort()).toEqual(['GetSession', 'StartVerification', 'ValidateOtp']);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(document.securityDefinitions).toEqual({ apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } });
    const post = (document.paths as Record<string, Record<string, Json>>)['/v1/sessions']?.post as Json;
    const body = (post.parameters as Json[]).find((p) => p.in === 'body') as {
      schema: { properties: Record<string, Json> };
    };
    expect(body.schema.properties.recipient?.['x-ms-visibility']).toBe('important');
    expect(body.schema.properties.locale?.['x-ms-visibility']).toBe('advanced');
    expect(body.schema.properties.recipient?.['x-ms-summary']).toBeTruthy();
  });

  it('a broken document is refused by the validator (the check can fail)', async () => {
    const document = openApiDocument(descriptors) as { paths: Record<string, Record<string, Json>> };
    const post = document.paths['/v1/sessions']?.post as Json;
    post.responses = 'not an object';
    const result = await validate(document as never);
    expect(result.valid).toBe(false);
  });
});
