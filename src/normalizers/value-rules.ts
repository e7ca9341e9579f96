import type { DataPath, Finding } from "../diagnostics.js";
import { Editor, isMapping, type Mapping } from "./edit.js";
import { DISTRIBUTION_ERROR, distributionType, parseDuration } from "./values.js";

/**
 * The value shorthands and derived values of format-today §4–§5 (stage 9), as named rules. `schema` rules act where
 * the canonical schema expects a given form (a duration, a ramp, a distribution); `config` rules derive values from
 * others. test/fixtures/value-rules/ holds one {rule, in, out} fixture per rule.
 */
export type ValueRule =
  | { name: string; kind: "schema"; applies: (target: SchemaTarget) => boolean; apply(value: unknown, at: SchemaSite): unknown }
  | { name: string; kind: "config"; apply(config: Mapping, edit: Editor): Mapping };

/** What the schema says is expected at a place. */
export interface SchemaTarget {
  /** The definition the place refers to (`Distribution`, `Ramp`, …), if any. */
  definition?: string;
  /** The place holds a duration (`number | "inf"`). */
  duration: boolean;
}

/** A place in the config, for schema rules: how to keep positions and report a problem there. */
export interface SchemaSite {
  path: DataPath;
  edit: Editor;
  /** The container and key the value sits under (to anchor a created mapping at what the user wrote). */
  container: object;
  key: string | number;
  report(finding: Omit<Finding, "path" | "severity">): void;
}

/** Schemes that are not network locations: left as written (and then rejected by the URL rules). */
const FOREIGN_SCHEMES = /^(javascript|data|file|mailto|vbscript|about|blob):/i;

/** Wraps a scalar written where a mapping is expected, keeping the scalar's position on the new field. */
function wrap(site: SchemaSite, fields: Mapping, positionedField: string): Mapping {
  const created = site.edit.anchorAt(fields, site.container, site.key);
  const spans = site.edit.map.entryOf(site.container, site.key);
  if (spans) site.edit.map.setEntry(created, positionedField, spans);
  return created;
}

/** Applies `fn` to every phase mapping. */
function eachPhase(config: Mapping, edit: Editor, fn: (phase: Mapping, index: number, phases: unknown[]) => Mapping): Mapping {
  const benchmark = config["benchmark"];
  if (!isMapping(benchmark) || !Array.isArray(benchmark["phases"])) return config;
  const phases = benchmark["phases"];
  const next = edit.mapList(phases, (p, i) => (isMapping(p) ? fn(p, i, phases) : p));
  return next === phases ? config : edit.with(config, { benchmark: edit.with(benchmark, { phases: next }) });
}

