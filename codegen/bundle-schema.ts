import { cloneJson, isNode, mapSubschemas, visitSubschemas, type SchemaNode } from "./schema-node.ts";
import type { SourceFile } from "./read-sources.ts";

/** The name of the file that holds the root (envelope) schema. */
export const ROOT_FILE = "envelope.schema.json";

/**
 * One draft-07 document with every definition of every file under `definitions`, cross-file refs rewritten to
 * `#/definitions/X`, mixins merged and `x-add-properties` unions derived. Still annotated: both views start here.
 */
export type Bundle = SchemaNode & { definitions: Record<string, SchemaNode> };

/** Bundles the source files and checks the authoring rules of schema/README.md; throws a list of every problem. */
export function bundleSchema(files: SourceFile[]): Bundle {
  const problems: string[] = [];
  const origin = new Map<string, string>();
  const definitions: Record<string, SchemaNode> = {};
  for (const file of files) {
    const defs = file.schema["definitions"];
    if (!isNode(defs)) {
      problems.push(`${file.name}: has no "definitions"`);
      continue;
    }
    for (const [name, def] of Object.entries(defs)) {
      const previous = origin.get(name);
      if (previous) problems.push(`${file.name}: definition '${name}' is already defined in ${previous}`);
      origin.set(name, file.name);
      definitions[name] = rewriteRefs(def as SchemaNode, file.name, problems);
    }
  }
  const rootFile = files.find((f) => f.name === ROOT_FILE);
  if (!rootFile) throw new Error(`schema/${ROOT_FILE} is missing`);
  const { definitions: _defs, $schema: _s, ...rootRest } = rootFile.schema;
  const root = rewriteRefs(rootRest, ROOT_FILE, problems);

  for (const [name, def] of Object.entries(definitions)) checkRefsResolve(def, `${origin.get(name)}#/definitions/${name}`, definitions, origin, problems);
  checkRefsResolve(root, `${ROOT_FILE}#`, definitions, origin, problems);

  const mixins = new Set<string>();
  const merged: Record<string, SchemaNode> = {};
  for (const [name, def] of Object.entries(definitions)) merged[name] = mergeMixins(def, definitions, mixins, problems);
  for (const name of mixins) delete merged[name];
  deriveAddProperties(merged, problems);

  const bundle = { $schema: "http://json-schema.org/draft-07/schema#", ...mergeMixins(root, definitions, mixins, problems), definitions: merged } as Bundle;
  checkDescriptions(bundle, problems);
  if (problems.length > 0) throw new Error(`schema/ has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  return bundle;
}

function rewriteRefs(node: SchemaNode, file: string, problems: string[]): SchemaNode {
  const rewrite = (n: SchemaNode): SchemaNode => {
    const ref = n["$ref"];
    if (typeof ref !== "string") return n;
    const match = /^([a-z0-9-]+\.schema\.json)?#\/definitions\/([A-Za-z0-9_]+)$/.exec(ref);
    if (!match) {
      problems.push(`${file}: unsupported $ref '${ref}' (use '#/definitions/X' or 'other.schema.json#/definitions/X')`);
      return n;
    }
    return { ...n, $ref: `#/definitions/${match[2]}`, "x-ref-file": match[1] ?? file };
  };
  const out = mapSubschemas(node, rewrite);
  for (const key of ["x-mixins"]) {
    // Mixin lists are refs too, but not subschemas.
    visitSubschemas(out, (n) => {
      const list = n[key];
      if (Array.isArray(list)) n[key] = list.map((r) => rewrite({ $ref: r })["$ref"]);
    });
  }
  return out;
}

function checkRefsResolve(node: SchemaNode, where: string, defs: Record<string, SchemaNode>, origin: Map<string, string>, problems: string[]): void {
  visitSubschemas(node, (n, pointer) => {
    const ref = n["$ref"];
    if (typeof ref !== "string") return;
    const name = ref.slice("#/definitions/".length);
    const file = n["x-ref-file"];
    delete n["x-ref-file"];
    if (!defs[name]) problems.push(`${where}${pointer.slice(1)}: $ref to unknown definition '${name}'`);
    else if (file !== origin.get(name)) problems.push(`${where}${pointer.slice(1)}: '${name}' is defined in ${origin.get(name)}, not ${String(file)}`);
  });
}

