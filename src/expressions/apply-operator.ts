/**
 * Python's operators over the value model (python-values.ts): `+ - * / // % **`, unary `-`/`+`, and comparisons.
 * `/` always gives a float, `//` floors, `%` takes the sign of the divisor, `**` of ints stays an int for a
 * non-negative exponent. bool counts as int (True + 1 is 2), as in Python. Failures are Python's own messages.
 */
import { failType } from "./expression-error.js";
import { bigintToInt, powerFloat } from "./python-numbers.js";
import { isNumeric, keysOf, kindOf, makeFloat, makeInt, MAX_DATA_DEPTH, numberOf, typeName } from "./python-values.js";

/** The arithmetic operators. */
export type ArithmeticOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**";
/** The comparison operators. */
export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";

/** `a op b` with Python semantics; throws an EvaluationFailure (caught by the evaluator) where Python raises. */
export function applyArithmetic(op: ArithmeticOperator, a: unknown, b: unknown): unknown {
  if (isNumeric(a) && isNumeric(b)) {
    const float = kindOf(a) === "float" || kindOf(b) === "float";
    return float ? floatArithmetic(op, numberOf(a), numberOf(b)) : intArithmetic(op, numberOf(a), numberOf(b));
  }
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (op === "+" && ka === "str" && kb === "str") return (a as string) + (b as string);
  if (op === "+" && ka === "list" && kb === "list") return [...(a as unknown[]), ...(b as unknown[])];
  if (op === "+" && (ka === "str" || ka === "list")) {
    failType(`can only concatenate ${ka} (not "${typeName(b)}") to ${ka}`, ka === "str" ? "turn the other side into text first: x | string" : undefined);
  }
  const sequence = (kind: string): boolean => kind === "str" || kind === "list";
  if (op === "*" && ((sequence(ka) && kb === "int") || (sequence(kb) && ka === "int"))) {
    failType(`unsupported operand type(s) for *: '${typeName(a)}' and '${typeName(b)}'`, "repeating strings or lists with * is not supported");
  }
  if (op === "%" && ka === "str") failType("unsupported operand type(s) for %: 'str' (printf-style formatting is not supported)");
  return failType(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function intArithmetic(op: ArithmeticOperator, x: number, y: number): unknown {
  switch (op) {
    case "+":
      return makeInt(x + y);
    case "-":
      return makeInt(x - y);
    case "*":
      return makeInt(x * y);
    case "/":
      if (y === 0) failType("division by zero");
      return makeFloat(x / y);
    case "//": {
      if (y === 0) failType("integer division or modulo by zero");
      // Exact on bigints: x / y in floating point can round across an integer for large operands.
      const quotient = BigInt(x) / BigInt(y);
      return bigintToInt(x % y !== 0 && x < 0 !== y < 0 ? quotient - 1n : quotient);
    }
    case "%": {
      if (y === 0) failType("integer modulo by zero");
      const remainder = x % y; // exact for safe integers
      return makeInt(remainder !== 0 && remainder < 0 !== y < 0 ? remainder + y : remainder);
    }
    case "**":
      return intPower(x, y);
  }
}

function intPower(x: number, y: number): unknown {
  if (y < 0) {
    if (x === 0) failType("0.0 cannot be raised to a negative power");
    return makeFloat(powerFloat(x, y));
  }
  if (Math.abs(x) >= 2 && y > 64) failType(`integer result of ${x} ** ${y} is beyond 2^53`, "integers that large are not supported; use a float base (e.g. 2.0 ** 100)");
  return bigintToInt(BigInt(x) ** BigInt(y));
}

function floatArithmetic(op: ArithmeticOperator, x: number, y: number): unknown {
  switch (op) {
    case "+":
      return makeFloat(x + y);
    case "-":
      return makeFloat(x - y);
    case "*":
      return makeFloat(x * y);
    case "/":
      if (y === 0) failType("float division by zero");
      return makeFloat(x / y);
    case "//":
      if (y === 0) failType("float floor division by zero");
      return makeFloat(floatDivmod(x, y)[0]);
    case "%":
      if (y === 0) failType("float modulo by zero");
      return makeFloat(floatDivmod(x, y)[1]);
    case "**":
      return makeFloat(floatPower(x, y));
  }
}

const copySign = (magnitude: number, sign: number): number => (sign < 0 || Object.is(sign, -0) ? -Math.abs(magnitude) : Math.abs(magnitude));

/** CPython's float_divmod, step for step, so edge cases (signed zeros, inexact quotients) match. */
function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y; // C's fmod
  let div = (x - mod) / y;
  if (mod) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = copySign(0, y);
  }
  let floorDiv: number;
  if (div) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = copySign(0, x / y);
  }
  return [floorDiv, mod];
}