export const VALUE_RULES: readonly ValueRule[] = [
  {
    name: "a ramp written as a duration becomes {duration}",
    kind: "schema",
    applies: (t) => t.definition === "Ramp",
    apply: (value, site) => (typeof value === "number" || typeof value === "string" ? wrap(site, { duration: value }, "duration") : value),
  },
  {
    name: "durations become seconds: 30s, 5 min, 2h or a number; inf stays inf",
    kind: "schema",
    applies: (t) => t.duration,
    apply(value, site) {
      if (typeof value !== "number" && typeof value !== "string") return value;
      const parsed = parseDuration(value);
      if ("seconds" in parsed) return parsed.seconds;
      site.report({ code: "E_DURATION", message: parsed.error, hint: "write seconds (120), or a number with s, sec, m, min, h, hr or hour (2m, 1.5h), or inf" });
      return value;
    },
  },
  {
    name: "a distribution gets an explicit type: a number is fixed, a mapping's form follows its keys",
    kind: "schema",
    applies: (t) => t.definition === "Distribution" || t.definition === "Peak",
    apply(value, site) {
      if (typeof value === "number") return wrap(site, { type: "fixed", value }, "value");
      if (!isMapping(value) || "type" in value) return value;
      const type = distributionType(value);
      if (type) return site.edit.with({ type }, value);
      site.report({ code: "E_DISTRIBUTION", message: DISTRIBUTION_ERROR, hint: "write a number, or add type: fixed | normal | lognormal | multimodal | empirical" });
      return value;
    },
  },
  {
    name: "endpoint URLs without a scheme are http",
    kind: "config",
    apply(config, edit) {
      const benchmark = config["benchmark"];
      if (!isMapping(benchmark)) return config;
      const withScheme = (endpoint: unknown): unknown => {
        if (!isMapping(endpoint) || !Array.isArray(endpoint["urls"])) return endpoint;
        const urls = edit.mapList(endpoint["urls"], (u) => (typeof u === "string" && !u.includes("://") && !FOREIGN_SCHEMES.test(u) ? `http://${u}` : u));
        return urls === endpoint["urls"] ? endpoint : edit.with(endpoint, { urls });
      };
      const changes: Mapping = {};
      const endpoint = withScheme(benchmark["endpoint"]);
      if (endpoint !== benchmark["endpoint"]) changes["endpoint"] = endpoint;
      const profiles = benchmark["endpointProfiles"];
      if (isMapping(profiles)) {
        const next: Mapping = {};
        for (const [name, profile] of Object.entries(profiles)) if (withScheme(profile) !== profile) next[name] = withScheme(profile);
        if (Object.keys(next).length > 0) changes["endpointProfiles"] = edit.with(profiles, next);
      }
      return Object.keys(changes).length > 0 ? edit.with(config, { benchmark: edit.with(benchmark, changes) }) : config;
    },
  },
  {
    name: "a phase's kind defaults to warmup for the name warmup, profiling otherwise, and excludeFromResults follows it",
    kind: "config",
    apply: (config, edit) =>
      eachPhase(config, edit, (phase) => {
        const kind = typeof phase["kind"] === "string" ? phase["kind"] : phase["name"] === "warmup" ? "warmup" : "profiling";
        const changes: Mapping = {};
        if (!("kind" in phase)) changes["kind"] = kind;
        if (!("excludeFromResults" in phase)) changes["excludeFromResults"] = kind === "warmup";
        return Object.keys(changes).length > 0 ? edit.with(phase, changes) : phase;
      }),
  },
  {
    name: "a phase without depends_on depends on the phase before it (the first is a root)",
    kind: "config",
    apply: (config, edit) =>
      eachPhase(config, edit, (phase, i, phases) => {
        if ("dependsOn" in phase) return phase;
        const previous = i > 0 && isMapping(phases[i - 1]) ? (phases[i - 1] as Mapping)["name"] : undefined;
        return edit.with(phase, { dependsOn: previous === undefined ? [] : [{ phase: previous, on: ["succeeded"] }] });
      }),
  },
  {
    name: "a fixed-schedule start offset turns auto_offset off unless it is written",
    kind: "config",
    apply: (config, edit) =>
      eachPhase(config, edit, (phase) => (phase["type"] === "fixed_schedule" && "startOffset" in phase && !("autoOffset" in phase) ? edit.with(phase, { autoOffset: false }) : phase)),
  },
  {
    name: "the tokenizer defaults to the first model",
    kind: "config",
    apply(config, edit) {
      const benchmark = config["benchmark"];
      if (!isMapping(benchmark)) return config;
      const models = benchmark["models"];
      const first = isMapping(models) && Array.isArray(models["items"]) && isMapping(models["items"][0]) ? (models["items"][0] as Mapping)["name"] : undefined;
      const tokenizer = isMapping(benchmark["tokenizer"]) ? benchmark["tokenizer"] : {};
      if (first === undefined || tokenizer["name"] !== undefined) return config;
      return edit.with(config, { benchmark: edit.with(benchmark, { tokenizer: edit.with(tokenizer, { name: first }) }) });
    },
  },
  {
    name: "sweeps and repeated runs are seeded with 42 unless a seed is given or setConsistentSeed is false",
    kind: "config",
    apply(config, edit) {
      const multiRun = isMapping(config["multiRun"]) ? config["multiRun"] : {};
      const repeated = typeof multiRun["numRuns"] === "number" && multiRun["numRuns"] > 1;
      const unset = config["randomSeed"] === undefined || config["randomSeed"] === null;
      return unset && (config["sweep"] !== undefined || repeated) && multiRun["setConsistentSeed"] !== false ? edit.with(config, { randomSeed: 42 }) : config;
    },
  },
];
