import type { DataPath, Diagnostic } from "../diagnostics.js";
import { canonicalSchema, isDurationNode, resolveRef, unionBranch, type SchemaNode } from "../canonical-schema.js";
import { Editor, isMapping, type Mapping } from "../normalizers/edit.js";
import { DISTRIBUTION_ERROR, distributionType, parseDuration } from "../normalizers/values.js";
import type { StageContext } from "./stage-context.js";

/** Schemes that are not network locations: left as written (and then rejected by the URL rules). */
const FOREIGN_SCHEMES = /^(javascript|data|file|mailto|vbscript|about|blob):/i;

/**
 * Stage 9: value shorthands and derived values. Guided by the canonical schema: wherever it expects a duration,
 * a ramp or a distribution, the written form becomes the canonical one (seconds or "inf"; {duration, strategy};
 * an explicit `type`). Then the values AIPerf derives: URL schemes, each phase's kind, excludeFromResults and
 * dependencies, the tokenizer name, and the seed AIPerf picks for sweeps and repeated runs.
 */
export function normalizeValues(config: Mapping, ctx: StageContext, variant?: string): { config: Mapping; diagnostics: Diagnostic[] } {
  const edit = new Editor(ctx.map);
  const diagnostics: Diagnostic[] = [];
  const fail = (path: DataPath, code: "E_DURATION" | "E_DISTRIBUTION", message: string, hint: string): void => {
    diagnostics.push(ctx.at(config, path, "error", code, message, { hint, variant }));
  };

  const walk = (value: unknown, schema: SchemaNode, path: DataPath): unknown => {
    const { node, name } = resolveRef(schema);
    if (name === "Distribution" || name === "Peak") value = distribution(value, path);
    if (name === "Ramp" && (typeof value === "number" || typeof value === "string")) {
      const ramp = edit.anchorAt({ duration: value }, containerOf(config, path), lastOf(path));
      const spans = ctx.map.entryOf(containerOf(config, path), lastOf(path));
      if (spans) ctx.map.setEntry(ramp, "duration", spans);
      value = ramp;
    }
    if (isDurationNode(node)) {
      if (typeof value === "number" || typeof value === "string") {
        const parsed = parseDuration(value);
        if ("error" in parsed) fail(path, "E_DURATION", parsed.error, "write seconds (120), or a number with s, sec, m, min, h, hr or hour (2m, 1.5h), or inf");
        else return parsed.seconds;
      }
      return value;
    }
    const branch = unionBranch(node, value) ?? node;
    if (Array.isArray(value)) {
      const items = branch["items"];
      return isMapping(items) ? edit.mapList(value, (item, i) => walk(item, items, [...path, i])) : value;
    }
    if (!isMapping(value)) return value;
    const properties = branch["properties"] as Record<string, SchemaNode> | undefined;
    const additional = branch["additionalProperties"];
    const changes: Mapping = {};
    for (const [key, item] of Object.entries(value)) {
      const sub = properties?.[key] ?? (isMapping(additional) ? additional : undefined);
      if (!sub) continue;
      const next = walk(item, sub, [...path, key]);
      if (next !== item) changes[key] = next;
    }
    return Object.keys(changes).length > 0 ? edit.with(value, changes) : value;
  };

  const distribution = (value: unknown, path: DataPath): unknown => {
    if (typeof value === "number") {
      const fixed = edit.anchorAt({ type: "fixed", value }, containerOf(config, path), lastOf(path));
      const spans = ctx.map.entryOf(containerOf(config, path), lastOf(path));
      if (spans) ctx.map.setEntry(fixed, "value", spans);
      return fixed;
    }
    if (!isMapping(value) || "type" in value) return value;
    const type = distributionType(value);
    if (!type) {
      fail(path, "E_DISTRIBUTION", DISTRIBUTION_ERROR, "write a number, or add type: fixed | normal | lognormal | multimodal | empirical");
      return value;
    }
    return edit.with({ type }, value);
  };

  let out = walk(config, canonicalSchema(), []) as Mapping;
  out = derived(out, edit);
  return { config: out, diagnostics };
}

