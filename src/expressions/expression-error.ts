/**
 * Errors of the expression language are data: a code, a message and the span of text they are about. Offsets are
 * relative to the string the caller handed in (the template for `renderTemplate`, the bare expression for
 * `evaluateExpression`), so a caller can put a caret under the exact column.
 */
import type { DiagnosticCode } from "../diagnostics.js";

/** The diagnostic codes the expression language produces. */
export type ExpressionErrorCode = Extract<
  DiagnosticCode,
  "E_EXPRESSION_SYNTAX" | "E_EXPRESSION_UNDEFINED" | "E_EXPRESSION_FORBIDDEN" | "E_EXPRESSION_TYPE" | "E_VARIABLE_CYCLE"
>;

/** A stretch of source text: `offset` is 0-based, in UTF-16 code units, as `String.prototype.slice` counts. */
export interface Span {
  offset: number;
  length: number;
}

/**
 * One error. The codes split the failures a user fixes differently:
 * - `E_EXPRESSION_SYNTAX`: the text is not an expression (unbalanced `{{`, a missing operand, a bad string literal).
 * - `E_EXPRESSION_FORBIDDEN`: valid Jinja or Python that this language refuses on purpose (function calls, `{% %}`
 *   statements, names starting with `_`, `constructor`, filters outside the supported set, `in`, `is`, `~`).
 * - `E_EXPRESSION_UNDEFINED`: a name or key that the scope does not hold. Kept apart because a phase `when:` whose
 *   metric is missing skips the phase instead of failing the config.
 * - `E_EXPRESSION_TYPE`: a value of the wrong kind at run time (`'a' + 1`, division by zero, an integer beyond 2^53).
 * - `E_VARIABLE_CYCLE`: `variables` that depend on each other in a circle.
 */
export interface ExpressionError extends Span {
  code: ExpressionErrorCode;
  message: string;
  hint?: string;
}

/** Builds an error; the hint is left out entirely when there is none, so results compare cleanly. */
export function expressionError(code: ExpressionErrorCode, message: string, span: Span, hint?: string): ExpressionError {
  const error: ExpressionError = { code, message, offset: span.offset, length: span.length };
  if (hint !== undefined) error.hint = hint;
  return error;
}

/** The same error with its span moved by `by` characters (an expression's error placed inside its template). */
export function shiftError(error: ExpressionError, by: number): ExpressionError {
  return by === 0 ? error : { ...error, offset: error.offset + by };
}

/**
 * Thrown inside the parser and the evaluator and caught at their entry points, which return it as data: recursive
 * descent would otherwise thread a result union through every rule and operator. The public API never throws.
 * `span` is filled in by the evaluator when the operator that failed did not know where it was.
 */
export class EvaluationFailure extends Error {
  constructor(
    readonly code: ExpressionErrorCode,
    message: string,
    readonly hint?: string,
    readonly span?: Span,
  ) {
    super(message);
  }

  /** The failure as data, at its own span or else at `fallback`. */
  toError(fallback: Span): ExpressionError {
    return expressionError(this.code, this.message, this.span ?? fallback, this.hint);
  }
}

/** Throws a type error (Python's TypeError, ValueError, ZeroDivisionError, OverflowError all land here). */
export function failType(message: string, hint?: string): never {
  throw new EvaluationFailure("E_EXPRESSION_TYPE", message, hint);
}
