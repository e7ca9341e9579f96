import { canonicalSchema, resolveRef, unionBranch, type SchemaNode } from "../canonical-schema.js";
import { Editor, isMapping, type Mapping } from "../normalizers/edit.js";
import type { StageContext } from "./stage-context.js";

/** What filling one object schema needs, computed once per schema node. */
interface ObjectPlan {
  properties: Record<string, SchemaNode>;
  additional: SchemaNode | undefined;
  defaults: [key: string, value: unknown, schema: SchemaNode][];
}
const plans = new WeakMap<SchemaNode, ObjectPlan>();

function planOf(node: SchemaNode): ObjectPlan {
  let plan = plans.get(node);
  if (!plan) {
    const properties = (node["properties"] as Record<string, SchemaNode> | undefined) ?? {};
    const additional = isMapping(node["additionalProperties"]) ? (node["additionalProperties"] as SchemaNode) : undefined;
    const defaults: ObjectPlan["defaults"] = [];
    for (const [key, sub] of Object.entries(properties)) {
      const value = sub["default"] !== undefined ? sub["default"] : resolveRef(sub).node["default"];
      if (value !== undefined) defaults.push([key, value, sub]);
    }
    plan = { properties, additional, defaults };
    plans.set(node, plan);
  }
  return plan;
}

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
    const plan = planOf(branch);
    const changes: Mapping = {};
    let changed = false;
    for (const key in value) {
      const sub = plan.properties[key] ?? plan.additional;
      if (!sub) continue;
      const item = value[key];
      if (typeof item !== "object" || item === null) continue;
      const next = walk(item, sub);
      if (next !== item) {
        changes[key] = next;
        changed = true;
      }
    }
    for (const [key, dflt, sub] of plan.defaults) {
      if (key in value) continue;
      changes[key] = walk(typeof dflt === "object" && dflt !== null ? (JSON.parse(JSON.stringify(dflt)) as unknown) : dflt, sub);
      changed = true;
    }
    return changed ? edit.with(value, changes) : value;
  };
  return walk(config, canonicalSchema()) as Mapping;
}