const containerOf = (root: unknown, path: DataPath): object => {
  let node: unknown = root;
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[seg];
  return (typeof node === "object" && node !== null ? node : {}) as object;
};
const lastOf = (path: DataPath): string | number => path[path.length - 1] ?? "";

/** The values AIPerf derives from others (design §2 stages 9 and 11). */
function derived(config: Mapping, edit: Editor): Mapping {
  let benchmark = config["benchmark"] as Mapping;
  // URLs without a scheme are http (format-today §4 step 8).
  const withScheme = (endpoint: unknown): unknown => {
    if (!isMapping(endpoint) || !Array.isArray(endpoint["urls"])) return endpoint;
    const urls = edit.mapList(endpoint["urls"], (u) => (typeof u === "string" && !u.includes("://") && !FOREIGN_SCHEMES.test(u) ? `http://${u}` : u));
    return urls === endpoint["urls"] ? endpoint : edit.with(endpoint, { urls });
  };
  const endpoint = withScheme(benchmark["endpoint"]);
  if (endpoint !== benchmark["endpoint"]) benchmark = edit.with(benchmark, { endpoint });
  const profiles = benchmark["endpointProfiles"];
  if (isMapping(profiles)) {
    const changes: Mapping = {};
    for (const [name, profile] of Object.entries(profiles)) {
      const next = withScheme(profile);
      if (next !== profile) changes[name] = next;
    }
    if (Object.keys(changes).length > 0) benchmark = edit.with(benchmark, { endpointProfiles: edit.with(profiles, changes) });
  }

  // Each phase's kind (the name `warmup` means warmup, anything else profiling), whether it counts in results, and
  // its dependency on the phase before it when `dependsOn` is absent (today's linear order).
  const phases = benchmark["phases"];
  if (Array.isArray(phases)) {
    const next = edit.mapList(phases, (phase, i) => {
      if (!isMapping(phase)) return phase;
      const changes: Mapping = {};
      const kind = typeof phase["kind"] === "string" ? phase["kind"] : phase["name"] === "warmup" ? "warmup" : "profiling";
      if (!("kind" in phase)) changes["kind"] = kind;
      if (!("excludeFromResults" in phase)) changes["excludeFromResults"] = kind === "warmup";
      // A start offset means "start there": AIPerf refuses auto_offset with it, so it is off unless written.
      if (phase["type"] === "fixed_schedule" && "startOffset" in phase && !("autoOffset" in phase)) changes["autoOffset"] = false;
      if (!("dependsOn" in phase)) {
        const previous = i > 0 && isMapping(phases[i - 1]) ? (phases[i - 1] as Mapping)["name"] : undefined;
        changes["dependsOn"] = previous === undefined ? [] : [{ phase: previous, on: ["succeeded"] }];
      }
      return Object.keys(changes).length > 0 ? edit.with(phase, changes) : phase;
    });
    if (next !== phases) benchmark = edit.with(benchmark, { phases: next });
  }

  // tokenizer.name defaults to the (first) model.
  const models = benchmark["models"];
  const firstModel = isMapping(models) && Array.isArray(models["items"]) && isMapping(models["items"][0]) ? (models["items"][0] as Mapping)["name"] : undefined;
  const tokenizer = isMapping(benchmark["tokenizer"]) ? benchmark["tokenizer"] : {};
  if (firstModel !== undefined && tokenizer["name"] === undefined) benchmark = edit.with(benchmark, { tokenizer: edit.with(tokenizer, { name: firstModel }) });

  let out = benchmark === config["benchmark"] ? config : edit.with(config, { benchmark });
  // AIPerf seeds sweeps and repeated runs with 42 unless told otherwise (format-today §2 randomSeed).
  const multiRun = isMapping(out["multiRun"]) ? out["multiRun"] : {};
  const repeated = typeof multiRun["numRuns"] === "number" && multiRun["numRuns"] > 1;
  if ((out["randomSeed"] === undefined || out["randomSeed"] === null) && (out["sweep"] !== undefined || repeated) && multiRun["setConsistentSeed"] !== false) {
    out = edit.with(out, { randomSeed: 42 });
  }
  return out;
}
