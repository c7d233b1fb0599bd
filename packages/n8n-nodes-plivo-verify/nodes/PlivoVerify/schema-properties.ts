import type { FieldDescriptor } from '@plivo-verify/core/pure';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { UnexpectedError } from 'n8n-workflow';

/**
 * Turns one of core's field descriptors into an n8n parameter. The parameter's name is the wire name, so what
 * the user fills in goes to core unchanged; labels, descriptions, choices and bounds all come from core.
 */
export function propertyFromField(field: FieldDescriptor, overrides: Partial<INodeProperties> = {}): INodeProperties {
  const base = {
    displayName: field.label,
    name: field.name,
    description: field.description,
  };
  let property: INodeProperties;
  if (field.choices !== undefined && field.choices.length > 0) {
    // n8n shows option names in Title Case; the values stay the wire values.
    const options: INodePropertyOptions[] = field.choices.map((choice) => ({
      name: choiceName(choice),
      value: choice,
    }));
    const fallback = field.choices[0] ?? '';
    property = {
      ...base,
      type: 'options',
      options,
      default: typeof field.default === 'string' ? field.default : fallback,
    };
  } else if (field.type === 'integer') {
    const typeOptions: { minValue?: number; maxValue?: number; numberPrecision: number } = { numberPrecision: 0 };
    if (field.minimum !== undefined) typeOptions.minValue = field.minimum;
    if (field.maximum !== undefined && field.maximum < Number.MAX_SAFE_INTEGER) typeOptions.maxValue = field.maximum;
    const example = typeof field.example === 'number' ? field.example : (field.minimum ?? 0);
    property = {
      ...base,
      type: 'number',
      typeOptions,
      default: typeof field.default === 'number' ? field.default : example,
    };
  } else if (field.type === 'boolean') {
    property = { ...base, type: 'boolean', default: typeof field.default === 'boolean' ? field.default : false };
  } else {
    property = { ...base, type: 'string', default: typeof field.default === 'string' ? field.default : '' };
    if (field.example !== undefined) property.placeholder = `e.g. ${String(field.example)}`;
  }
  if (field.required) property.required = true;
  return { ...property, ...overrides } as INodeProperties;
}

// Abbreviations among core's choices, written as people write them.
const ABBREVIATIONS: ReadonlySet<string> = new Set(['sms']);

/** A wire value as an option name in Title Case: `in-progress` → `In Progress`, `sms` → `SMS`, `POST` stays. */
export function choiceName(choice: string): string {
  return choice
    .split(/[-_\s]+/)
    .filter((word) => word !== '')
    .map((word) =>
      ABBREVIATIONS.has(word.toLowerCase()) ? word.toUpperCase() : `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
    )
    .join(' ');
}

/** The optional fields of a schema as the items of an n8n collection, sorted by label as n8n's UX guide asks. */
export function collectionOptions(
  fields: readonly FieldDescriptor[],
  exclude: readonly string[],
  overrides: Readonly<Record<string, Partial<INodeProperties>>> = {},
): INodeProperties[] {
  return fields
    .filter((field) => !exclude.includes(field.name))
    .map((field) => propertyFromField(field, { ...overrides[field.name], required: false }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Looks up one field, failing loudly at load time if core renamed it. */
export function fieldNamed(fields: readonly FieldDescriptor[], name: string): FieldDescriptor {
  const field = fields.find((candidate) => candidate.name === name);
  if (field === undefined) throw new UnexpectedError(`core no longer describes the field ${name}`);
  return field;
}
