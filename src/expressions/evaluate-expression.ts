/**
 * A bare expression (no `{{ }}`), such as a phase's `when: phases.warmup.metrics.goodput.avg >= 0.9`. A missing
 * name or key comes back as E_EXPRESSION_UNDEFINED, distinct from every other failure, because the scheduler
 * skips a phase whose condition reads a metric that is not there instead of failing the run.
 */
import { EvaluationFailure, type ExpressionError } from "./expression-error.js";
import { evaluateTree, type Scope } from "./evaluate-node.js";
import { parseExpression } from "./parse-expression.js";
import { kindOf, toJson, type JsonValue } from "./python-values.js";

/** The value as plain JSON (`isFloat` marks a number Python holds as a float), or the first error. */
export type EvaluationResult = { ok: true; value: JsonValue; isFloat: boolean } | { ok: false; error: ExpressionError };

/** Evaluates `text` in `scope`. Error offsets are relative to `text`. Never throws. */
export function evaluateExpression(text: string, scope: Scope): EvaluationResult {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { ok: false, error: { ...parsed.error } }; // a copy: the cached result stays untouched
  const evaluated = evaluateTree(parsed.ast, text, scope);
  if (!evaluated.ok) return evaluated;
  try {
    return { ok: true, value: toJson(evaluated.value), isFloat: kindOf(evaluated.value) === "float" };
  } catch (error) {
    if (error instanceof EvaluationFailure) return { ok: false, error: error.toError({ offset: 0, length: text.length }) };
    throw error;
  }
}
