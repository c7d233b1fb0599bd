// Every answer the service really gives (against the sandbox) must be one its OpenAPI 3.1 and Swagger 2.0 documents
// declare: a listed status, and a body valid under that status's schema. Platforms build their field pickers and
// branches from these documents (Power Automate shows only declared fields), so every returned field must be declared
// too: the test validates with additionalProperties: false added to every object schema.
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type TestService } from './__fixtures__/service.js';
import { descriptors } from './descriptors.js';
import { memoryStore } from './memory-store.js';
import { openApiDocument } from './openapi.js';
import { swaggerDocument } from './swagger.js';

type Json = Record<string, unknown>;

/** A copy of a schema in which every object with declared properties allows nothing else. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    // `properties` maps names to schemas: close each one, never the map itself.
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as Json).map(([name, sub]) => [name, closed(sub)]))
        : closed(value);
  }
  if (out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const openapi = openApiDocument(descriptors) as {
  paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: Json }> }> }>>;
  components: { schemas: Record<string, Json> };
};
const swagger = swaggerDocument(descriptors) as {
  paths: Record<string, Record<string, { responses: Record<string, { schema: Json }> }>>;
  definitions: Record<string, Json>;
};
const ajv2020 = new Ajv2020({ strict: false, allErrors: true });
ajv2020.addSchema(closed({ $id: 'openapi', components: openapi.components }) as Json);
const ajv4 = new Ajv({ strict: false, allErrors: true });
ajv4.addSchema(closed({ $id: 'swagger', definitions: swagger.definitions }) as Json);

/** `$ref: '#/components/…'` points into the document; the schemas are registered under an id. */
function anchored(schema: Json, id: string): Json {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${id}#/`)) as Json;
}

