/**
 * The filters, as named data: exactly Jinja's `int`, `float`, `round`, `abs`, `default`, `lower`, `upper`, `string`,
 * `min` and `max`, with Jinja's parameters, defaults and quirks (`'abc' | int` is 0, `'3.7' | int` is 3,
 * `3 | round` stays the int 3 because Python's round keeps ints, `[] | max` is undefined so `| default` can
 * catch it). A filter's `description` is its documentation and its test name.
 */
import { ordered } from "./apply-operator.js";
import { EvaluationFailure, failType } from "./expression-error.js";
import { formatValue } from "./format-value.js";
import { bigintToInt, parsePythonFloat, parsePythonInt, powerFloat, roundFloat, roundInt } from "./python-numbers.js";
import { isNumeric, isTruthy, keysOf, kindOf, makeFloat, makeInt, numberOf, typeName, UndefinedValue } from "./python-values.js";

/** What a filter may ask of the evaluator. */
export interface FilterContext {
  /** An undefined result at the filter's position (Jinja's `environment.undefined(...)`). */
  undefined(message: string): UndefinedValue;
}

/** One filter: Jinja's parameters after the piped value, and what it does. */
export interface FilterRule {
  description: string;
  params: readonly { name: string; default: unknown }[];
  /** Only `default`: the piped value may be undefined. */
  acceptsUndefined?: boolean;
  apply(value: unknown, args: readonly unknown[], context: FilterContext): unknown;
}

const rules: [string, FilterRule][] = [
  ["int", {
    description: "int: converts to an int, truncating floats and reading numeric text ('3.7' → 3); text that is no number gives the default (0)",
    params: [{ name: "default", default: 0 }, { name: "base", default: 10 }],
    apply: (value, [fallback, base]) => toInt(value, fallback, base),
  }],
  ["float", {
    description: "float: converts to a float ('2.5' → 2.5, 3 → 3.0); anything else gives the default (0.0)",
    params: [{ name: "default", default: makeFloat(0) }],
    apply: (value, [fallback]) => toFloat(value) ?? fallback,
  }],
  ["round", {
    description: "round: Python's round (half to even) to `precision` digits, or always up/down with method 'ceil'/'floor'",
    params: [{ name: "precision", default: 0 }, { name: "method", default: "common" }],
    apply: (value, [precision, method]) => round(value, precision, method),
  }],
  ["abs", {
    description: "abs: the absolute value of a number",
    params: [],
    apply: (value) => absolute(value),
  }],
  ["default", {
    description: "default: the value, or `default_value` when it is undefined (or falsy, with boolean=true)",
    params: [{ name: "default_value", default: "" }, { name: "boolean", default: false }],
    acceptsUndefined: true,
    apply: (value, [fallback, boolean]) => (value instanceof UndefinedValue || (isTruthy(boolean) && !isTruthy(value)) ? fallback : value),
  }],
  ["lower", {
    description: "lower: the value as text, lower-cased",
    params: [],
    apply: (value) => formatValue(value).toLowerCase(),
  }],
  ["upper", {
    description: "upper: the value as text, upper-cased",
    params: [],
    apply: (value) => formatValue(value).toUpperCase(),
  }],
  ["string", {
    description: "string: the value as Python prints it (True, None, 4.0, [1, 'a'])",
    params: [],
    apply: (value) => formatValue(value),
  }],
  ["min", {
    description: "min: the smallest item of a list (text compared ignoring case unless case_sensitive=true)",
    params: [{ name: "case_sensitive", default: false }, { name: "attribute", default: null }],
    apply: (value, [caseSensitive, attribute], context) => extreme("min", value, caseSensitive, attribute, context),
  }],
  ["max", {
    description: "max: the largest item of a list (text compared ignoring case unless case_sensitive=true)",
    params: [{ name: "case_sensitive", default: false }, { name: "attribute", default: null }],
    apply: (value, [caseSensitive, attribute], context) => extreme("max", value, caseSensitive, attribute, context),
  }],
];

/** Every supported filter by name. A Map, so a name such as `constructor` can never reach Object.prototype. */
export const FILTERS: ReadonlyMap<string, FilterRule> = new Map(rules);

function isIntArgument(value: unknown): boolean {
  return kindOf(value) === "int" || kindOf(value) === "bool";
}

