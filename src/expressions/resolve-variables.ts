/**
 * The `variables` block: values that may reference each other in any order, resolved in dependency order as AIPerf
 * does (format-today §7), with every template string inside a variable (nested lists and mappings included)
 * rendered. A variable depends on the variables its template strings name; only strings holding `{{` or `{%` can
 * depend on anything. Variables override same-named keys of the scope they are rendered in.
 */
import type { DataPath } from "../diagnostics.js";
import { expressionError, type ExpressionError } from "./expression-error.js";
import type { Scope } from "./evaluate-node.js";
import { findCycles } from "./find-cycles.js";
import { listReferences } from "./list-references.js";
import { parseExpression } from "./parse-expression.js";
import { EvaluationFailure } from "./expression-error.js";
import { keysOf, kindOf, MAX_DATA_DEPTH, setOwn, toJson, type JsonValue } from "./python-values.js";
import { renderTemplateValue } from "./render-template.js";
import { isTemplate, scanTemplate } from "./scan-template.js";

/** An error in one variable: `path` leads from the variable to the template string (`[]` when it is the string). */
export interface VariableError {
  variable: string;
  path: DataPath;
  error: ExpressionError;
}

/** The outcome of resolving a `variables` block. */
export interface ResolvedVariables {
  /** Every variable that resolved, rendered, as plain JSON, in declaration order. */
  values: Record<string, JsonValue>;
  /**
   * The scope for the rest of the config: the given scope's own keys with the resolved variables on top. It keeps
   * Python's float/int distinction (a variable `"{{ 8 / 2 }}"` interpolates as `4.0` elsewhere), so pass this, not
   * `values`, to `renderTemplate`.
   */
  scope: Scope;
  /** Root causes only: a variable whose dependency failed or sits in a cycle gets no error of its own. */
  errors: VariableError[];
  /** Variables left without a value (failed, in a cycle, or depending on one): a caller should not report them again as undefined. */
  unresolved: string[];
}

/** Where a variable first names another: the spot a cycle error points at. */
interface Dependency {
  path: DataPath;
  offset: number;
  length: number;
}

/** Resolves `variables` over `scope`. Never throws. */
export function resolveVariables(variables: Readonly<Record<string, unknown>>, scope: Scope): ResolvedVariables {
  const names = keysOf(variables);
  const declared = new Set(names);
  const dependencies = new Map(names.map((name) => [name, findDependencies(variables[name], declared)]));

  // The variables' own names are removed from the scope: a variable not resolved yet must never read a same-named
  // key of the surrounding config instead (AIPerf strips them from its context the same way).
  const merged: Record<string, unknown> = {};
  for (const key of keysOf(scope)) if (!declared.has(key)) setOwn(merged, key, scope[key]);

  const errors: VariableError[] = [];
  const unresolved = new Set<string>();
  for (const name of topologicalOrder(names, dependencies)) {
    const needs = [...(dependencies.get(name)?.keys() ?? [])];
    if (needs.some((dependency) => unresolved.has(dependency))) {
      unresolved.add(name);
      continue;
    }
    const variableErrors: VariableError[] = [];
    const value = renderNested(variables[name], merged, name, [], variableErrors, 0);
    if (variableErrors.length > 0) {
      errors.push(...variableErrors);
      unresolved.add(name);
    } else {
      setOwn(merged, name, value);
    }
  }

  const ordered = new Set(topologicalOrder(names, dependencies));
  const pending = names.filter((name) => !ordered.has(name));
  for (const chain of findCycles(pending, (name) => [...(dependencies.get(name)?.keys() ?? [])])) {
    const [first = "", second = ""] = chain;
    const at = dependencies.get(first)?.get(second) ?? { path: [], offset: 0, length: 0 };
    const message = `variables form a cycle: ${chain.join(" → ")}`;
    const hint = "a variable cannot depend on itself, directly or through other variables";
    errors.push({ variable: first, path: at.path, error: expressionError("E_VARIABLE_CYCLE", message, at, hint) });
  }
  pending.forEach((name) => unresolved.add(name));

  const values: Record<string, JsonValue> = {};
  for (const name of names) {
    if (unresolved.has(name)) continue;
    try {
      setOwn(values, name, toJson(merged[name]));
    } catch (error) {
      if (!(error instanceof EvaluationFailure)) throw error;
      errors.push({ variable: name, path: [], error: error.toError({ offset: 0, length: 0 }) });
      unresolved.add(name);
      delete merged[name];
    }
  }
  const position = new Map(names.map((name, i) => [name, i]));
  errors.sort((a, b) => (position.get(a.variable) ?? 0) - (position.get(b.variable) ?? 0));
  return { values, scope: merged, errors, unresolved: names.filter((name) => unresolved.has(name)) };
}

