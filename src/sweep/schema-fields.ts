/**
 * Which fields a sweep path may name, read from the canonical schema (the one source of truth): a segment must be a
 * declared property (written in camelCase or snake_case) or a key of a user-keyed map (`variables`, `extra`,
 * `headers`, `slos`, …), which is kept verbatim. Unions (phase types, dataset types, distribution forms) accept a
 * field of any branch: a grid may sweep `type` itself, so the branch in the base config does not decide.
 */
import { canonicalSchema } from "../canonical-schema.js";

/** A subschema of the canonical schema. */
type SchemaNode = Record<string, unknown>;

/** Where a path stands in the schema: the object/array/leaf subschemas that may apply. Empty means "anything". */
export type SchemaCursor = readonly SchemaNode[];

/** What a segment names inside an object. */
export type FieldLookup =
  | { kind: "field"; key: string; next: SchemaCursor }
  | { kind: "userKey"; next: SchemaCursor }
  | { kind: "none"; known: string[] };

let canonical: { root: SchemaNode; definitions: Record<string, SchemaNode> } | undefined;

// The compiled canonical schema (docs stripped, shared parts hoisted): the same fields, a fifth of the size.
function schema(): { root: SchemaNode; definitions: Record<string, SchemaNode> } {
  if (!canonical) {
    const root = canonicalSchema();
    canonical = { root, definitions: (root.definitions ?? {}) as Record<string, SchemaNode> };
  }
  return canonical;
}

/** The cursor at the envelope root. */
export function rootCursor(): SchemaCursor {
  return flatten(schema().root);
}

/** `prefill_concurrency` → `prefillConcurrency`: the canonical spelling of a snake_case key. */
export const camelCase = (key: string): string => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** `prefillConcurrency` → `prefill_concurrency`. */
export const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Looks up `segment` among the object subschemas at `cursor`; `exact` (a quoted segment) skips the snake_case mapping. */
export function lookupField(cursor: SchemaCursor, segment: string, exact = false): FieldLookup {
  if (cursor.length === 0) return { kind: "userKey", next: [] };
  const objects = cursor.filter(isObjectSchema);
  for (const key of exact || segment === camelCase(segment) ? [segment] : [segment, camelCase(segment)]) {
    const matches = objects.flatMap((o) => {
      const prop = (o.properties as Record<string, SchemaNode> | undefined)?.[key];
      return prop ? [prop] : [];
    });
    if (matches.length > 0) return { kind: "field", key, next: matches.flatMap((m) => flatten(m)) };
  }
  const open = objects.filter((o) => o.additionalProperties !== false && o.additionalProperties !== undefined);
  if (open.length > 0) {
    const next = open.flatMap((o) => (o.additionalProperties === true ? [] : flatten(o.additionalProperties as SchemaNode)));
    // One open map whose values are unconstrained makes the whole position open.
    return { kind: "userKey", next: open.some((o) => o.additionalProperties === true) ? [] : next };
  }
  const known = [...new Set(objects.flatMap((o) => Object.keys((o.properties as Record<string, unknown> | undefined) ?? {})))];
  return { kind: "none", known };
}

/** The subschemas of list items at `cursor` (empty = anything, also when nothing there is a list). */
export function lookupItems(cursor: SchemaCursor): SchemaCursor {
  return cursor.flatMap((n) => (n.type === "array" && n.items && typeof n.items === "object" ? flatten(n.items as SchemaNode) : []));
}

/** True when the position can only hold a list. */
export function isListOnly(cursor: SchemaCursor): boolean {
  return cursor.length > 0 && cursor.every((n) => n.type === "array");
}

function isObjectSchema(n: SchemaNode): boolean {
  return n.type === "object" || (Array.isArray(n.type) && n.type.includes("object")) || (n.type === undefined && (n.properties !== undefined || n.additionalProperties !== undefined));
}

// Follows `$ref` and spreads `oneOf`/`anyOf` into their branches; `true`/`{}` schemas become "anything" (dropped,
// so an all-open cursor is empty).
function flatten(node: SchemaNode, seen: Set<SchemaNode> = new Set()): SchemaNode[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const ref = node.$ref;
  if (typeof ref === "string") {
    const target = schema().definitions[ref.replace("#/definitions/", "")];
    return target ? flatten(target, seen) : [];
  }
  const branches = (node.oneOf ?? node.anyOf) as SchemaNode[] | undefined;
  if (Array.isArray(branches)) return branches.flatMap((b) => flatten(b, seen));
  return node.type === undefined && node.properties === undefined && node.additionalProperties === undefined ? [] : [node];
}
