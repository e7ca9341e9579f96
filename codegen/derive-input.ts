import { cloneJson, defRef, isNode, mapSubschemas, pruneUnreachable, refName, snakeCase, stripAnnotations, type SchemaNode } from "./schema-node.ts";
import type { Bundle } from "./bundle-schema.ts";

/** Title of the input root; the name of the generated TS type. */
export const INPUT_ROOT_TITLE = "AiperfConfigInput";

/**
 * `validate`: the published schema (if/then dispatch so ajv and editors report only the selected branch).
 * `types`: the same view with unions as `anyOf`, which json-schema-to-typescript turns into TS unions.
 */
export type InputMode = "validate" | "types";

/** A `${VAR}`/`${VAR:default}` reference or a `{{ … }}` expression anywhere in a string. */
export const TEMPLATE_PATTERN = "\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\\}|\\{\\{[\\s\\S]*\\}\\}";
/** AIPerf's duration syntax (loader/duration.py): seconds, `30s`, `5 min`, `1.5h`, `inf`, case-insensitive. */
export const DURATION_PATTERN =
  "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:[sS]|[sS][eE][cC]|[mM]|[mM][iI][nN]|[hH]|[hH][rR]|[hH][oO][uU][rR])?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?)\\s*$";

const TAG = "type";
const DOC_KEYS = ["description", "default", "examples"] as const;
/** Internal marker: the JSON types a transformed node accepts (used to dispatch alternatives by type). */
const JSON_TYPES = "x-json-types";

/** Derives the input view of schema/README.md from the bundle. */
export function deriveInput(bundle: Bundle, mode: InputMode): SchemaNode {
  return new InputDeriver(cloneJson(bundle), mode).derive();
}

interface DefRequest {
  name: string;
  partial: boolean;
}

class InputDeriver {
  private readonly defs: Record<string, SchemaNode>;
  private readonly out: Record<string, SchemaNode> = {};
  private readonly queue: DefRequest[] = [];
  /** Branch definition → the union that dispatches to it. */
  private readonly unionOf = new Map<string, SchemaNode>();
  /** Objects that accept `extends:` (model items, endpoints, and every branch of an extendable union). */
  private readonly extendable = new Set<string>();

  constructor(private readonly bundle: Bundle, private readonly mode: InputMode) {
    this.defs = bundle.definitions;
    for (const [name, def] of Object.entries(this.defs)) {
      const branches = Array.isArray(def["oneOf"]) && def["discriminator"] ? (def["oneOf"] as SchemaNode[]).map((b) => refName(String(b["$ref"]))) : [];
      for (const b of branches) this.unionOf.set(b, def);
      if (def["x-extendable"] === true) for (const n of branches.length > 0 ? branches : [name]) this.extendable.add(n);
    }
  }

  derive(): SchemaNode {
    const { definitions: _d, ...root } = this.bundle;
    const out = this.transform(root, false, "root");
    while (this.queue.length > 0) {
      const req = this.queue.pop() as DefRequest;
      const outName = req.partial ? `${req.name}Partial` : req.name;
      if (this.out[outName]) continue;
      this.out[outName] = {}; // reserve: recursive refs
      this.out[outName] = this.buildDef(req);
    }
    this.out["Extends"] = {
      description: "Names of templates (from the top-level `templates:` block) this entry inherits from, applied left to right; the entry's own keys win.",
      ...(this.mode === "validate"
        ? { if: { type: "array" }, then: { items: { type: "string", minLength: 1 }, minItems: 1 }, else: { type: "string", minLength: 1 } }
        : { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }),
    };
    const doc = pruneUnreachable(stripAnnotations({ ...out, definitions: this.out }));
    if (this.mode === "types") {
      for (const [name, def] of Object.entries(doc["definitions"] as Record<string, SchemaNode>)) def["title"] = `${name}Input`;
      doc["title"] = INPUT_ROOT_TITLE;
    } else {
      delete doc["title"];
    }
    return doc;
  }

  private request(name: string, partial: boolean): SchemaNode {
    const def = this.defs[name];
    if (!def) throw new Error(`input view: unknown definition '${name}'`);
    const usePartial = partial && def["x-atomic"] !== true && isStructured(def);
    this.queue.push({ name, partial: usePartial });
    return defRef(usePartial ? `${name}Partial` : name);
  }

