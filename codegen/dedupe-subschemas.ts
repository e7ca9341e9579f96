import { defRef, isNode, type SchemaNode } from "./schema-node.ts";

/** Keywords whose presence makes a subschema cost real validator code (worth sharing). */
const STRUCTURAL = ["if", "properties", "anyOf", "oneOf", "allOf", "items", "dependencies", "errorMessage"];
const SINGLE = ["additionalProperties", "items", "not", "if", "then", "else", "propertyNames", "contains"];
const LISTS = ["oneOf", "anyOf", "allOf"];
const MAPS = ["properties", "patternProperties", "dependencies"];

/**
 * Moves every structural subschema that occurs more than once (and is at least `minSize` characters of JSON) into
 * `definitions` and refers to it, largest first. The input view repeats a lot by construction (a snake_case twin
 * for each property, mixin fields copied into each phase type, the same template widening on every number), and
 * ajv generates code per occurrence; sharing keeps the published schema and the standalone validators small.
 * Validation results are unchanged: a `$ref` to an identical schema validates identically.
 */
export function dedupeSubschemas(view: SchemaNode, minSize = 300): SchemaNode {
  const counts = new Map<string, number>();
  const count = (node: SchemaNode): void => {
    const key = JSON.stringify(node);
    if (key.length >= minSize && isStructural(node)) counts.set(key, (counts.get(key) ?? 0) + 1);
    forEachChild(node, count);
  };
  const defs = view["definitions"] as Record<string, SchemaNode>;
  const { definitions: _d, ...root } = view;
  count(root);
  for (const def of Object.values(defs)) forEachChild(def, count);

  const hoisted = new Map<string, string>();
  const outDefs: Record<string, SchemaNode> = {};
  const used = new Set(Object.keys(defs));
  const rewrite = (node: SchemaNode, name: string): SchemaNode => {
    const out: SchemaNode = { ...node };
    for (const key of SINGLE) if (isNode(out[key])) out[key] = visit(out[key] as SchemaNode, `${name}.${key}`);
    for (const key of LISTS) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((c, i) => (isNode(c) ? visit(c, `${name}.${key}${i}`) : c));
    for (const key of MAPS) {
      if (!isNode(out[key])) continue;
      out[key] = Object.fromEntries(Object.entries(out[key] as SchemaNode).map(([k, c]) => [k, isNode(c) ? visit(c, key === "properties" ? `${name}.${k}` : `${name}.${key}.${k}`) : c]));
    }
    return out;
  };
  const visit = (node: SchemaNode, name: string): SchemaNode => {
    const key = JSON.stringify(node);
    if ((counts.get(key) ?? 0) < 2) return rewrite(node, name);
    let target = hoisted.get(key);
    if (!target) {
      target = uniqueName(name, used);
      hoisted.set(key, target);
      outDefs[target] = rewrite(node, target);
    }
    return defRef(target);
  };
  const newRoot = rewrite(root, "root");
  for (const name of Object.keys(defs)) outDefs[name] = rewrite(defs[name] as SchemaNode, name);
  const sorted: Record<string, SchemaNode> = {};
  for (const name of Object.keys(outDefs).sort()) sorted[name] = outDefs[name] as SchemaNode;
  return { ...newRoot, definitions: sorted };
}

const isStructural = (node: SchemaNode): boolean => typeof node["$ref"] !== "string" && STRUCTURAL.some((k) => node[k] !== undefined);

function forEachChild(node: SchemaNode, fn: (child: SchemaNode) => void): void {
  for (const key of SINGLE) if (isNode(node[key])) fn(node[key] as SchemaNode);
  for (const key of LISTS) if (Array.isArray(node[key])) for (const c of node[key] as unknown[]) if (isNode(c)) fn(c);
  for (const key of MAPS) if (isNode(node[key])) for (const c of Object.values(node[key] as SchemaNode)) if (isNode(c)) fn(c);
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
  used.add(name);
  return name;
}
