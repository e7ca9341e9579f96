/**
 * The shape codegen works on: a JSON Schema node as plain data, plus a generic post-order mapper over every place a
 * subschema can sit. Every derive stage is a `mapSubschemas` walk with its own node rule.
 */

export type SchemaNode = { [key: string]: unknown };

export const isNode = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Keys whose value is a subschema. */
const SINGLE_KEYS = ["additionalProperties", "items", "not", "if", "then", "else", "propertyNames", "contains"] as const;
/** Keys whose value is an array of subschemas. */
const ARRAY_KEYS = ["oneOf", "anyOf", "allOf", "x-input-alternatives"] as const;
/** Keys whose value maps names to subschemas. */
const MAP_KEYS = ["properties", "patternProperties", "definitions", "dependencies", "x-add-properties"] as const;

/**
 * Rebuilds `node` bottom-up: children first (through `fn`), then `fn` on the node itself with its new children.
 * `fn` returns the replacement node. The input is never mutated.
 */
export function mapSubschemas(node: SchemaNode, fn: (node: SchemaNode) => SchemaNode): SchemaNode {
  const out: SchemaNode = { ...node };
  for (const key of SINGLE_KEYS) {
    const child = out[key];
    if (isNode(child)) out[key] = mapSubschemas(child, fn);
    else if (key === "items" && Array.isArray(child)) out[key] = child.map((c) => (isNode(c) ? mapSubschemas(c, fn) : c));
  }
  for (const key of ARRAY_KEYS) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.map((c) => (isNode(c) ? mapSubschemas(c, fn) : c));
  }
  for (const key of MAP_KEYS) {
    const map = out[key];
    if (isNode(map)) {
      const next: SchemaNode = {};
      for (const [name, child] of Object.entries(map)) next[name] = isNode(child) ? mapSubschemas(child, fn) : child;
      out[key] = next;
    }
  }
  return fn(out);
}

/** Calls `fn` on every node, parents before children, with the JSON pointer of the node. */
export function visitSubschemas(node: SchemaNode, fn: (node: SchemaNode, pointer: string) => void, pointer = "#"): void {
  fn(node, pointer);
  for (const key of SINGLE_KEYS) {
    const child = node[key];
    if (isNode(child)) visitSubschemas(child, fn, `${pointer}/${key}`);
  }
  for (const key of ARRAY_KEYS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((c, i) => isNode(c) && visitSubschemas(c, fn, `${pointer}/${key}/${i}`));
  }
  for (const key of MAP_KEYS) {
    const map = node[key];
    if (isNode(map)) for (const [name, c] of Object.entries(map)) if (isNode(c)) visitSubschemas(c, fn, `${pointer}/${key}/${name}`);
  }
}

/** Drops every `x-…` annotation (and `tsType` unless asked to keep it). */
export function stripAnnotations(node: SchemaNode): SchemaNode {
  return mapSubschemas(node, (n) => {
    const out: SchemaNode = {};
    for (const [key, value] of Object.entries(n)) if (!key.startsWith("x-")) out[key] = value;
    return out;
  });
}

export const refName = (ref: string): string => {
  const match = /^#\/definitions\/([^/]+)$/.exec(ref);
  if (!match?.[1]) throw new Error(`unexpected $ref '${ref}' (bundled refs are '#/definitions/Name')`);
  return match[1];
};

export const defRef = (name: string): SchemaNode => ({ $ref: `#/definitions/${name}` });

/** `gracePeriod` → `grace_period`: the snake_case spelling AIPerf's pydantic models accept. */
export const snakeCase = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The definitions map of a bundled document. */
export const definitionsOf = (doc: SchemaNode): Record<string, SchemaNode> => doc["definitions"] as Record<string, SchemaNode>;

/** Removes definitions that are not reachable from the root through `$ref`. */
export function pruneUnreachable(doc: SchemaNode): SchemaNode {
  const defs = definitionsOf(doc);
  const reached = new Set<string>();
  const queue: SchemaNode[] = [{ ...doc, definitions: {} }];
  while (queue.length > 0) {
    const node = queue.pop() as SchemaNode;
    visitSubschemas(node, (n) => {
      if (typeof n["$ref"] !== "string") return;
      const name = refName(n["$ref"]);
      if (reached.has(name)) return;
      reached.add(name);
      const def = defs[name];
      if (!def) throw new Error(`$ref to missing definition '${name}'`);
      queue.push(def);
    });
  }
  const kept: Record<string, SchemaNode> = {};
  for (const name of Object.keys(defs).sort()) if (reached.has(name)) kept[name] = defs[name] as SchemaNode;
  return { ...doc, definitions: kept };
}

/** Deterministic deep clone of JSON data. */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Drops the documentation keywords (descriptions, examples, titles): validation does not read them. */
export function stripDocs(node: SchemaNode): SchemaNode {
  return mapSubschemas(node, (n) => {
    const { description: _d, examples: _e, title: _t, $comment: _c, ...rest } = n;
    return rest;
  });
}