function templateOf(path: string): string {
  const template = Object.keys(openapi.paths).find((candidate) =>
    new RegExp(`^${candidate.replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
  );
  if (!template) throw new Error(`no documented path for ${path}`);
  return template;
}

interface Seen {
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: Json;
}

/** Checks one real answer against both documents; returns the problems found (empty when it conforms). */
function conformance(seen: Seen): string[] {
  const found: string[] = [];
  const template = templateOf(seen.path.split('?')[0] ?? '');
  const method = seen.method.toLowerCase();
  const declared = openapi.paths[template]?.[method]?.responses[String(seen.status)];
  if (!declared) found.push(`OpenAPI declares no ${seen.status} for ${seen.method} ${template}`);
  const media = declared?.content[seen.contentType];
  if (declared && !media) found.push(`OpenAPI ${seen.status} has no ${seen.contentType} body`);
  if (media) {
    const validate = ajv2020.compile(anchored(closed(media.schema) as Json, 'openapi'));
    if (!validate(seen.body)) found.push(`OpenAPI ${seen.status}: ${ajv2020.errorsText(validate.errors)}`);
  }
  const responses = swagger.paths[template]?.[method]?.responses ?? {};
  const swaggerDeclared = responses[String(seen.status)] ?? responses.default;
  if (!swaggerDeclared) found.push(`Swagger declares neither ${seen.status} nor default`);
  else {
    const validate = ajv4.compile(anchored(closed(swaggerDeclared.schema) as Json, 'swagger'));
    if (!validate(seen.body)) found.push(`Swagger ${seen.status}: ${ajv4.errorsText(validate.errors)}`);
  }
  return found;
}

describe('real answers conform to the generated API documents', () => {
  let service: TestService;
  let dedupeService: TestService;
  const seen: Seen[] = [];
  let counter = 0;
  const phone = () => `+1415556${String(1000 + counter++).padStart(4, '0')}`;

  async function record(
    label: string,
    method: string,
    path: string,
    init: Parameters<TestService['call']>[2] = {},
    on: TestService = service,
  ): Promise<Json> {
    const response = await on.call(method, path, init);
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
    const body = (await response.json()) as Json;
    seen.push({ label, method, path, status: response.status, contentType, body });
    return body;
  }

  beforeAll(async () => {
    service = await startService(memoryStore(), {
      limits: { perKey: false, perRecipient: { limit: 1, windowMs: 3_600_000 }, allowedCallingCodes: ['1'] },
      maxBodyBytes: 1024,
    });
    dedupeService = await startService(memoryStore(), { dedupeWindowMs: 60_000 }, service.sandbox);

    const sent = await record('send (JSON)', 'POST', '/v1/sessions', { body: { recipient: phone() } });
    const uuid = String(sent.session_uuid);
    await record('send (form)', 'POST', '/v1/sessions', { form: { recipient: phone(), code_length: '4' } });
    const code = await service.codeFor(uuid);
    await record('check: wrong code', 'POST', `/v1/sessions/${uuid}/validate`, {
      body: { otp: code === '000000' ? '111111' : '000000' },
    });
    await record('check: wrong code, strict', 'POST', `/v1/sessions/${uuid}/validate?strict=true`, {
      body: { otp: code === '000000' ? '111111' : '000000' },
    });
    await record('check: right code', 'POST', `/v1/sessions/${uuid}/validate`, { body: { otp: code } });
    await record('check: already verified', 'POST', `/v1/sessions/${uuid}/validate`, { body: { otp: code } });
    await record('get', 'GET', `/v1/sessions/${uuid}`);

    const tired = String((await record('send', 'POST', '/v1/sessions', { body: { recipient: phone() } })).session_uuid);
    for (let i = 0; i < 12; i += 1) {
      const body = await record('check: wrong code, again', 'POST', `/v1/sessions/${tired}/validate`, {
        body: { otp: '0000000' },
      });
      if (body.reason === 'too_many_attempts') break;
    }

    await record('get: unknown session', 'GET', '/v1/sessions/00000000-0000-4000-8000-000000000000');
    await record('no key', 'POST', '/v1/sessions', { body: { recipient: phone() }, headers: { authorization: '' } });
    await record('invalid input', 'POST', '/v1/sessions', { body: { recipient: 'not a number', code_length: '6x' } });
    await record('malformed JSON', 'POST', '/v1/sessions', { body: '{"recipient":' });
    await record('unsupported type', 'POST', '/v1/sessions', {
      body: '<x/>',
      headers: { 'content-type': 'application/xml' },
    });
    await record('too large', 'POST', '/v1/sessions', { body: { recipient: phone(), brand_name: 'x'.repeat(2000) } });
    await record('country not allowed', 'POST', '/v1/sessions', { body: { recipient: '+447700900123' } });
    const limited = phone();
    await record('send', 'POST', '/v1/sessions', { body: { recipient: limited } });
    await record('per-recipient limit', 'POST', '/v1/sessions', { body: { recipient: limited } });
    const reused = { 'idempotency-key': 'conformance-key-1' };
    await record('keyed send', 'POST', '/v1/sessions', { body: { recipient: phone() }, headers: reused });
    await record('keyed replay', 'POST', '/v1/sessions', { body: { recipient: phone() }, headers: reused });
    const repeated = phone();
    await record('send (dedupe window)', 'POST', '/v1/sessions', { body: { recipient: repeated } }, dedupeService);
    await record('deduplicated', 'POST', '/v1/sessions', { body: { recipient: repeated } }, dedupeService);
  }, 60_000);

  afterAll(async () => {
    await service.sandbox.close();
  });

  it('covers every kind of answer the documents describe', () => {
    const statuses = new Set(seen.map((answer) => answer.status));
    for (const status of [200, 201, 401, 403, 404, 413, 415, 422, 429]) expect(statuses).toContain(status);
    const reasons = new Set(seen.map((answer) => answer.body.reason).filter((reason) => reason !== undefined));
    for (const reason of ['wrong_code', 'already_verified', 'too_many_attempts']) expect(reasons).toContain(reason);
    expect(seen.some((answer) => answer.body.deduplicated === true)).toBe(true);
  });

  it('each answer has a declared status and a body its schema accepts (OpenAPI 3.1 and Swagger 2.0)', () => {
    const failures = seen.flatMap((answer) =>
      conformance(answer).map((problem) => `${answer.label} (${answer.method} ${answer.path}): ${problem}`),
    );
    expect(failures).toEqual([]);
  });

  it('the check can fail: an undeclared field or a wrong type is caught', () => {
    const sent = seen.find((answer) => answer.status === 201);
    expect(sent).toBeDefined();
    if (!sent) return;
    expect(conformance({ ...sent, body: { ...sent.body, recipient: '+14155550100' } }).join('\n')).toContain(
      'must NOT have additional properties',
    );
    expect(conformance({ ...sent, body: { ...sent.body, deduplicated: 'no' } }).join('\n')).toContain(
      'must be boolean',
    );
    expect(conformance({ ...sent, status: 202 })[0]).toContain('OpenAPI declares no 202');
  });
});
