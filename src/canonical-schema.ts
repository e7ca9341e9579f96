import { readFileSync } from "node:fs";

/** A node of the compiled canonical schema (docs stripped). */
export type SchemaNode = Record<string, unknown>;

let cached: SchemaNode | undefined;

/** The canonical schema the generated validator was compiled from (87 kB; read once, on first use). */
export function canonicalSchema(): SchemaNode {
  if (!cached) {
    cached = JSON.parse(readFileSync(new URL(`../generated/validators/canonical.schema.json`, import.meta.url), "utf8")) as SchemaNode;
  }
  return cached;
}

/** Follows `$ref`s (`#/definitions/X`) to the node they name, and reports the last definition name passed. */
const resolvedRefs = new WeakMap<SchemaNode, { node: SchemaNode; name?: string }>();

export function resolveRef(node: SchemaNode): { node: SchemaNode; name?: string } {
  const known = resolvedRefs.get(node);
  if (known) return known;
  const result = followRef(node);
  resolvedRefs.set(node, result);
  return result;
}

function followRef(node: SchemaNode): { node: SchemaNode; name?: string } {
  let current = node;
  let name: string | undefined;
  for (let i = 0; i < 32 && typeof current["$ref"] === "string"; i++) {
    name = (current["$ref"] as string).slice("#/definitions/".length);
    current = ((canonicalSchema()["definitions"] as Record<string, SchemaNode>)[name] ?? {}) as SchemaNode;
  }
  return name === undefined ? { node: current } : { node: current, name };
}

/** The branch of a discriminated union that a value selects by its `type`, if the node is such a union. */
export function unionBranch(node: SchemaNode, value: unknown): SchemaNode | undefined {
  if (!Array.isArray(node["oneOf"]) || node["discriminator"] === undefined) return undefined;
  if (typeof value !== "object" || value === null) return undefined;
  const tag = (value as Record<string, unknown>)["type"];
  for (const branch of node["oneOf"] as SchemaNode[]) {
    const resolved = resolveRef(branch).node;
    const properties = resolved["properties"] as Record<string, SchemaNode> | undefined;
    const tagSchema = properties?.["type"] ? resolveRef(properties["type"]).node : undefined;
    if (tagSchema?.["const"] === tag) return resolved;
  }
  return undefined;
}

/** Is this node the canonical form of a duration (`number | "inf"`)? */
export function isDurationNode(node: SchemaNode): boolean {
  const anyOf = node["anyOf"];
  return Array.isArray(anyOf) && anyOf.length === 2 && (anyOf as SchemaNode[]).some((n) => n["const"] === "inf") && (anyOf as SchemaNode[]).some((n) => n["type"] === "number");
}
