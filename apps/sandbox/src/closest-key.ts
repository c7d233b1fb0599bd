import type { z } from 'zod/v4';

// Levenshtein distance, case-insensitive (config keys are short: a full table is cheap).
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? Number.POSITIVE_INFINITY;
}

/** The known key a misspelt one is closest to (one edit for short keys, two from five letters on), if just one. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const allowed = key.length >= 5 ? 2 : 1;
  const scored = known.map((name) => ({ name, edits: distance(key, name) })).filter(({ edits }) => edits <= allowed);
  const best = Math.min(...scored.map(({ edits }) => edits));
  const closest = scored.filter(({ edits }) => edits === best);
  return closest.length === 1 ? closest[0]?.name : undefined;
}

type Def = { readonly type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

// The object schemas a value at `path` is checked against, through wrappers, unions and arrays.
function objectsAt(schema: unknown, path: readonly PropertyKey[], depth = 0): Def[] {
  const def = defOf(schema);
  if (def === undefined || depth > 32) return [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return objectsAt(def.innerType, path, depth + 1);
    case 'pipe':
      return objectsAt(def.in, path, depth + 1);
    case 'union':
      return (def.options as readonly unknown[]).flatMap((option) => objectsAt(option, path, depth + 1));
    case 'array':
      return typeof path[0] === 'number' ? objectsAt(def.element, path.slice(1), depth + 1) : [];
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

/** The field names a schema knows for the object at `path`. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((def) => Object.keys(def.shape as object)))];
}