/** Kahn's algorithm; ready variables go in declaration order. Variables in or behind a cycle are left out. */
function topologicalOrder(names: string[], dependencies: Map<string, Map<string, Dependency>>): string[] {
  const waiting = new Map(names.map((name) => [name, dependencies.get(name)?.size ?? 0]));
  const dependents = new Map<string, string[]>();
  for (const name of names) {
    for (const dependency of dependencies.get(name)?.keys() ?? []) dependents.set(dependency, [...(dependents.get(dependency) ?? []), name]);
  }
  const order = names.filter((name) => waiting.get(name) === 0);
  for (let head = 0; head < order.length; head++) {
    for (const dependent of dependents.get(order[head] as string) ?? []) {
      const left = (waiting.get(dependent) ?? 0) - 1;
      waiting.set(dependent, left);
      if (left === 0) order.push(dependent);
    }
  }
  return order;
}

/** The variables a value's template strings name, each with its first mention. Unparsable templates name none here; rendering reports them. */
function findDependencies(value: unknown, declared: Set<string>): Map<string, Dependency> {
  const found = new Map<string, Dependency>();
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (path.length > MAX_DATA_DEPTH) return;
    const kind = kindOf(node);
    if (kind === "str" && isTemplate(node as string)) {
      for (const part of scanTemplate(node as string).parts) {
        if (part.kind !== "expression") continue;
        const parsed = parseExpression(part.source);
        if (!parsed.ok) continue;
        for (const reference of listReferences(parsed.ast)) {
          const root = reference.path[0];
          if (typeof root === "string" && declared.has(root) && !found.has(root)) {
            found.set(root, { path, offset: part.offset + reference.offset, length: reference.length });
          }
        }
      }
    } else if (kind === "list") {
      (node as unknown[]).forEach((item, i) => walk(item, [...path, i]));
    } else if (kind === "dict") {
      for (const key of keysOf(node as object)) walk((node as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(value, []);
  return found;
}

/** A variable's value with every template string rendered; lists and mappings are rebuilt, other leaves kept. */
function renderNested(value: unknown, scope: Scope, variable: string, path: (string | number)[], errors: VariableError[], depth: number): unknown {
  if (depth > MAX_DATA_DEPTH) {
    errors.push({ variable, path, error: expressionError("E_EXPRESSION_TYPE", "value is nested too deeply (or refers to itself)", { offset: 0, length: 0 }) });
    return null;
  }
  const kind = kindOf(value);
  if (kind === "str") {
    const rendered = renderTemplateValue(value as string, scope);
    if (rendered.ok) return rendered.value;
    errors.push(...rendered.errors.map((error) => ({ variable, path, error })));
    return null;
  }
  if (kind === "list") return (value as unknown[]).map((item, i) => renderNested(item, scope, variable, [...path, i], errors, depth + 1));
  if (kind === "dict") {
    const out: Record<string, unknown> = {};
    for (const key of keysOf(value as object)) setOwn(out, key, renderNested((value as Record<string, unknown>)[key], scope, variable, [...path, key], errors, depth + 1));
    return out;
  }
  return value;
}
