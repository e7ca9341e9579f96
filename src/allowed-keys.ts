import { readFileSync } from "node:fs";
import { canonicalSchema, resolveRef, unionBranch, type SchemaNode } from "./canonical-schema.js";
import type { DataPath } from "./diagnostics.js";
import { camelCase } from "./normalizers/rename-keys.js";

/** Shorthand keys that stand for a canonical block (format-today §4). */
const SHORTHAND_TARGETS: Record<string, string> = { profiling: "Phase", warmup: "Phase", dataset: "Dataset" };

let inputDefinitions: Record<string, SchemaNode> | undefined;
function inputDefinition(name: string): SchemaNode | undefined {
  if (!inputDefinitions) {
    inputDefinitions = (JSON.parse(readFileSync(new URL(`../generated/validators/input.schema.json`, import.meta.url), "utf8")) as { definitions: Record<string, SchemaNode> }).definitions;
  }
  return inputDefinitions[name];
}

const propertiesOf = (node: SchemaNode | undefined): string[] => {
  if (!node) return [];
  if (typeof node["properties"] === "object" && node["properties"] !== null) return Object.keys(node["properties"] as object);
  // An extendable definition is `if extends then partial else the object`.
  return propertiesOf(node["else"] as SchemaNode | undefined);
};

/**
 * The keys a user may write in the mapping at `path` (both spellings, shorthands included), for "did you mean".
 * The canonical schema finds which block the mapping is (following the data: a phase's `type` picks its branch);
 * the input schema's definition of that block lists what may be written there.
 */
export function allowedKeysAt(root: unknown, path: DataPath): string[] {
  let schema: SchemaNode = canonicalSchema();
  let name: string | undefined;
  let data: unknown = root;
  const resolve = (): SchemaNode => {
    const resolved = resolveRef(schema);
    if (resolved.name) name = resolved.name;
    const branch = unionBranch(resolved.node, data);
    if (branch) {
      const tag = (data as Record<string, unknown>)["type"];
      name = branchName(resolved.node, tag) ?? name;
      return branch;
    }
    return resolved.node;
  };
  for (const seg of path) {
    const node = resolve();
    name = undefined;
    data = typeof data === "object" && data !== null ? (data as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === "number") {
      schema = (node["items"] as SchemaNode | undefined) ?? {};
      continue;
    }
    const properties = (node["properties"] as Record<string, SchemaNode> | undefined) ?? {};
    const key = camelCase(seg);
    const shorthand = SHORTHAND_TARGETS[key];
    if (properties[key]) schema = properties[key];
    else if (shorthand) schema = { $ref: `#/definitions/${shorthand}` };
    else if (typeof node["additionalProperties"] === "object") schema = node["additionalProperties"] as SchemaNode;
    else return [];
    // `phases:` written as one mapping is one phase.
    if (key === "phases" && typeof data === "object" && data !== null && !Array.isArray(data)) schema = { $ref: "#/definitions/Phase" };
  }
  const node = resolve();
  const fromInput = name ? propertiesOf(inputDefinition(name)) : [];
  if (fromInput.length > 0) return fromInput;
  const canonical = Object.keys((node["properties"] as object | undefined) ?? {});
  return [...new Set([...canonical, ...canonical.map((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))])];
}

function branchName(union: SchemaNode, tag: unknown): string | undefined {
  for (const branch of (union["oneOf"] as SchemaNode[] | undefined) ?? []) {
    const resolved = resolveRef(branch);
    const props = resolved.node["properties"] as Record<string, SchemaNode> | undefined;
    if (props?.["type"] && resolveRef(props["type"]).node["const"] === tag) return resolved.name;
  }
  return undefined;
}
