import { cloneJson, defRef, definitionsOf, isNode, mapSubschemas, pruneUnreachable, refName, stripAnnotations, type SchemaNode } from "./schema-node.ts";
import type { Bundle } from "./bundle-schema.ts";

/** Title of the canonical root; the name of the generated TS type. */
export const CANONICAL_ROOT_TITLE = "AiperfConfig";

/**
 * The canonical view (schema/README.md): camelCase only, input-only keys dropped, defaulted and loader-filled fields
 * required, durations as seconds or "inf", unions with ajv's `discriminator`.
 */
export function deriveCanonical(bundle: Bundle): SchemaNode {
  const source = cloneJson(bundle);
  const defs = definitionsOf(source);
  const partials = new PartialBuilder(defs);
  for (const [name, def] of Object.entries(defs)) {
    if (def["discriminator"] !== undefined) def["x-union-label"] = `${name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} `;
  }

  const rule = (node: SchemaNode): SchemaNode => {
    let n = node;
    if (Array.isArray(n["oneOf"]) && n["discriminator"] !== undefined) n = canonicalUnion(n, defs);
    if (typeof n["$ref"] === "string" && n["x-partial"] === true) n = { ...n, $ref: partials.refTo(refName(n["$ref"]))["$ref"] };
    if (isNode(n["properties"])) n = canonicalObject(n);
    if (n["x-duration"] === true) n = canonicalDuration(n);
    return n;
  };

  const out: SchemaNode = { ...mapSubschemas({ ...source, definitions: {} }, rule) };
  const outDefs: Record<string, SchemaNode> = {};
  for (const [name, def] of Object.entries(defs)) outDefs[name] = mapSubschemas(def, rule);
  // Partials are created on demand while the walk above runs; they are built from already-canonical definitions.
  for (const [name, def] of partials.build(outDefs)) outDefs[name] = def;
  out["definitions"] = outDefs;

  const pruned = pruneUnreachable(stripAnnotations(out));
  for (const [name, def] of Object.entries(definitionsOf(pruned))) def["title"] = name;
  pruned["title"] = CANONICAL_ROOT_TITLE;
  return pruned;
}

/**
 * ajv's discriminator only looks at objects (so the union must say `type: object`, or a bare number would pass), and
 * its own error ("value of tag must be in oneOf") does not say which tags exist; ours does.
 */
function canonicalUnion(node: SchemaNode, defs: Record<string, SchemaNode>): SchemaNode {
  const tags = (node["oneOf"] as SchemaNode[]).map((b) => {
    const branch = defs[refName(String(b["$ref"]))] as SchemaNode;
    return String(((branch["properties"] as Record<string, SchemaNode>)["type"] as SchemaNode)["const"]);
  });
  const label = String(node["x-union-label"] ?? "");
  return { ...node, type: "object", errorMessage: { discriminator: `unknown ${label}type: '${"type"}' must be one of ${tags.join(", ")}` } };
}

/** Drops input-only properties; every property with a real default or filled by the loader becomes required. */
function canonicalObject(node: SchemaNode): SchemaNode {
  const properties: SchemaNode = {};
  const required = new Set<string>((node["required"] as string[] | undefined) ?? []);
  for (const [key, prop] of Object.entries(node["properties"] as SchemaNode)) {
    if (!isNode(prop) || prop["x-input-only"] === true) {
      required.delete(key);
      continue;
    }
    properties[key] = prop;
    const hasDefault = prop["default"] !== undefined && prop["default"] !== null;
    if (hasDefault || prop["x-filled"] !== undefined) required.add(key);
  }
  const out: SchemaNode = { ...node, properties };
  if (required.size > 0) out["required"] = Object.keys(properties).filter((k) => required.has(k));
  else delete out["required"];
  return out;
}

/** A duration is a number of seconds, or "inf" (JSON and CRDs have no Infinity). */
function canonicalDuration(node: SchemaNode): SchemaNode {
  const { description, default: dflt, examples, "x-duration": _d, ...number } = node;
  const out: SchemaNode = { anyOf: [number, { const: "inf" }] };
  if (description !== undefined) out["description"] = description;
  if (dflt !== undefined) out["default"] = dflt;
  if (examples !== undefined) out["examples"] = examples;
  return out;
}

/**
 * Builds `<Name>Partial` definitions: nothing required, every reachable object partial too, unions without a
 * required tag (so `anyOf` instead of a discriminator). Atomic definitions (distributions, ramps) and leaves stay whole.
 */
class PartialBuilder {
  private readonly wanted = new Set<string>();
  constructor(private readonly sourceDefs: Record<string, SchemaNode>) {}

  refTo(name: string): SchemaNode {
    const def = this.sourceDefs[name];
    if (!def || def["x-atomic"] === true || !isStructured(def)) return defRef(name);
    this.wanted.add(name);
    return defRef(`${name}Partial`);
  }

  build(canonicalDefs: Record<string, SchemaNode>): Map<string, SchemaNode> {
    const built = new Map<string, SchemaNode>();
    const pending = [...this.wanted];
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (built.has(`${name}Partial`)) continue;
      const def = canonicalDefs[name] as SchemaNode;
      const partial = mapSubschemas(def, (n) => {
        let out: SchemaNode = { ...n };
        delete out["required"];
        if (typeof out["$ref"] === "string") {
          const target = refName(out["$ref"]);
          const ref = this.refTo(target);
          if (ref["$ref"] !== out["$ref"] && !built.has(`${target}Partial`)) pending.push(target);
          out = { ...out, ...ref };
        }
        if (out["discriminator"] !== undefined && Array.isArray(out["oneOf"])) {
          const { oneOf, discriminator: _d, ...rest } = out;
          out = { ...rest, anyOf: oneOf };
        }
        return out;
      });
      built.set(`${name}Partial`, { ...partial, description: `${String(def["description"])} (Partial: every field optional.)` });
    }
    return built;
  }
}

const isStructured = (def: SchemaNode): boolean => isNode(def["properties"]) || Array.isArray(def["oneOf"]) || Array.isArray(def["anyOf"]);