function floatPower(x: number, y: number): number {
  if (x === 0 && y < 0) failType("0.0 cannot be raised to a negative power");
  if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) {
    failType("negative number cannot be raised to a fractional power", "the result would be a complex number");
  }
  // C's pow, which Python follows, differs from JavaScript's here: 1 ** nan and (-1) ** ±inf are 1.
  if (x === 1 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  const result = powerFloat(x, y);
  if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) failType("float result of ** is too large (numerical result out of range)");
  return result;
}

/** Unary `-` and `+`: numbers only; `-True` is the int -1. */
export function applyUnary(op: "-" | "+", value: unknown): unknown {
  const kind = kindOf(value);
  if (kind === "float") return makeFloat(op === "-" ? -numberOf(value) : numberOf(value));
  if (kind === "int" || kind === "bool") return makeInt(op === "-" ? -numberOf(value) : numberOf(value));
  return failType(`bad operand type for unary ${op}: '${typeName(value)}'`);
}

/** `a op b` for a comparison: equality across all values, ordering for numbers, strings and lists (as Python). */
export function applyComparison(op: ComparisonOperator, a: unknown, b: unknown): boolean {
  if (op === "==") return valuesEqual(a, b, 0);
  if (op === "!=") return !valuesEqual(a, b, 0);
  return ordered(op, a, b, 0);
}

/** Python's `==`: 1 == 1.0 == True; lists and dicts by content; values of different types are unequal. */
export function valuesEqual(a: unknown, b: unknown, depth: number): boolean {
  if (depth > MAX_DATA_DEPTH) failType("value is nested too deeply (or refers to itself)");
  if (isNumeric(a) && isNumeric(b)) return numberOf(a) === numberOf(b);
  const kind = kindOf(a);
  if (kind !== kindOf(b)) return false;
  if (kind === "list") {
    const x = a as unknown[];
    const y = b as unknown[];
    return x.length === y.length && x.every((item, i) => valuesEqual(item, y[i], depth + 1));
  }
  if (kind === "dict") {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const keys = keysOf(x);
    return keys.length === keysOf(y).length && keys.every((key) => Object.hasOwn(y, key) && valuesEqual(x[key], y[key], depth + 1));
  }
  return kind === "none" || a === b;
}

/** Python's ordering comparison; other type pairs are its TypeError. */
export function ordered(op: Exclude<ComparisonOperator, "==" | "!=">, a: unknown, b: unknown, depth: number): boolean {
  if (depth > MAX_DATA_DEPTH) failType("value is nested too deeply (or refers to itself)");
  if (isNumeric(a) && isNumeric(b)) return compareWith(op, numberOf(a), numberOf(b));
  const kind = kindOf(a);
  if (kind === "str" && kindOf(b) === "str") return compareWith(op, compareCodePoints(a as string, b as string), 0);
  if (kind === "list" && kindOf(b) === "list") {
    const x = a as unknown[];
    const y = b as unknown[];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (!valuesEqual(x[i], y[i], depth + 1)) return ordered(op, x[i], y[i], depth + 1);
    }
    return compareWith(op, x.length, y.length);
  }
  return failType(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function compareWith(op: "<" | "<=" | ">" | ">=", x: number, y: number): boolean {
  switch (op) {
    case "<":
      return x < y;
    case "<=":
      return x <= y;
    case ">":
      return x > y;
    case ">=":
      return x >= y;
  }
}

/** Python orders strings by code point; JavaScript's `<` by UTF-16 unit, which differs once astral characters meet. */
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - i > 0 ? 1 : b.length - i > 0 ? -1 : 0;
}
