import type { z } from 'zod/v4';
import { echoableFieldName } from './redact.js';
import type { FieldIssue } from './verify-error.js';

// Optimal string alignment distance (a swap of two neighbours counts as one edit), case-insensitive.
function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(s.length, t.length);
}

/**
 * The known name an unknown key is probably a misspelling of (one edit for short names, two from five letters on),
 * or undefined when none is close or two are equally close.
 */
export function closestName(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const allowed = key.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const name of known) {
    const distance = editDistance(key, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}

/** An unknown key's message: with the explicit hint, else the closest known name, else none. */
export function unknownKeyMessage(
  key: string,
  known: readonly string[],
  hints: Readonly<Record<string, string>> = {},
): string {
  // Object.hasOwn: a key such as `constructor` takes no hint from Object.prototype.
  const hint = Object.hasOwn(hints, key) ? hints[key] : closestName(key, known);
  return hint ? `unknown field; did you mean ${hint}?` : 'unknown field';
}

/** One issue per key of a plain options object that is not in `known` (a misspelt option would be a silent no-op). */
export function unknownKeyIssues(value: object, known: readonly string[], prefix: string): FieldIssue[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({ field: `${prefix}.${echoableFieldName(key)}`, message: unknownKeyMessage(key, known) }));
}

type Def = { readonly type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

// The object schemas a value at `path` is checked against, through optional/nullable/default/pipe/union wrappers.
function objectsAt(schema: unknown, path: readonly PropertyKey[], depth = 0): Def[] {
  const def = defOf(schema);
  if (def === undefined || depth > 32) return [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return objectsAt(def.innerType, path, depth + 1);
    case 'pipe':
      return objectsAt(def.in, path, depth + 1);
    case 'union':
      return (def.options as readonly unknown[]).flatMap((option) => objectsAt(option, path, depth + 1));
    case 'object': {
      if (path.length === 0) return [def];
      const [head, ...rest] = path;
      const shape = def.shape as Record<PropertyKey, unknown>;
      return head !== undefined && Object.hasOwn(shape, head) ? objectsAt(shape[head], rest, depth + 1) : [];
    }
    default:
      return [];
  }
}

/** The field names a schema knows for the object at `path` (for did-you-mean hints on unknown keys). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((def) => Object.keys(def.shape as object)))];
}
