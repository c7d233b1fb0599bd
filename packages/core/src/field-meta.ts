import { z } from 'zod/v4';

/** What every input field declares once, in core; adapters build their UIs and docs from it. */
export type FieldMeta = {
  readonly title: string;
  readonly description: string;
  readonly examples?: unknown[];
};

/** The flat view of one input field that adapters generate forms, action inputs and OpenAPI from. */
export interface FieldDescriptor {
  /** Plivo's wire name. */
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly example?: string | number | boolean;
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'boolean';
  readonly choices?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string | number | boolean;
}

/** A JSON Schema (draft 2020-12) object as produced by `inputJsonSchema`. */
export type JsonSchema = Record<string, unknown>;

/** Any of core's input schemas (an object schema, possibly refined). */
export type InputSchema = z.ZodObject;

/** UI-driven callers send `''` or `null` for an empty optional field: that means "not given". */
function emptyToUndefined<T>(value: T | '' | null | undefined): T | undefined {
  return value === '' || value === null ? undefined : value;
}

/**
 * An optional field that also takes `''` and `null` as "not given", with its metadata on the outside so that
 * `describeFields` and `z.toJSONSchema` find it.
 */
export function optionalField<S extends z.ZodType>(schema: S, meta: FieldMeta) {
  return z
    .preprocess((value: z.input<S> | '' | null | undefined) => emptyToUndefined(value), schema.optional())
    .optional()
    .meta(meta);
}

/** A required field (empty values stay errors). */
export function requiredField<S extends z.ZodType>(schema: S, meta: FieldMeta): S {
  return schema.meta(meta) as S;
}

function isInputSchema(schema: unknown): schema is InputSchema {
  return (
    typeof schema === 'object' &&
    schema !== null &&
    'shape' in schema &&
    typeof (schema as { shape: unknown }).shape === 'object'
  );
}

function checkSchema(schema: unknown): InputSchema {
  if (!isInputSchema(schema)) throw new TypeError('expected one of the exported input schemas (a zod object schema)');
  return schema;
}

/**
 * The input side of a schema as JSON Schema (draft 2020-12): titles, descriptions, examples, enums and bounds
 * carried over. zod drops `examples` of transforming fields on the input side; they are input examples here, so
 * they are put back.
 */
export function inputJsonSchema(schema: InputSchema): JsonSchema {
  const checked = checkSchema(schema);
  const json = z.toJSONSchema(checked, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, field] of Object.entries(checked.shape)) {
    const meta = z.globalRegistry.get(field as z.ZodType);
    const property = properties[name];
    if (property !== undefined && meta?.examples !== undefined && property.examples === undefined) {
      property.examples = meta.examples;
    }
  }
  return json;
}

type Scalar = string | number | boolean;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Fields of one of core's input schemas in declaration order, flat, with wire names. */
export function describeFields(schema: InputSchema): readonly FieldDescriptor[] {
  const checked = checkSchema(schema);
  const json = inputJsonSchema(checked);
  const properties = (json.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.keys(checked.shape).map((name): FieldDescriptor => {
    const property = properties[name] ?? {};
    const type = property.type === 'integer' ? 'integer' : property.type === 'boolean' ? 'boolean' : 'string';
    const example = Array.isArray(property.examples) ? property.examples[0] : undefined;
    const choices = Array.isArray(property.enum) ? property.enum.filter((v) => typeof v === 'string') : undefined;
    return {
      name,
      label: typeof property.title === 'string' ? property.title : name,
      description: typeof property.description === 'string' ? property.description : '',
      ...(isScalar(example) ? { example } : {}),
      required: required.has(name),
      type,
      ...(choices === undefined ? {} : { choices }),
      ...(typeof property.minimum === 'number' ? { minimum: property.minimum } : {}),
      ...(typeof property.maximum === 'number' ? { maximum: property.maximum } : {}),
      ...(isScalar(property.default) ? { default: property.default } : {}),
    };
  });
}
