import type { DataPath, Diagnostic } from "../diagnostics.js";
import { formatPath, valueAt } from "../diagnostics.js";
import { renderTemplate, resolveVariables, type ExpressionError } from "../expressions/index.js";
import { Editor, isMapping, type Mapping } from "../normalizers/edit.js";
import type { StageContext } from "./stage-context.js";

/** What to do about an expression error that carries no hint of its own. */
const EXPRESSION_HINTS: Record<string, string> = {
  E_EXPRESSION_SYNTAX: "{{ }} holds one expression: names, numbers, + - * / // % **, comparisons, and/or/not, a if c else b, filters",
  E_EXPRESSION_FORBIDDEN: "expressions read config values and variables only: no calls, no attributes outside the data, no names starting with _",
  E_EXPRESSION_UNDEFINED: "define it under variables:, or use a config path such as phases.profiling.rate",
  E_EXPRESSION_TYPE: "check the types of the values the expression combines",
  E_VARIABLE_CYCLE: "a variable cannot depend on itself, directly or through other variables",
};

/** Keys AIPerf never renders at load time (format-today §7): request templates and raw payloads. */
const NEVER_RENDERED_KEYS = new Set(["template", "body", "payloadTemplate"]);

/**
 * Stage 8: `variables` (in dependency order), then every `{{ }}` string of the variant. The context is AIPerf's:
 * envelope keys, body keys lifted to the top (`phases.profiling.rate` as well as `benchmark.phases…`), list entries
 * with a `name` reachable by name and by index, and the variables over all of it. `artifacts.userFiles` is left for
 * run time. An error points at the exact column inside the string.
 */
export function renderExpressions(config: Mapping, ctx: StageContext, variant?: string): { config: Mapping; diagnostics: Diagnostic[] } {
  const edit = new Editor(ctx.map);
  const diagnostics: Diagnostic[] = [];
  const report = (path: DataPath, error: ExpressionError, text: string): void => {
    const d = ctx.at(config, path, "error", error.code, `${error.message}${path.length ? ` (in '${formatPath(path)}')` : ""}`, { hint: error.hint ?? EXPRESSION_HINTS[error.code], variant });
    // Move the caret from the start of the value to the expression's own columns when the value is on one line.
    if (d.line === d.endLine) {
      const quoted = /^["']/.test(ctx.map.lineText(d.line).slice(d.column - 1));
      d.column += error.offset + (quoted ? 1 : 0);
      d.endColumn = d.column + Math.max(1, Math.min(error.length, text.length));
    }
    diagnostics.push(d);
  };

  // The scope (the whole config, lists reachable by name) is built only when something needs it: most configs have
  // no templates at all.
  const variables = isMapping(config["variables"]) ? config["variables"] : {};
  let resolved: ReturnType<typeof resolveVariables> | undefined;
  let unresolved = new Set<string>();
  const resolve = (): ReturnType<typeof resolveVariables> => {
    if (resolved) return resolved;
    resolved = resolveVariables(variables, scopeOf(config));
    for (const { variable, path, error } of resolved.errors) {
      const text = valueAt(variables[variable], path);
      report(["variables", variable, ...path], error, typeof text === "string" ? text : "");
    }
    unresolved = new Set(resolved.unresolved);
    return resolved;
  };
  if (hasTemplate(variables)) resolve();

  const walk = (value: unknown, path: DataPath): unknown => {
    if (typeof value === "string") {
      if (!value.includes("{{") && !value.includes("{%")) return value;
      const result = renderTemplate(value, resolve().scope);
      if (!result.ok) {
        // A variable that failed was reported once, at the variable; its uses are not reported again.
        for (const error of result.errors) if (!(error.code === "E_EXPRESSION_UNDEFINED" && unresolved.has(nameIn(value, error)))) report(path, error, value);
        return value;
      }
      return result.value;
    }
    if (Array.isArray(value)) return edit.mapList(value, (item, i) => walk(item, [...path, i]));
    if (!isMapping(value)) return value;
    const changes: Mapping = {};
    for (const [key, item] of Object.entries(value)) {
      if (NEVER_RENDERED_KEYS.has(key) || (key === "userFiles" && path.length === 2 && path[1] === "artifacts") || (path.length === 0 && key === "variables")) continue;
      const next = walk(item, [...path, key]);
      if (next !== item) changes[key] = next;
    }
    return Object.keys(changes).length > 0 ? edit.with(value, changes) : value;
  };
  let out = walk(config, []) as Mapping;
  if (resolved && Object.keys(resolved.values).length > 0 && isMapping(config["variables"])) out = edit.with(out, { variables: edit.with(config["variables"], resolved.values) });
  return { config: out, diagnostics };
}

/** Does any string inside hold `{{` or `{%`? */
function hasTemplate(value: unknown): boolean {
  if (typeof value === "string") return value.includes("{{") || value.includes("{%");
  if (Array.isArray(value)) return value.some(hasTemplate);
  if (isMapping(value)) return Object.values(value).some(hasTemplate);
  return false;
}

/** The name an "undefined" error is about: the text under its span. */
const nameIn = (text: string, error: ExpressionError): string => text.slice(error.offset, error.offset + error.length).trim();


/** AIPerf's rendering context for a config (format-today §7). */
export function scopeOf(config: Mapping): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) if (key !== "variables" && key !== "sweep" && key !== "templates") scope[key] = byName(value);
  const benchmark = config["benchmark"];
  if (isMapping(benchmark)) for (const [key, value] of Object.entries(benchmark)) if (!(key in scope)) scope[key] = byName(value);
  return scope;
}

/** Lists whose entries all have a `name` become mappings reachable by name and by index; recursively. */
function byName(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(byName);
    if (!items.every((item) => isMapping(item) && typeof item["name"] === "string")) return items;
    const out: Record<string, unknown> = {};
    items.forEach((item, i) => {
      out[String(i)] = item;
      out[String((item as Mapping)["name"])] = item;
    });
    return out;
  }
  if (!isMapping(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = byName(item);
  return out;
}