  private buildDef({ name, partial }: DefRequest): SchemaNode {
    let def = this.transform(this.defs[name] as SchemaNode, partial, name);
    const union = this.unionOf.get(name);
    const optional = new Set<string>([...asStrings(def["x-input-optional"]), ...asStrings(union?.["x-input-optional"])]);
    if (union && (union["x-input-default-tag"] !== undefined || union["x-input-infer-tag"] !== undefined)) optional.add(TAG);
    if (Array.isArray(def["required"])) {
      const required = (def["required"] as string[]).filter((r) => !optional.has(r));
      if (required.length > 0) def["required"] = required;
      else delete def["required"];
    }
    if (this.extendable.has(name) && isNode(def["properties"])) {
      def["properties"] = { ...def["properties"], extends: { $ref: "#/definitions/Extends", description: "Templates this entry inherits from (see `templates:`)." } };
    }
    const source = this.defs[name] as SchemaNode;
    if (!partial && source["x-extendable"] === true && this.mode === "validate") {
      const { description, ...rest } = def;
      def = { description, if: { required: ["extends"] }, then: this.request(name, true), else: rest };
    }
    return def;
  }

  /** Applies the input rules to every node of `node`, bottom-up. */
  private transform(node: SchemaNode, partial: boolean, context: string): SchemaNode {
    return mapSubschemas(node, (n) => {
      let out = n;
      if (typeof out["$ref"] === "string") out = this.refRule(out, partial);
      out = this.widenRule(out);
      if (isNode(out["properties"])) out = this.objectRule(out, partial);
      if (Array.isArray(out["oneOf"]) && out["discriminator"]) out = this.unionRule(out, partial, context);
      if (Array.isArray(out["x-input-alternatives"])) out = this.alternativesRule(out);
      return out;
    });
  }

  private refRule(node: SchemaNode, partial: boolean): SchemaNode {
    const name = refName(String(node["$ref"]));
    const ref = this.request(name, partial || node["x-partial"] === true);
    const { $ref: _r, "x-partial": _p, "x-input-required": required, ...rest } = node;
    if (Array.isArray(required) && !partial && this.mode === "validate") {
      const requirement = this.requiredSchema(required as string[], this.defs[name] as SchemaNode);
      return { ...docsOf(rest), ...annotationsOf(rest), allOf: [ref, requirement] };
    }
    return { ...rest, ...ref };
  }

  /** Numbers, integers and booleans also take templates; durations take `30s`-style strings. */
  private widenRule(node: SchemaNode): SchemaNode {
    const type = node["type"];
    if (typeof type !== "string" || node["enum"] !== undefined || node["const"] !== undefined) return node;
    const isDuration = node["x-duration"] === true;
    const constrainedString = type === "string" && (node["pattern"] !== undefined || node["format"] !== undefined || node["minLength"] !== undefined);
    if (!(type === "number" || type === "integer" || type === "boolean" || constrainedString)) return node;
    const docs = docsOf(node);
    const bare = withoutDocs(node);
    if (this.mode === "types") {
      if (type === "string") return node;
      const tsType = isDuration ? "DurationString | TemplateString" : "TemplateString";
      return { ...docs, ...annotationsOf(node), anyOf: [bare, { type: "string", tsType }] };
    }
    if (constrainedString) {
      return { ...docs, ...annotationsOf(node), if: { type: "string", pattern: TEMPLATE_PATTERN }, then: true, else: bare, [JSON_TYPES]: ["string"] };
    }
    const then = isDuration
      ? { pattern: `${DURATION_PATTERN}|${TEMPLATE_PATTERN}`, errorMessage: "must be a duration: a number of seconds or a string such as '30s', '5 min', '2h' or 'inf'" }
      : type === "boolean"
        ? { pattern: TEMPLATE_PATTERN, errorMessage: "must be true or false (YAML 1.1 words such as yes, no, on and off are not booleans in AIPerf configs), or a template string (an environment reference or a {{ }} expression)" }
        : { pattern: TEMPLATE_PATTERN, errorMessage: `must be ${type === "integer" ? "an integer" : "a number"}, or a template string (an environment reference or a {{ }} expression)` };
    const jsonType = type === "boolean" ? "boolean" : "number";
    return { ...docs, ...annotationsOf(node), if: { type: "string" }, then, else: bare, [JSON_TYPES]: [jsonType, "string"] };
  }

