import type { ActionDescriptor } from './action-descriptor.js';
import { DEDUPED, inputParts, problemSchema } from './openapi.js';

type Json = Record<string, unknown>;

// Keywords Swagger 2.0's Schema Object knows; everything else (examples, $schema, const, anyOf…) is dropped.
const KEPT = new Set([
  'type',
  'format',
  'title',
  'description',
  'default',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'required',
  'items',
  'properties',
  'additionalProperties',
]);

/** JSON Schema 2020-12 → the Swagger 2.0 subset (`examples[0]` becomes `example`). */
export function toSwaggerSchema(schema: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEPT.has(key)) continue;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Json>).map(([name, sub]) => [name, toSwaggerSchema(sub)]),
      );
    } else if (key === 'items' && typeof value === 'object' && value !== null) {
      out.items = toSwaggerSchema(value as Json);
    } else if (key === 'additionalProperties' && typeof value === 'object' && value !== null) {
      out.additionalProperties = toSwaggerSchema(value as Json);
    } else {
      out[key] = value;
    }
  }
  const examples = schema.examples;
  if (Array.isArray(examples) && examples.length > 0) out.example = examples[0];
  if (out.type === undefined && Array.isArray(out.enum)) out.type = 'string';
  if (out.type === undefined && out.properties === undefined) out.type = 'string';
  return out;
}

/** Swagger 2.0 for Power Automate / Logic Apps custom connectors, with `x-ms-*` hints. */
export function swaggerDocument(descriptors: readonly ActionDescriptor[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const descriptor of descriptors) {
    const { path, body } = inputParts(descriptor);
    const parameters: Json[] = Object.entries(path).map(([name, schema]) => {
      const converted = toSwaggerSchema(schema);
      return {
        name,
        in: 'path',
        required: true,
        type: 'string',
        description: converted.description ?? name,
        'x-ms-summary': converted.title ?? name,
        ...(converted.pattern ? { pattern: converted.pattern } : {}),
      };
    });
    if (body) {
      const converted = toSwaggerSchema(body);
      const properties = converted.properties as Record<string, Json>;
      for (const [name, property] of Object.entries(properties)) {
        const required = Array.isArray(converted.required) && converted.required.includes(name);
        properties[name] = {
          ...property,
          'x-ms-summary': property.title ?? name,
          'x-ms-visibility': required ? 'important' : 'advanced',
        };
      }
      parameters.push({ name: 'body', in: 'body', required: true, schema: converted });
    }
    if (descriptor.http.method === 'POST') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        type: 'string',
        description: 'Map a run id here so a retry does not act twice.',
        'x-ms-summary': 'Idempotency key',
        'x-ms-visibility': 'advanced',
      });
    }
    const output = toSwaggerSchema(descriptor.output as Json);
    paths[descriptor.http.path] = {
      ...paths[descriptor.http.path],
      [descriptor.http.method.toLowerCase()]: {
        operationId: descriptor.operationId,
        summary: descriptor.title,
        description: descriptor.description,
        'x-ms-visibility': 'important',
        consumes: ['application/json'],
        produces: ['application/json'],
        parameters,
        responses: {
          [String(descriptor.http.successStatus)]: { description: descriptor.title, schema: output },
          ...(descriptor.http.dedupeStatus
            ? { [String(descriptor.http.dedupeStatus)]: { description: DEDUPED, schema: output } }
            : {}),
          default: { description: 'Problem details (RFC 9457)', schema: { $ref: '#/definitions/Problem' } },
        },
      },
    };
  }
  return {
    swagger: '2.0',
    info: {
      title: 'Plivo Verify webhook action',
      version: '1.0.0',
      description: 'Send and check one-time codes through Plivo Verify.',
    },
    host: 'localhost',
    basePath: '/',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    securityDefinitions: { apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    security: [{ apiKey: [] }],
    paths,
    definitions: { Problem: toSwaggerSchema(problemSchema) },
  };
}