/** Jinja's do_int: int(value, base) for text, else int(value); on failure int(float(value)); on failure the default. */
function toInt(value: unknown, fallback: unknown, base: unknown): unknown {
  const kind = kindOf(value);
  if (kind === "str") {
    // A base that is no int is Python's TypeError, which do_int catches like a ValueError.
    const parsed = isIntArgument(base) ? parsePythonInt(value as string, numberOf(base)) : undefined;
    if (parsed !== undefined) return bigintToInt(parsed);
    const float = parsePythonFloat(value as string);
    // int(float('inf')) raises OverflowError, which do_int's second attempt also catches.
    return float === undefined || !Number.isFinite(float) ? fallback : makeInt(Math.trunc(float));
  }
  if (kind === "int" || kind === "bool") return numberOf(value);
  if (kind === "float") {
    const n = numberOf(value);
    if (Number.isNaN(n)) return fallback;
    // The first attempt, int(inf), raises OverflowError, which do_int does not catch.
    if (!Number.isFinite(n)) failType("cannot convert float infinity to integer");
    return makeInt(Math.trunc(n));
  }
  return fallback;
}

/** Python's float(value), or undefined where it raises (None, lists, text that is no number). */
function toFloat(value: unknown): unknown {
  const kind = kindOf(value);
  if (kind === "int" || kind === "bool" || kind === "float") return makeFloat(numberOf(value));
  if (kind === "str") {
    const parsed = parsePythonFloat(value as string);
    return parsed === undefined ? undefined : makeFloat(parsed);
  }
  return undefined;
}

function round(value: unknown, precision: unknown, method: unknown): unknown {
  if (method !== "common" && method !== "ceil" && method !== "floor") failType("method must be common, ceil or floor");
  if (method !== "common") {
    // Jinja: math.ceil(value * 10**precision) / 10**precision, a float. math.ceil's int is exact in Python however
    // large; dividing it back gives the same double as dividing the (already integral) double, so no int is formed.
    if (!isNumeric(value)) failType(`must be real number, not ${typeName(value)}`);
    if (!isNumeric(precision)) failType(`unsupported operand type(s) for ** or pow(): 'int' and '${typeName(precision)}'`);
    const scale = powerFloat(10, numberOf(precision));
    const scaled = numberOf(value) * scale;
    if (!Number.isFinite(scaled)) failType(`cannot convert float ${Number.isNaN(scaled) ? "NaN" : "infinity"} to integer`);
    const whole = (method === "ceil" ? Math.ceil(scaled) : Math.floor(scaled)) || 0; // an int: never -0
    return makeFloat(whole / scale);
  }
  const kind = kindOf(value);
  if (kind !== "int" && kind !== "bool" && kind !== "float") failType(`type ${typeName(value)} doesn't define __round__ method`);
  if (precision === null) {
    // round(x, None) is round(x): an int.
    const rounded = kind === "float" ? roundFloat(numberOf(value), 0) : numberOf(value);
    if (!Number.isFinite(rounded)) failType(`cannot convert float ${Number.isNaN(rounded) ? "NaN" : "infinity"} to integer`);
    return makeInt(rounded);
  }
  if (!isIntArgument(precision)) failType(`'${typeName(precision)}' object cannot be interpreted as an integer`);
  const digits = numberOf(precision);
  return kind === "float" ? makeFloat(roundFloat(numberOf(value), digits)) : roundInt(numberOf(value), digits);
}

function absolute(value: unknown): unknown {
  const kind = kindOf(value);
  if (kind === "float") return makeFloat(Math.abs(numberOf(value)));
  if (kind === "int" || kind === "bool") return makeInt(Math.abs(numberOf(value)));
  return failType(`bad operand type for abs(): '${typeName(value)}'`);
}

/** Jinja's _min_or_max: iterate (a list, a string's characters, a dict's keys), compare with Python's < / >. */
function extreme(which: "min" | "max", value: unknown, caseSensitive: unknown, attribute: unknown, context: FilterContext): unknown {
  if (attribute !== null) throw new EvaluationFailure("E_EXPRESSION_FORBIDDEN", `${which}(attribute=…) is not supported`);
  const kind = kindOf(value);
  let items: unknown[];
  if (kind === "list") items = value as unknown[];
  else if (kind === "str") items = [...(value as string)];
  else if (kind === "dict") items = keysOf(value as object);
  else return failType(`'${typeName(value)}' object is not iterable`);
  if (items.length === 0) return context.undefined("No aggregated item, sequence was empty.");
  const key = (item: unknown): unknown => (!isTruthy(caseSensitive) && typeof item === "string" ? item.toLowerCase() : item);
  let best = items[0];
  for (const item of items.slice(1)) {
    if (ordered(which === "min" ? "<" : ">", key(item), key(best), 0)) best = item;
  }
  return best;
}
