import type { DataPath, Diagnostic } from "../diagnostics.js";
import { suggest } from "../did-you-mean.js";
import { Editor, isMapping, set, type Mapping } from "../normalizers/edit.js";
import { applyStructureRules } from "../normalizers/structure-rules.js";
import type { Span } from "../source-map.js";
import type { StageContext } from "./stage-context.js";

/** Keys an entry never inherits (design §4): its identity and its place in the DAG are its own. */
export const NEVER_INHERITED = ["name", "extends", "dependsOn", "seamless"] as const;

/** A template body after its own `extends:` chain, with where each key came from. */
interface Resolved {
  body: Mapping;
  /** Top-level key → the template that set it (for positions and `--explain`). */
  from: Map<string, string>;
}

/**
 * Stage 6: `templates:` + `extends:` (design §4). An entry (a phase, a dataset, a model item, the endpoint or an
 * endpoint profile) names one template or a list, applied left to right; templates may extend templates. Mappings
 * merge deeply, scalars and lists are replaced, the entry's own keys win, and `null` removes an inherited key.
 * Inherited values keep the template's own positions, so an error in one points at the template line, with the
 * `extends:` line as the related position. The structure rules run again on the result, since a template may use
 * shorthands of the block it is used in. Runs before sweep expansion, so sweep paths address the concrete entries.
 */
