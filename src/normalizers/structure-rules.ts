import { Editor, isMapping, type Mapping } from "./edit.js";

/**
 * The structural shorthands of format-today §4, as named rules in AIPerf's order. Each works on a camelCase
 * `benchmark:` body (the same rules serve a scenario run's partial body) and never mutates its input.
 * test/fixtures/normalizers/ holds one {rule, in, out} fixture per rule.
 */
export interface StructureRule {
  name: string;
  apply(body: Mapping, edit: Editor, context: RuleContext): Mapping;
}

/** What a body's rules need to know about their surroundings. */
export interface RuleContext {
  /** Name given to a singular `dataset:` (AIPerf: "default"; in a scenario run, the base dataset's name). */
  singularDatasetName: string;
}

const listOf = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/** Applies `fn` to every phase mapping of a body. */
function eachPhase(body: Mapping, edit: Editor, fn: (phase: Mapping) => Mapping): Mapping {
  const phases = listOf(body["phases"]);
  if (!phases) return body;
  const next = edit.mapList(phases, (p) => (isMapping(p) ? fn(p) : p));
  return next === phases ? body : edit.with(body, { phases: next });
}

/** Applies `fn` to every dataset mapping of a body. */
function eachDataset(body: Mapping, edit: Editor, fn: (dataset: Mapping) => Mapping): Mapping {
  const datasets = listOf(body["datasets"]);
  if (!datasets) return body;
  const next = edit.mapList(datasets, (d) => (isMapping(d) ? fn(d) : d));
  return next === datasets ? body : edit.with(body, { datasets: next });
}

/** Applies `fn` to `benchmark.endpoint` and every endpoint profile. */
function eachEndpoint(body: Mapping, edit: Editor, fn: (endpoint: Mapping) => Mapping): Mapping {
  let out = body;
  const endpoint = body["endpoint"];
  if (isMapping(endpoint)) {
    const next = fn(endpoint);
    if (next !== endpoint) out = edit.with(out, { endpoint: next });
  }
  const profiles = out["endpointProfiles"];
  if (isMapping(profiles)) {
    const changes: Mapping = {};
    for (const [name, profile] of Object.entries(profiles)) {
      if (!isMapping(profile)) continue;
      const next = fn(profile);
      if (next !== profile) changes[name] = next;
    }
    if (Object.keys(changes).length > 0) out = edit.with(out, { endpointProfiles: edit.with(profiles, changes) });
  }
  return out;
}

/** `{name, ...entry}`: the injected name comes first and an explicit `name` wins. */
function named(edit: Editor, name: string, entry: Mapping): Mapping {
  const out = edit.with({ name }, entry);
  edit.map.copy(out, entry);
  return out;
}

/** `url` (a string or a list) becomes `urls`; when both are written, `urls` wins and `url` is dropped. */
function urlToUrls(edit: Editor, block: Mapping): Mapping {
  if (!("url" in block)) return block;
  const url = block["url"];
  if ("urls" in block) return edit.with(block, { url: undefined });
  const urls = Array.isArray(url) ? url : [url];
  if (!Array.isArray(url)) edit.anchorAt(urls, block, "url");
  const out = edit.with(block, { url: undefined, urls });
  edit.moveEntry(out, "urls", block, "url");
  return out;
}

/** The nested `sla: {metric: {stat: {op: threshold}}}` form as a list of conditions. */
function slaList(edit: Editor, owner: Mapping, sla: Mapping): unknown[] {
  const list: unknown[] = [];
  for (const [metric, stats] of Object.entries(sla)) {
    if (!isMapping(stats)) continue;
    for (const [stat, ops] of Object.entries(stats)) {
      if (!isMapping(ops)) continue;
      for (const [op, threshold] of Object.entries(ops)) {
        const condition = { metric, stat, op, threshold };
        const spans = edit.map.entryOf(ops, op);
        if (spans) {
          edit.map.anchor(condition, spans.key ?? spans.value);
          edit.map.setEntry(condition, "threshold", spans);
          edit.map.setEntry(condition, "op", { value: spans.key ?? spans.value });
        }
        list.push(condition);
      }
    }
  }
  return edit.anchorAt(list, owner, "sla");
}