  private objectRule(node: SchemaNode, partial: boolean): SchemaNode {
    const props = node["properties"] as Record<string, SchemaNode>;
    const required = partial ? [] : asStrings(node["required"]).filter((r) => !asStrings(node["x-input-optional"]).includes(r));
    const spelled = (key: string): string => {
      const prop = props[key];
      return typeof prop?.["x-snake-case"] === "string" ? prop["x-snake-case"] : snakeCase(key);
    };
    const spellings = (key: string): string[] => {
      const names = [key, spelled(key)];
      for (const [q, prop] of Object.entries(props)) if (prop["x-shorthand-for"] === key) names.push(q, spelled(q));
      return [...new Set(names)];
    };
    const properties: SchemaNode = {};
    const dependencies: Record<string, SchemaNode[]> = {};
    const addDep = (key: string, schema: SchemaNode): void => void (dependencies[key] ??= []).push(schema);
    for (const [key, prop] of Object.entries(props)) {
      const dflt = prop["default"];
      const nullable = !required.includes(key) && (dflt === undefined || dflt === null);
      const schema = nullable ? this.nullable(prop) : prop;
      const snake = spelled(key);
      properties[key] = schema;
      if (snake !== key) {
        properties[snake] = schema;
        addDep(key, { not: { required: [snake] }, errorMessage: `'${key}' and '${snake}' are two spellings of one field; write only one` });
      }
      const target = prop["x-shorthand-for"];
      if (typeof target === "string" && prop["x-exclusive"] === true) {
        for (const s of new Set([key, snake])) {
          addDep(s, { not: { anyOf: [...new Set([target, spelled(target)])].map((t) => ({ required: [t] })) }, errorMessage: `'${s}' cannot be used with '${target}'` });
        }
      }
      if (!partial) {
        for (const needed of asStrings(prop["x-requires"])) {
          // Written beside its own target (warmup with phases), the conflict is the error to report, not this.
          const target = typeof prop["x-shorthand-for"] === "string" ? spellings(prop["x-shorthand-for"]).filter((t) => t !== key && t !== snake) : [];
          for (const s of new Set([key, snake])) {
            addDep(s, { anyOf: [...spellings(needed), ...target].map((t) => ({ required: [t] })), errorMessage: `'${s}' requires '${needed}'` });
          }
        }
      }
    }
    // Dependencies written in the schema name camelCase keys; in the input view either spelling triggers them and
    // either spelling satisfies them.
    for (const [key, dep] of Object.entries((node["dependencies"] as Record<string, unknown> | undefined) ?? {})) {
      const schema: SchemaNode = Array.isArray(dep)
        ? { allOf: (dep as string[]).map((d) => ({ anyOf: spellings(d).map((t) => ({ required: [t] })), errorMessage: `'${key}' requires '${d}'` })) }
        : respellRequired(dep as SchemaNode, spellings);
      for (const s of new Set([key, spelled(key)])) addDep(s, schema);
    }
    const out: SchemaNode = { ...node, properties };
    delete out["required"];
    delete out["dependencies"];
    const plain: string[] = [];
    const alternatives: SchemaNode[] = [];
    for (const r of required) {
      const names = spellings(r);
      if (names.length === 1) plain.push(r);
      else if (this.mode === "validate") alternatives.push({ anyOf: names.map((n) => ({ required: [n] })), errorMessage: `must have required property '${r}'` });
    }
    if (plain.length > 0) out["required"] = plain;
    if (this.mode === "validate") {
      if (alternatives.length > 0) out["allOf"] = [...((out["allOf"] as SchemaNode[] | undefined) ?? []), ...alternatives];
      const deps = Object.entries(dependencies);
      if (deps.length > 0) out["dependencies"] = Object.fromEntries(deps.map(([k, list]) => [k, list.length === 1 ? list[0] : { allOf: list }]));
    }
    out[JSON_TYPES] = ["object"];
    return out;
  }

  private nullable(schema: SchemaNode): SchemaNode {
    const docs = docsOf(schema);
    const bare = withoutDocs(schema);
    if (this.mode === "types") return { ...docs, anyOf: [bare, { type: "null" }] };
    return { ...docs, ...annotationsOf(schema), if: { type: "null" }, then: true, else: bare };
  }

