/**
 * The restricted expression language of design §6: AIPerf's `{{ }}` (Jinja2) limited to a documented subset,
 * evaluated without running code, with errors as data. Stages: tokenize → parse (cached) → evaluate; templates
 * are scanned into text and expressions, then rendered; `variables` are resolved in dependency order.
 */
export { tokenizeExpression, type Token, type TokenKind, type TokenizeResult } from "./tokenize-expression.js";
export { parseExpression, type ParseResult } from "./parse-expression.js";
export { evaluateExpression, type EvaluationResult } from "./evaluate-expression.js";
export { renderTemplate, type RenderResult } from "./render-template.js";
export { resolveVariables, type ResolvedVariables, type VariableError } from "./resolve-variables.js";
export { scanTemplate, isTemplate, type ScannedTemplate, type TextPart, type ExpressionPart } from "./scan-template.js";
export { listReferences, type Reference } from "./list-references.js";
export { FILTERS, type FilterRule } from "./expression-filters.js";
export { formatValue } from "./format-value.js";
export { isTruthy, pythonFloat, PythonFloat, type JsonValue } from "./python-values.js";
export type { Scope } from "./evaluate-node.js";
export type { ExpressionError, ExpressionErrorCode, Span } from "./expression-error.js";
export type { ExpressionNode } from "./expression-ast.js";
