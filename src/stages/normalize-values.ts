import type { DataPath, Diagnostic } from "../diagnostics.js";
import { canonicalSchema, isDurationNode, resolveRef, unionBranch, type SchemaNode } from "../canonical-schema.js";
import { Editor, isMapping, type Mapping } from "../normalizers/edit.js";
import { VALUE_RULES, type SchemaTarget, type ValueRule } from "../normalizers/value-rules.js";
import type { StageContext } from "./stage-context.js";


/** The schema rules that apply at one schema node. */
interface SchemaPlan {
  node: SchemaNode;
  rules: readonly ValueRule[];
  duration: boolean;
}
const STANDARD_PLAN = new WeakMap<SchemaNode, SchemaPlan>();

/**
 * Stage 9: the value rules of value-rules.ts. The schema rules run in one walk guided by the canonical schema
 * (wherever it expects a duration, a ramp or a distribution); then the config rules derive values from others.
 */
export function normalizeValues(config: Mapping, ctx: StageContext, variant?: string, rules: readonly ValueRule[] = VALUE_RULES): { config: Mapping; diagnostics: Diagnostic[] } {
  const SCHEMA_RULES = rules.filter((r) => r.kind === "schema");
  const CONFIG_RULES = rules.filter((r) => r.kind === "config");
  const edit = new Editor(ctx.map);
  const diagnostics: Diagnostic[] = [];

  // Which schema rules apply at a schema node does not depend on the data: decided once per node (and kept across
  // calls for the standard rule set).
  const applicable = rules === VALUE_RULES ? STANDARD_PLAN : new WeakMap<SchemaNode, SchemaPlan>();
  const rulesAt = (schema: SchemaNode): SchemaPlan => {
    let found = applicable.get(schema);
    if (!found) {
      const { node, name } = resolveRef(schema);
      const target: SchemaTarget = { ...(name ? { definition: name } : {}), duration: isDurationNode(node) };
      found = { node, rules: SCHEMA_RULES.filter((r) => r.kind === "schema" && r.applies(target)), duration: target.duration };
      applicable.set(schema, found);
    }
    return found;
  };

  const walk = (value: unknown, schema: SchemaNode, path: DataPath, container: object, key: string | number): unknown => {
    const { node, rules: here, duration } = rulesAt(schema);
    for (const rule of here) {
      if (rule.kind !== "schema") continue;
      value = rule.apply(value, {
        path, edit, container, key,
        report: (f) => diagnostics.push(ctx.at(config, path, "error", f.code, f.message, { hint: f.hint, variant })),
      });
    }
    if (duration || typeof value !== "object" || value === null) return value;
    const branch = unionBranch(node, value) ?? node;
    if (Array.isArray(value)) {
      const items = branch["items"];
      const list = value;
      return isMapping(items) ? edit.mapList(list, (item, i) => walk(item, items, [...path, i], list, i)) : value;
    }
    const properties = branch["properties"] as Record<string, SchemaNode> | undefined;
    const additional = branch["additionalProperties"];
    const changes: Mapping = {};
    let changed = false;
    const mapping = value as Mapping;
    for (const k in mapping) {
      const sub = properties?.[k] ?? (isMapping(additional) ? additional : undefined);
      if (!sub) continue;
      const item = mapping[k];
      const next = walk(item, sub, [...path, k], mapping, k);
      if (next !== item) {
        changes[k] = next;
        changed = true;
      }
    }
    return changed ? edit.with(mapping, changes) : mapping;
  };

  let out = walk(config, canonicalSchema(), [], {}, "") as Mapping;
  for (const rule of CONFIG_RULES) if (rule.kind === "config") out = rule.apply(out, edit);
  return { config: out, diagnostics };
}
