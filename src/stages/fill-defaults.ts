import { canonicalSchema, resolveRef, unionBranch, type SchemaNode } from "../canonical-schema.js";
import { Editor, isMapping, type Mapping } from "../normalizers/edit.js";
import type { StageContext } from "./stage-context.js";

/**
 * Stage 11: every field the user left out gets the canonical schema's default (design §2), so the canonical config
 * is complete. Defaults are read from the generated canonical schema: there is no second list to keep in sync.
 * A filled block (`artifacts: {}`) gets its own fields' defaults in turn.
 */
export function fillDefaults(config: Mapping, ctx: StageContext): Mapping {
  const edit = new Editor(ctx.map);
  const walk = (value: unknown, schema: SchemaNode): unknown => {
    const { node } = resolveRef(schema);
    const branch = unionBranch(node, value) ?? node;
    if (Array.isArray(value)) {
      const items = branch["items"];
      return isMapping(items) ? edit.mapList(value, (item) => walk(item, items)) : value;
    }
    if (!isMapping(value)) return value;
    const properties = branch["properties"] as Record<string, SchemaNode> | undefined;
    const additional = branch["additionalProperties"];
    const changes: Mapping = {};
    for (const [key, item] of Object.entries(value)) {
      const sub = properties?.[key] ?? (isMapping(additional) ? additional : undefined);
      if (!sub) continue;
      const next = walk(item, sub);
      if (next !== item) changes[key] = next;
    }
    for (const [key, sub] of Object.entries(properties ?? {})) {
      if (key in value) continue;
      const dflt = defaultOf(sub);
      if (dflt === undefined) continue;
      changes[key] = walk(typeof dflt === "object" && dflt !== null ? (JSON.parse(JSON.stringify(dflt)) as unknown) : dflt, sub);
    }
    return Object.keys(changes).length > 0 ? edit.with(value, changes) : value;
  };
  return walk(config, canonicalSchema()) as Mapping;
}

function defaultOf(schema: SchemaNode): unknown {
  if (schema["default"] !== undefined) return schema["default"];
  return resolveRef(schema).node["default"];
}