  /** A tagged union: dispatch on the tag (or its default / the keys present) so only one branch reports. */
  private unionRule(node: SchemaNode, partial: boolean, context: string): SchemaNode {
    const branches = (node["oneOf"] as SchemaNode[]).map((ref) => {
      const sourceRef = /^#\/definitions\/(.*?)(Partial)?$/.exec(String(ref["$ref"]));
      const branch = this.defs[sourceRef?.[1] ?? ""] as SchemaNode;
      const tag = (branch["properties"] as Record<string, SchemaNode>)[TAG]?.["const"];
      if (typeof tag !== "string") throw new Error(`union ${context}: branch ${String(ref["$ref"])} has no const '${TAG}'`);
      return { tag, ref };
    });
    const { oneOf: _o, discriminator: _d, ...rest } = node;
    if (this.mode === "types") return { ...rest, anyOf: branches.map((b) => b.ref) };
    const tags = branches.map((b) => b.tag);
    const label = context.replace(/Partial$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    const unknownTag: SchemaNode = { properties: { [TAG]: { enum: tags, errorMessage: `unknown ${label} type: must be one of ${tags.join(", ")}` } } };
    const byTag = branches.reduceRight<SchemaNode>((otherwise, b) => ({ if: { properties: { [TAG]: { const: b.tag } } }, then: b.ref, else: otherwise }), unknownTag);
    const byTagName = (tag: string): SchemaNode => {
      const found = branches.find((b) => b.tag === tag);
      if (!found) throw new Error(`union ${context}: no branch for tag '${tag}'`);
      return found.ref;
    };
    let missing: SchemaNode;
    const dflt = node["x-input-default-tag"];
    const infer = node["x-input-infer-tag"] as { keys: string[]; tag: string }[] | undefined;
    if (partial) missing = { anyOf: branches.map((b) => b.ref) };
    else if (typeof dflt === "string") missing = byTagName(dflt);
    else if (Array.isArray(infer)) {
      const noMatch: SchemaNode = { not: {}, errorMessage: String(node["x-input-no-tag-message"] ?? `cannot tell the ${label} type: add '${TAG}'`) };
      missing = infer.reduceRight<SchemaNode>((otherwise, rule) => ({ if: { required: rule.keys }, then: byTagName(rule.tag), else: otherwise }), noMatch);
    } else missing = { required: [TAG], errorMessage: `a ${label} needs '${TAG}': one of ${tags.join(", ")}` };
    return { ...rest, type: "object", if: { required: [TAG] }, then: byTag, else: missing, [JSON_TYPES]: ["object"] };
  }

  /** Other accepted forms, dispatched on the JSON type of the value. */
  private alternativesRule(node: SchemaNode): SchemaNode {
    const { "x-input-alternatives": alts, ...canonical } = node;
    const docs = docsOf(canonical);
    const entries = [withoutDocs(canonical), ...(alts as SchemaNode[])];
    if (this.mode === "types") return { ...docs, anyOf: entries };
    const typed = entries.map((e, i) => ({ schema: e, types: this.jsonTypes(i === 0 ? canonical : e) }));
    const seen = new Set<string>();
    for (const { types } of typed) {
      for (const t of types) {
        if (seen.has(t)) throw new Error(`x-input-alternatives: two forms accept JSON type '${t}' (${JSON.stringify(docs["description"] ?? "")})`);
        seen.add(t);
      }
    }
    const all = [...seen];
    const chain = typed.reduceRight<SchemaNode>((otherwise, e) => ({ if: { type: e.types.length === 1 ? e.types[0] : e.types }, then: e.schema, else: otherwise }), { type: all });
    return { ...docs, ...chain, [JSON_TYPES]: all };
  }

  private jsonTypes(schema: SchemaNode): string[] {
    const marked = schema[JSON_TYPES];
    if (Array.isArray(marked)) return marked as string[];
    if (typeof schema["$ref"] === "string") return this.sourceTypes(this.defs[refName(schema["$ref"]).replace(/Partial$/, "")] as SchemaNode);
    if (Array.isArray(schema["allOf"])) return this.jsonTypes((schema["allOf"] as SchemaNode[])[0] as SchemaNode);
    return this.sourceTypes(schema);
  }

  /** JSON types a source node accepts in the input view. */
  private sourceTypes(schema: SchemaNode): string[] {
    if (typeof schema["$ref"] === "string") return this.sourceTypes(this.defs[refName(schema["$ref"])] as SchemaNode);
    const alternatives = Array.isArray(schema["x-input-alternatives"]) ? (schema["x-input-alternatives"] as SchemaNode[]).flatMap((a) => this.sourceTypes(a)) : [];
    let own: string[];
    if (isNode(schema["properties"]) || Array.isArray(schema["oneOf"])) own = ["object"];
    else {
      const type = schema["type"];
      const list = (Array.isArray(type) ? type : [type]).map((t) => (t === "integer" ? "number" : String(t)));
      if (list.includes("undefined")) throw new Error(`x-input-alternatives: cannot tell the JSON type of ${JSON.stringify(schema).slice(0, 120)}`);
      const widened = schema["enum"] === undefined && schema["const"] === undefined && list.some((t) => t === "number" || t === "boolean");
      own = widened ? [...list, "string"] : list;
    }
    return [...new Set([...own, ...alternatives])];
  }

  private requiredSchema(keys: string[], target: SchemaNode): SchemaNode {
    const snake = (key: string): string => {
      const prop = this.findProperty(target, key);
      return typeof prop?.["x-snake-case"] === "string" ? prop["x-snake-case"] : snakeCase(key);
    };
    const parts = keys.map((k) => {
      const names = [...new Set([k, snake(k)])];
      return names.length === 1 ? { required: names } : { anyOf: names.map((n) => ({ required: [n] })), errorMessage: `must have required property '${k}'` };
    });
    return parts.length === 1 ? (parts[0] as SchemaNode) : { allOf: parts };
  }

  private findProperty(def: SchemaNode, key: string): SchemaNode | undefined {
    if (isNode(def["properties"])) return (def["properties"] as Record<string, SchemaNode>)[key];
    for (const ref of (def["oneOf"] as SchemaNode[] | undefined) ?? []) {
      const found = this.findProperty(this.defs[refName(String(ref["$ref"]))] as SchemaNode, key);
      if (found) return found;
    }
    return undefined;
  }
}

/**
 * Within a dependency schema, `required: [k]` speaks of the same object: any spelling of `k` satisfies it. Only the
 * combinators are followed; `properties`/`items` lead to other objects.
 */
function respellRequired(schema: SchemaNode, spellings: (key: string) => string[]): SchemaNode {
  const out: SchemaNode = { ...schema };
  for (const key of ["not", "if", "then", "else"]) if (isNode(out[key])) out[key] = respellRequired(out[key] as SchemaNode, spellings);
  for (const key of ["anyOf", "allOf", "oneOf"]) if (Array.isArray(out[key])) out[key] = (out[key] as SchemaNode[]).map((c) => respellRequired(c, spellings));
  const required = out["required"];
  if (Array.isArray(required) && (required as string[]).some((r) => spellings(r).length > 1)) {
    delete out["required"];
    const parts = (required as string[]).map((r) => ({ anyOf: spellings(r).map((t) => ({ required: [t] })) }));
    out["allOf"] = [...((out["allOf"] as SchemaNode[] | undefined) ?? []), ...parts];
  }
  return out;
}

const isStructured = (def: SchemaNode): boolean => isNode(def["properties"]) || Array.isArray(def["oneOf"]) || Array.isArray(def["anyOf"]);
const asStrings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
const docsOf = (node: SchemaNode): SchemaNode => Object.fromEntries(DOC_KEYS.filter((k) => node[k] !== undefined).map((k) => [k, node[k]]));
const withoutDocs = (node: SchemaNode): SchemaNode => Object.fromEntries(Object.entries(node).filter(([k]) => !(DOC_KEYS as readonly string[]).includes(k) && k !== JSON_TYPES));
/** Annotations the parent's rules still need to read (spelling, shorthand links) travel on the outermost node. */
const annotationsOf = (node: SchemaNode): SchemaNode => Object.fromEntries(Object.entries(node).filter(([k]) => k.startsWith("x-") && k !== JSON_TYPES));