/** Flat canonical names of the nested `adaptiveScale:` block's keys. */
const ADAPTIVE_BLOCK_FIELDS: Record<string, string> = {
  enabled: "adaptiveScale",
  controlVariable: "adaptiveControlVariable",
  minConcurrency: "adaptiveScaleMinConcurrency",
  assessmentPeriod: "adaptiveAssessmentPeriod",
  window: "adaptiveAssessmentPeriod",
  minCompletedRequests: "adaptiveMinCompletedRequests",
  sustainDuration: "adaptiveSustainDuration",
};
const ADAPTIVE_STRATEGY_FIELDS: Record<string, string> = {
  type: "adaptiveScaleStrategyType",
  stepPolicy: "adaptiveScaleStepPolicy",
  baseStep: "adaptiveScaleBaseStep",
  maxStepMultiplier: "adaptiveScaleMaxStepMultiplier",
  stepPercent: "adaptiveScaleStepPercent",
};

export const STRUCTURE_RULES: readonly StructureRule[] = [
  {
    name: "warmup: and profiling: become the phases list, warmup first",
    apply(body, edit) {
      if (!("warmup" in body) && !("profiling" in body)) return body;
      const phases: unknown[] = [];
      for (const key of ["warmup", "profiling"] as const) {
        const phase = body[key];
        if (isMapping(phase)) phases.push(named(edit, key, phase));
      }
      edit.anchorAt(phases, body, "warmup" in body ? "warmup" : "profiling");
      const out = edit.with(body, { warmup: undefined, profiling: undefined, phases });
      edit.moveEntry(out, "phases", body, "warmup" in body ? "warmup" : "profiling");
      return out;
    },
  },
  {
    name: "model: becomes models, a name or a list of names becomes models.items",
    apply(body, edit) {
      const key = "model" in body ? "model" : "models";
      const models = body[key];
      if (isMapping(models) || models === undefined) return key === "model" ? edit.with(body, { model: undefined, models }) : body;
      const names = Array.isArray(models) ? models : [models];
      const items = names.map((name, i) => {
        const item = { name };
        if (Array.isArray(models)) edit.moveEntry(item, "name", models, i);
        else edit.moveEntry(item, "name", body, key);
        const spans = Array.isArray(models) ? edit.map.entryOf(models, i) : edit.map.entryOf(body, key);
        if (spans) edit.map.anchor(item, spans.value);
        return item;
      });
      edit.anchorAt(items, body, key);
      const block = edit.anchorAt({ items }, body, key);
      edit.moveEntry(block, "items", body, key);
      const out = edit.with(body, { model: undefined, models: block });
      edit.moveEntry(out, "models", body, key);
      return out;
    },
  },
  {
    name: "dataset: becomes the one entry of datasets, named default",
    apply(body, edit, context) {
      const dataset = body["dataset"];
      if (!isMapping(dataset)) return body;
      const datasets = edit.anchorAt([named(edit, context.singularDatasetName, dataset)], body, "dataset");
      const out = edit.with(body, { dataset: undefined, datasets });
      edit.moveEntry(out, "datasets", body, "dataset");
      return out;
    },
  },
  {
    name: "a single phases: mapping becomes one phase named profiling",
    apply(body, edit) {
      const phases = body["phases"];
      if (!isMapping(phases)) return body;
      const list = edit.anchorAt([named(edit, "profiling", phases)], body, "phases");
      edit.moveEntry(list, 0, body, "phases");
      return edit.with(body, { phases: list });
    },
  },
  {
    name: "a dataset without type is synthetic, and its top-level isl/osl move into prompts",
    apply(body, edit) {
      return eachDataset(body, edit, (dataset) => {
        const type = dataset["type"];
        // An entry that extends a template gets its type from there; the rules run again after `extends:`.
        if ((type !== undefined && type !== "synthetic") || (type === undefined && "extends" in dataset)) return dataset;
        const changes: Mapping = {};
        if (type === undefined) changes["type"] = "synthetic";
        if ("isl" in dataset || "osl" in dataset) {
          const prompts: Mapping = isMapping(dataset["prompts"]) ? dataset["prompts"] : edit.anchorAt({}, dataset, "isl" in dataset ? "isl" : "osl");
          const moved: Mapping = {};
          for (const key of ["isl", "osl"] as const) {
            if (key in dataset && !(key in prompts)) moved[key] = dataset[key];
            changes[key] = undefined;
          }
          const next = edit.with(prompts, moved);
          for (const key of Object.keys(moved)) edit.moveEntry(next, key, dataset, key);
          changes["prompts"] = next;
        }
        return Object.keys(changes).length > 0 ? edit.with(dataset, changes) : dataset;
      });
    },
  },
  {
    name: "a sequence-distribution bucket's islStddev/oslStddev turn a plain length into a normal distribution",
    apply(body, edit) {
      return eachDataset(body, edit, (dataset) => {
        const prompts = dataset["prompts"];
        const buckets = isMapping(prompts) ? listOf(prompts["sequenceDistribution"]) : undefined;
        if (!isMapping(prompts) || !buckets) return dataset;
        const next = edit.mapList(buckets, (bucket) => {
          if (!isMapping(bucket) || (!("islStddev" in bucket) && !("oslStddev" in bucket))) return bucket;
          const changes: Mapping = { islStddev: undefined, oslStddev: undefined };
          for (const key of ["isl", "osl"] as const) {
            const stddev = bucket[`${key}Stddev`];
            if (typeof bucket[key] === "number" && typeof stddev === "number") changes[key] = { type: "normal", mean: bucket[key], stddev };
          }
          return edit.with(bucket, changes);
        });
        return next === buckets ? dataset : edit.with(dataset, { prompts: edit.with(prompts, { sequenceDistribution: next }) });
      });
    },
  },
  {
    name: "an endpoint's url becomes urls, and a template without type makes a template endpoint",
    apply(body, edit) {
      return eachEndpoint(body, edit, (endpoint) => {
        let out = urlToUrls(edit, endpoint);
        if ("template" in out && !("type" in out)) out = edit.with(out, { type: "template" });
        return out;
      });
    },
  },
  {
    name: "a bare metrics URL enables GPU telemetry or server metrics, and their url becomes urls",
    apply(body, edit) {
      let out = body;
      for (const key of ["gpuTelemetry", "serverMetrics"] as const) {
        const block = out[key];
        if (typeof block === "string") {
          const urls = edit.anchorAt([block], out, key);
          const created = edit.anchorAt({ enabled: true, urls }, out, key);
          edit.moveEntry(urls, 0, out, key);
          out = edit.with(out, { [key]: created });
        } else if (isMapping(block) && "url" in block) {
          out = edit.with(out, { [key]: urlToUrls(edit, block) });
        }
      }
      return out;
    },
  },
  {
    name: "the nested adaptive_scale block becomes the flat adaptive fields",
    apply(body, edit) {
      return eachPhase(body, edit, (phase) => {
        const block = phase["adaptiveScale"];
        if (!isMapping(block)) return phase;
        const changes: Mapping = { adaptiveScale: block["enabled"] ?? true };
        for (const [key, value] of Object.entries(block)) {
          const target = ADAPTIVE_BLOCK_FIELDS[key];
          if (target && key !== "enabled") changes[target] = value;
        }
        const strategy = block["strategy"];
        if (isMapping(strategy)) for (const [key, value] of Object.entries(strategy)) if (ADAPTIVE_STRATEGY_FIELDS[key]) changes[ADAPTIVE_STRATEGY_FIELDS[key] as string] = value;
        if ("sla" in block && !("sla" in phase)) changes["sla"] = block["sla"];
        const out = edit.with(phase, changes);
        for (const [key, target] of Object.entries(ADAPTIVE_BLOCK_FIELDS)) if (key in block) edit.moveEntry(out, target, block, key);
        if (isMapping(strategy)) for (const [key, target] of Object.entries(ADAPTIVE_STRATEGY_FIELDS)) if (key in strategy) edit.moveEntry(out, target, strategy, key);
        if ("sla" in block && !("sla" in phase)) edit.moveEntry(out, "sla", block, "sla");
        return out;
      });
    },
  },
  {
    name: "sla written as metric, stat, op becomes a list of conditions, and metricTag is metric",
    apply(body, edit) {
      return eachPhase(body, edit, (phase) => {
        const sla = phase["sla"];
        if (isMapping(sla)) return edit.with(phase, { sla: slaList(edit, phase, sla) });
        if (!Array.isArray(sla)) return phase;
        const next = edit.mapList(sla, (c) => {
          if (!isMapping(c) || !("metricTag" in c)) return c;
          const out = edit.with(c, { metricTag: undefined, metric: c["metricTag"] });
          edit.moveEntry(out, "metric", c, "metricTag");
          return out;
        });
        return next === sla ? phase : edit.with(phase, { sla: next });
      });
    },
  },
  {
    name: "depends_on names become {phase, on: [succeeded]}",
    apply(body, edit) {
      return eachPhase(body, edit, (phase) => {
        const deps = phase["dependsOn"];
        if (!Array.isArray(deps)) return phase;
        const next = edit.mapList(deps, (d, i) => {
          if (typeof d !== "string") return d;
          const entry = edit.anchorAt({ phase: d, on: ["succeeded"] }, deps, i);
          edit.moveEntry(entry, "phase", deps, i);
          return entry;
        });
        return next === deps ? phase : edit.with(phase, { dependsOn: next });
      });
    },
  },
  {
    name: "accuracy tasks and MLflow tags written as strings or lists become their canonical forms",
    apply(body, edit) {
      let out = body;
      const accuracy = out["accuracy"];
      if (isMapping(accuracy) && typeof accuracy["tasks"] === "string") {
        const tasks = edit.anchorAt(accuracy["tasks"].split(",").map((t) => t.trim()).filter(Boolean), accuracy, "tasks");
        out = edit.with(out, { accuracy: edit.with(accuracy, { tasks }) });
      }
      const mlflow = out["mlflow"];
      const tags = isMapping(mlflow) ? mlflow["tags"] : undefined;
      if (isMapping(mlflow) && (typeof tags === "string" || Array.isArray(tags))) {
        // AIPerf's forms: "k:v,k2:v2", ["k:v", …] or [[k, v], …].
        const pairs: unknown[] = typeof tags === "string" ? tags.split(",").filter((t) => t.trim()) : tags;
        const map: Mapping = {};
        for (const pair of pairs) {
          if (Array.isArray(pair)) map[String(pair[0])] = String(pair[1]);
          else {
            const text = String(pair);
            const at = text.indexOf(":");
            map[(at < 0 ? text : text.slice(0, at)).trim()] = at < 0 ? "" : text.slice(at + 1).trim();
          }
        }
        out = edit.with(out, { mlflow: edit.with(mlflow, { tags: edit.anchorAt(map, mlflow, "tags") }) });
      }
      return out;
    },
  },
];

/** Applies every structure rule, in order, to one body. */
export function applyStructureRules(body: Mapping, edit: Editor, context: RuleContext): Mapping {
  return STRUCTURE_RULES.reduce((current, rule) => rule.apply(current, edit, context), body);
}
