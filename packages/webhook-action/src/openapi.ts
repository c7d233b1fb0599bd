import { inputJsonSchema } from '@plivo-verify/core/pure';
import type { ActionDescriptor } from './action-descriptor.js';

type Json = Record<string, unknown>;

/** How the API documents a send answered from the dedupe window rather than sent again. */
export const DEDUPED =
  'An earlier send to the same recipient, channel and app within the dedupe window: its session, not a new code';

/** The input schema split into path parameters and body, both JSON Schema 2020-12 (OpenAPI 3.1's dialect). */
export function inputParts(descriptor: ActionDescriptor): { path: Record<string, Json>; body: Json | undefined } {
  const schema = inputJsonSchema(descriptor.input) as { properties?: Record<string, Json>; required?: string[] };
  const properties = { ...(schema.properties ?? {}) };
  const path: Record<string, Json> = {};
  for (const name of descriptor.http.pathParams) {
    const property = properties[name];
    if (property) path[name] = property;
    delete properties[name];
  }
  if (descriptor.http.method === 'GET') return { path, body: undefined };
  const required = (schema.required ?? []).filter((name) => !descriptor.http.pathParams.includes(name));
  return {
    path,
    body: { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false },
  };
}

/** RFC 9457 problem with this service's extensions (also the Swagger definition). */
export const problemSchema: Json = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'retryable'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    retryable: { type: 'boolean' },
    api_id: { type: 'string' },
    reason: { type: 'string' },
    maybe_sent: { type: 'boolean' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const ERROR_STATUSES: Readonly<Record<string, string>> = {
  '400': 'Malformed body or header',
  '401': 'Missing or wrong API key, or a bad signature',
  '403': 'Destination country not allowed',
  '404': 'No such session',
  '409': 'Same Idempotency-Key still in progress',
  '413': 'Body over 16 KiB',
  '415': 'Unsupported content type',
  '422': 'Invalid input (errors[] names each field), or an Idempotency-Key reused with another body',
  '429': 'Rate limited (Retry-After says when to retry)',
  '500': 'A fault of the service itself (logged); not retryable',
  '502': 'Plivo failed, or the outcome is unknown (maybe_sent)',
  '503':
    'Busy, or the state store does not answer (nothing was sent), or an earlier attempt with this Idempotency-Key could not be looked up just now; retry with the same key',
  '504': 'Plivo timed out',
};

/** OpenAPI 3.1, generated from the descriptors. */
export function openApiDocument(descriptors: readonly ActionDescriptor[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const descriptor of descriptors) {
    const { path, body } = inputParts(descriptor);
    const parameters: Json[] = Object.entries(path).map(([name, schema]) => ({
      name,
      in: 'path',
      required: true,
      description: schema.description,
      schema,
    }));
    if (descriptor.http.method === 'POST') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'Retries with the same key replay the first result instead of acting twice (kept 24 h).',
        schema: { type: 'string', maxLength: 255 },
      });
    }
    if (descriptor.key === 'check_code') {
      parameters.push({
        name: 'strict',
        in: 'query',
        required: false,
        description: 'true: a code that is not accepted answers 422 instead of 200 {valid: false}.',
        schema: { type: 'boolean' },
      });
    }
    const errorResponses = Object.fromEntries(
      Object.entries(ERROR_STATUSES).map(([status, description]) => [
        status,
        { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      ]),
    );
    const operation: Json = {
      operationId: descriptor.operationId,
      summary: descriptor.title,
      description: descriptor.description,
      tags: ['Verify'],
      parameters,
      responses: {
        [String(descriptor.http.successStatus)]: {
          description: descriptor.title,
          content: { 'application/json': { schema: descriptor.output, example: descriptor.sample } },
        },
        ...(descriptor.http.dedupeStatus
          ? {
              [String(descriptor.http.dedupeStatus)]: {
                description: `${DEDUPED} (\`deduplicated: true\`)`,
                content: { 'application/json': { schema: descriptor.output } },
              },
            }
          : {}),
        ...errorResponses,
      },
    };
    if (body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: body }, 'application/x-www-form-urlencoded': { schema: body } },
      };
    }
    paths[descriptor.http.path] = { ...paths[descriptor.http.path], [descriptor.http.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plivo Verify webhook action',
      version: '1.0.0',
      description:
        'Send and check one-time codes through Plivo Verify from any platform that can make an HTTP request.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { apiKey: [] }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
  };
}
