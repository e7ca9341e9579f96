/**
 * Renders a config string that holds `{{ … }}` expressions, with AIPerf's results:
 * - a string that is exactly one `{{ expr }}` (whitespace around allowed) keeps the expression's type: a number,
 *   bool, list, dict or None comes back as that value (`"{{ isl }}"` → 1024, `"{{ 8 / 2 }}"` → the float 4.0);
 * - otherwise every expression is interpolated as Python's `str()` (`True`, `None`, `4.0`) and the whole text is
 *   coerced as AIPerf coerces rendered text: "true"/"false" in any case → bool, then int, then float, else the
 *   string (`"{{ a }}0"` with a = 1 → the int 10; `"{{ a }}-{{ b }}"` → "1-2").
 * A single expression whose value is a string also takes the second path, so its text is coerced exactly as AIPerf
 * would (`"{{ port }}"` with port "8080" → 8080) and whitespace around it is kept.
 * Strings that hold neither `{{` nor `{%` are returned unchanged without being scanned.
 */
import { EvaluationFailure, expressionError, shiftError, type ExpressionError, type Span } from "./expression-error.js";
import { evaluateTree, type Scope } from "./evaluate-node.js";
import { formatValue } from "./format-value.js";
import { parseExpression } from "./parse-expression.js";
import { bigintToInt, parsePythonFloat, parsePythonInt } from "./python-numbers.js";
import { kindOf, makeFloat, toJson, type JsonValue } from "./python-values.js";
import { isTemplate, scanTemplate, type ExpressionPart } from "./scan-template.js";

/** The rendered value (plain JSON; `isFloat` marks a number Python holds as a float, e.g. 4.0), or every error. */
export type RenderResult = { ok: true; value: JsonValue; isFloat: boolean } | { ok: false; errors: ExpressionError[] };

/** The rendered value in the evaluator's own model (floats as PythonFloat), or every error. */
export type RenderedValue = { ok: true; value: unknown } | { ok: false; errors: ExpressionError[] };

/** Renders a template string in `scope`. Errors point into `text`. Never throws. */
export function renderTemplate(text: string, scope: Scope): RenderResult {
  const rendered = renderTemplateValue(text, scope);
  if (!rendered.ok) return rendered;
  // renderTemplateValue has already checked that the value is data, so toJson cannot fail here.
  return { ok: true, value: toJson(rendered.value), isFloat: kindOf(rendered.value) === "float" };
}

/** `renderTemplate` keeping Python's int/float distinction inside the value (for variables that feed other templates). */
export function renderTemplateValue(text: string, scope: Scope): RenderedValue {
  if (!isTemplate(text)) return { ok: true, value: text };
  const { parts, errors } = scanTemplate(text);
  const values = new Map<ExpressionPart, unknown>();
  for (const part of parts) {
    if (part.kind !== "expression") continue;
    const parsed = parseExpression(part.source);
    if (!parsed.ok) {
      errors.push(shiftError(parsed.error, part.offset));
      continue;
    }
    const evaluated = evaluateTree(parsed.ast, part.source, scope);
    if (evaluated.ok) values.set(part, evaluated.value);
    else errors.push(shiftError(evaluated.error, part.offset));
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.offset - b.offset) };

  const expressions = parts.filter((part): part is ExpressionPart => part.kind === "expression");
  const single = expressions.length === 1 && parts.every((part) => part.kind === "expression" || part.text.trim() === "");
  const only = expressions[0];
  if (single && only !== undefined && kindOf(values.get(only)) !== "str") {
    const value = values.get(only);
    const notData = checkData(value, tagSpan(only));
    return notData ? { ok: false, errors: [notData] } : { ok: true, value };
  }

  let output = "";
  for (const part of parts) {
    if (part.kind === "text") {
      output += part.text;
      continue;
    }
    try {
      output += formatValue(values.get(part));
    } catch (error) {
      if (error instanceof EvaluationFailure) return { ok: false, errors: [error.toError(tagSpan(part))] };
      throw error;
    }
  }
  try {
    return { ok: true, value: coerceRendered(output) };
  } catch (error) {
    if (error instanceof EvaluationFailure) return { ok: false, errors: [error.toError({ offset: 0, length: text.length })] };
    throw error;
  }
}

const tagSpan = (part: ExpressionPart): Span => ({ offset: part.tagOffset, length: part.tagLength });

function checkData(value: unknown, span: Span): ExpressionError | undefined {
  try {
    toJson(value);
    return undefined;
  } catch (error) {
    if (error instanceof EvaluationFailure) return expressionError(error.code, error.message, span, error.hint);
    throw error;
  }
}

/**
 * AIPerf's `_coerce_rendered`: `rendered.lower() == "true"` / `"false"` → bool (no trimming), then Python's
 * `int(rendered)`, then `float(rendered)` (both accept surrounding whitespace and `_` between digits), else the text.
 */
export function coerceRendered(rendered: string): unknown {
  const lower = rendered.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  const int = parsePythonInt(rendered, 10);
  if (int !== undefined) return bigintToInt(int);
  const float = parsePythonFloat(rendered);
  if (float !== undefined) return makeFloat(float);
  return rendered;
}