export function resolveExtends(config: Mapping, ctx: StageContext): { config: Mapping; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const templates = isMapping(config["templates"]) ? config["templates"] : {};
  const edit = new Editor(ctx.map);
  const resolved = new Map<string, Resolved | null>();

  /** The template `name`, its own chain applied; `chain` holds the names being resolved (cycle detection). */
  const resolveTemplate = (name: string, chain: string[], at: { container: object; key: string | number; path: DataPath }): Resolved | null => {
    const done = resolved.get(name);
    if (done !== undefined) return done;
    if (chain.includes(name)) {
      const cycle = [...chain.slice(chain.indexOf(name)), name].join(" → ");
      diagnostics.push(ctx.at(config, at.path, "error", "E_TEMPLATE_CYCLE", `templates extend each other in a cycle: ${cycle}`, { hint: "break the cycle: a template cannot extend itself through others" }));
      return null;
    }
    const body = templates[name];
    if (!isMapping(body)) {
      const close = suggest(name, Object.keys(templates));
      diagnostics.push(ctx.at(config, at.path, "error", "E_UNKNOWN_TEMPLATE", `unknown template '${name}'${close ? ` (did you mean '${close}'?)` : ""}`,
        { hint: Object.keys(templates).length > 0 ? `templates: ${Object.keys(templates).join(", ")}` : "define it under the top-level templates: block" }));
      resolved.set(name, null);
      return null;
    }
    const result = inherit(body, ["templates", name], [...chain, name]);
    const own: Resolved = result ?? { body, from: new Map(Object.keys(body).map((k) => [k, name])) };
    if (result) for (const key of Object.keys(body)) if (key !== "extends") own.from.set(key, name);
    resolved.set(name, own);
    return own;
  };

  /** `entry` with its templates applied, or undefined when it extends nothing. */
  const inherit = (entry: Mapping, path: DataPath, chain: string[]): Resolved | undefined => {
    const names = typeof entry["extends"] === "string" ? [entry["extends"]] : Array.isArray(entry["extends"]) ? (entry["extends"] as unknown[]).filter((n): n is string => typeof n === "string") : [];
    if (!("extends" in entry)) return undefined;
    const extendsSpans = ctx.map.entryOf(entry, "extends");
    const extendsSpan: Span = extendsSpans?.key ?? extendsSpans?.value ?? { start: 0, end: 0 };
    let base: Mapping = {};
    const from = new Map<string, string>();
    names.forEach((name, i) => {
      const list = entry["extends"];
      const at = Array.isArray(list) ? { container: list, key: i, path: [...path, "extends", i] } : { container: entry, key: "extends", path: [...path, "extends"] };
      const parent = resolveTemplate(name, chain, at);
      if (!parent) return;
      base = merge(base, parent.body, parent.from, extendsSpan);
      for (const [k, t] of parent.from) from.set(k, t);
    });
    for (const key of NEVER_INHERITED) {
      delete base[key];
      from.delete(key);
    }
    const own: Mapping = {};
    for (const [key, value] of Object.entries(entry)) if (key !== "extends") set(own, key, value);
    edit.map.copy(own, entry);
    const body = merge(base, own, undefined, extendsSpan);
    for (const key of Object.keys(own)) from.delete(key);
    return { body, from };
  };

  /** Deep merge of `over` onto `under` (new objects; positions and template origins carried). */
  const merge = (under: Mapping, over: Mapping, templateOf: Map<string, string> | undefined, extendsSpan: Span): Mapping => {
    const out: Mapping = {};
    edit.map.copy(out, under);
    for (const [key, value] of Object.entries(under)) set(out, key, value);
    for (const [key, value] of Object.entries(over)) {
      if (value === null) {
        // `null` removes what a template set; written without anything to remove it stays (and means "unset").
        if (key in out) delete out[key];
        else set(out, key, null);
        continue;
      }
      const below = out[key];
      set(out, key, isMapping(below) && isMapping(value) ? merge(below, value, undefined, extendsSpan) : value);
      edit.moveEntry(out, key, over, key);
      const template = templateOf?.get(key);
      if (template) edit.map.setOrigin(out, key, { template, extendsSpan });
      else if (!isMapping(value)) edit.map.clearOrigin(out, key);
    }
    edit.map.copy(out, over);
    return out;
  };

  const expandEntry = (entry: unknown, path: DataPath): unknown => {
    if (!isMapping(entry) || !("extends" in entry)) return entry;
    const result = inherit(entry, path, []);
    if (!result) return entry;
    for (const [key, template] of result.from) {
      const spans = ctx.map.entryOf(entry, "extends");
      edit.map.setOrigin(result.body, key, { template, extendsSpan: spans?.key ?? spans?.value ?? { start: 0, end: 0 } });
    }
    return result.body;
  };

  const expandBody = (body: Mapping, path: DataPath): Mapping => {
    let changed = false;
    const changes: Mapping = {};
    for (const listKey of ["phases", "datasets"] as const) {
      const list = body[listKey];
      if (!Array.isArray(list)) continue;
      const next = edit.mapList(list, (entry, i) => expandEntry(entry, [...path, listKey, i]));
      if (next !== list) changes[listKey] = next;
    }
    const models = body["models"];
    if (isMapping(models) && Array.isArray(models["items"])) {
      const items = models["items"];
      const next = edit.mapList(items, (entry, i) => expandEntry(entry, [...path, "models", "items", i]));
      if (next !== items) changes["models"] = edit.with(models, { items: next });
    }
    const endpoint = expandEntry(body["endpoint"], [...path, "endpoint"]);
    if (endpoint !== body["endpoint"]) changes["endpoint"] = endpoint;
    const profiles = body["endpointProfiles"];
    if (isMapping(profiles)) {
      const next: Mapping = {};
      for (const [name, profile] of Object.entries(profiles)) {
        const expanded = expandEntry(profile, [...path, "endpointProfiles", name]);
        if (expanded !== profile) next[name] = expanded;
      }
      if (Object.keys(next).length > 0) changes["endpointProfiles"] = edit.with(profiles, next);
    }
    changed = Object.keys(changes).length > 0;
    if (!changed) return body;
    // Templates may be written with the block's shorthands (url, a bare ramp, a dataset without type).
    return applyStructureRules(edit.with(body, changes), edit, { singularDatasetName: "default" });
  };

  let out = config;
  const benchmark = config["benchmark"];
  if (isMapping(benchmark)) {
    const next = expandBody(benchmark, ["benchmark"]);
    if (next !== benchmark) out = edit.with(out, { benchmark: next });
  }
  const sweep = out["sweep"];
  if (isMapping(sweep) && Array.isArray(sweep["runs"])) {
    const runs = sweep["runs"];
    const next = edit.mapList(runs, (run, i) => (isMapping(run) && isMapping(run["benchmark"]) ? edit.with(run, { benchmark: expandBody(run["benchmark"], ["sweep", "runs", i, "benchmark"]) }) : run));
    if (next !== runs) out = edit.with(out, { sweep: edit.with(sweep, { runs: next }) });
  }
  // Every template's own chain is checked, used or not: a cycle or a typo in a template is a mistake either way.
  for (const name of Object.keys(templates)) {
    const body = templates[name];
    if (isMapping(body) && "extends" in body) resolveTemplate(name, [], { container: body, key: "extends", path: ["templates", name, "extends"] });
  }
  // Templates are resolved: they are not part of the canonical config.
  if ("templates" in out) out = edit.with(out, { templates: undefined });
  return { config: out, diagnostics };
}