/** Merges `x-mixins` (properties, required, x-input-optional) into each object that names them; own keys win. */
function mergeMixins(node: SchemaNode, defs: Record<string, SchemaNode>, used: Set<string>, problems: string[]): SchemaNode {
  return mapSubschemas(node, (n) => {
    const list = n["x-mixins"];
    if (!Array.isArray(list)) return n;
    const { "x-mixins": _m, ...rest } = n;
    const properties: SchemaNode = {};
    const required = new Set<string>();
    const inputOptional = new Set<string>();
    for (const ref of list as string[]) {
      const name = ref.slice("#/definitions/".length);
      const mixin = defs[name];
      if (!mixin) {
        problems.push(`x-mixins: unknown mixin '${name}'`);
        continue;
      }
      used.add(name);
      const resolved = mergeMixins(mixin, defs, used, problems);
      Object.assign(properties, cloneJson(resolved["properties"] ?? {}));
      for (const r of (resolved["required"] as string[] | undefined) ?? []) required.add(r);
      for (const r of (resolved["x-input-optional"] as string[] | undefined) ?? []) inputOptional.add(r);
    }
    Object.assign(properties, rest["properties"] ?? {});
    for (const r of (rest["required"] as string[] | undefined) ?? []) required.add(r);
    for (const r of (rest["x-input-optional"] as string[] | undefined) ?? []) inputOptional.add(r);
    const out: SchemaNode = { ...rest, properties };
    if (required.size > 0) out["required"] = [...required];
    if (inputOptional.size > 0) out["x-input-optional"] = [...inputOptional];
    return out;
  });
}

/**
 * A definition `{$ref: Union, x-add-properties: {...}, x-add-properties-suffix: S}` becomes a copy of the union whose
 * branches `B` are new definitions `B + S` with the extra properties (a multimodal peak is a distribution + weight).
 */
function deriveAddProperties(defs: Record<string, SchemaNode>, problems: string[]): void {
  for (const [name, def] of Object.entries(defs)) {
    const extra = def["x-add-properties"];
    if (!isNode(extra)) continue;
    const target = typeof def["$ref"] === "string" ? defs[def["$ref"].slice("#/definitions/".length)] : undefined;
    const suffix = def["x-add-properties-suffix"];
    if (!target || !Array.isArray(target["oneOf"]) || typeof suffix !== "string") {
      problems.push(`${name}: x-add-properties needs a $ref to a union and an x-add-properties-suffix`);
      continue;
    }
    const branches = (target["oneOf"] as SchemaNode[]).map((b) => {
      const branchName = String(b["$ref"]).slice("#/definitions/".length);
      const branch = defs[branchName] as SchemaNode;
      const derived = `${branchName}${suffix}`;
      defs[derived] = { ...cloneJson(branch), properties: { ...(branch["properties"] as SchemaNode), ...cloneJson(extra) } };
      return { $ref: `#/definitions/${derived}` };
    });
    const { "x-input-alternatives": _alt, ...union } = cloneJson(target);
    defs[name] = { ...union, description: def["description"], oneOf: branches };
  }
}

/** Every definition and every declared property needs a description: they are the reference docs. */
function checkDescriptions(bundle: Bundle, problems: string[]): void {
  for (const [name, def] of Object.entries(bundle.definitions)) {
    if (typeof def["description"] !== "string") problems.push(`definition '${name}' has no description`);
    visitSubschemas(def, (n, pointer) => {
      const props = n["properties"];
      if (!isNode(props)) return;
      for (const [key, prop] of Object.entries(props)) {
        if (!isNode(prop) || typeof prop["description"] !== "string") problems.push(`${name}${pointer.slice(1)}/properties/${key} has no description`);
      }
    });
  }
}
