/**
 * The syntax tree of one expression. Every node carries its span in the expression text, so an error anywhere in
 * evaluation can point at the exact piece of the user's text.
 */
import type { Span } from "./expression-error.js";
import type { ArithmeticOperator, ComparisonOperator } from "./apply-operator.js";

/** A literal: number, string, boolean or None. Floats are PythonFloat so `2.0` stays a float. */
export interface LiteralNode extends Span {
  type: "literal";
  value: unknown;
}

/** `[a, b]`. */
export interface ListNode extends Span {
  type: "list";
  items: ExpressionNode[];
}

/** A bare name, looked up in the scope. */
export interface NameNode extends Span {
  type: "name";
  name: string;
}

/**
 * `object.key`, `object[0]`, `object["cold-cache"]` or `object[expr]`. `key` is a literal node for the first three
 * (so forbidden keys are refused while parsing) and any expression for the last.
 */
export interface LookupNode extends Span {
  type: "lookup";
  object: ExpressionNode;
  key: ExpressionNode;
}

/** `-x`, `+x`, `not x`. */
export interface UnaryNode extends Span {
  type: "unary";
  operator: "-" | "+" | "not";
  operand: ExpressionNode;
}

/** `a + b` and the other arithmetic operators. */
export interface BinaryNode extends Span {
  type: "binary";
  operator: ArithmeticOperator;
  left: ExpressionNode;
  right: ExpressionNode;
}

/** `a and b`, `a or b`: short-circuit, and the result is an operand, as in Python. */
export interface LogicalNode extends Span {
  type: "logical";
  operator: "and" | "or";
  left: ExpressionNode;
  right: ExpressionNode;
}

/** `a < b`, and Python's chains `a < b <= c` (each pair compared, stopping at the first false). */
export interface CompareNode extends Span {
  type: "compare";
  first: ExpressionNode;
  rest: { operator: ComparisonOperator; operand: ExpressionNode }[];
}

/** `then if test else otherwise`. */
export interface ConditionalNode extends Span {
  type: "conditional";
  test: ExpressionNode;
  then: ExpressionNode;
  otherwise: ExpressionNode;
}

/**
 * `operand | name(args)`. `args` holds one entry per parameter of the filter, in the filter's order, positional and
 * keyword arguments already matched (so a misspelt keyword is a parse error); `undefined` means the default.
 */
export interface FilterNode extends Span {
  type: "filter";
  name: string;
  /** The filter's name in the text, for errors about the filter itself. */
  nameSpan: Span;
  operand: ExpressionNode;
  args: (ExpressionNode | undefined)[];
}

/** Any expression node. */
export type ExpressionNode = LiteralNode | ListNode | NameNode | LookupNode | UnaryNode | BinaryNode | LogicalNode | CompareNode | ConditionalNode | FilterNode;
