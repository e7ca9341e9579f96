/**
 * The value model: Python's types over plain JavaScript data. AIPerf renders with Jinja2, so results follow Python
 * (`8 / 2` is the float `4.0`, `3 * 4` the int `12`), but JavaScript has one number type. The rule:
 * - a JavaScript number that is an integer is a Python int; any other number (1.5, NaN, Infinity) is a float;
 * - a `PythonFloat` is a float whatever its value, so an integral float keeps printing as `4.0`.
 * Ints beyond 2^53 are out of scope: arithmetic that would produce one is an error rather than a silently wrong
 * number. Everything else is JSON-like: null (None), booleans (bool, which is an int in arithmetic as in Python),
 * strings, arrays (list) and objects (dict, read through own properties only, never the prototype chain).
 */
import { failType, type ExpressionError } from "./expression-error.js";

/** A Python float. Use it in a scope for a value that was written as a float but is integral (`rate: 10.0`). */
export class PythonFloat {
  constructor(readonly value: number) {}
}

/** Marks `value` as a Python float, so `"{{ x }}"` interpolates it as `10.0` rather than `10`. */
export function pythonFloat(value: number): PythonFloat {
  return new PythonFloat(value);
}

/**
 * A name or key the scope does not hold. Lookups pass it along (so `a.b.c | default(1)` works whichever link is
 * missing); every other consumer turns it into the error it carries. The `default` filter is the one exception.
 */
export class UndefinedValue {
  constructor(readonly error: ExpressionError) {}
}

/** The Python type of a value, as the evaluator dispatches on it. `other` is anything that is not data. */
export type ValueKind = "none" | "bool" | "int" | "float" | "str" | "list" | "dict" | "other";

/** Classifies a value by the rule at the top of this file. */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return "none";
  switch (typeof value) {
    case "boolean":
      return "bool";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "string":
      return "str";
    case "object":
      if (Array.isArray(value)) return "list";
      if (value instanceof PythonFloat) return "float";
      if (value instanceof UndefinedValue) return "other";
      return "dict";
    default:
      return "other";
  }
}

const TYPE_NAMES: Record<Exclude<ValueKind, "other">, string> = {
  none: "NoneType",
  bool: "bool",
  int: "int",
  float: "float",
  str: "str",
  list: "list",
  dict: "dict",
};

/** Python's name for the value's type (`int`, `str`, `NoneType`), as Python's own error messages print it. */
export function typeName(value: unknown): string {
  const kind = kindOf(value);
  return kind === "other" ? `JavaScript ${typeof value}` : TYPE_NAMES[kind];
}

/** True for bool, int and float: the values Python's arithmetic accepts. */
export function isNumeric(value: unknown): boolean {
  const kind = kindOf(value);
  return kind === "bool" || kind === "int" || kind === "float";
}

/** The numeric value of a bool, int or float (True is 1, as in Python). */
export function numberOf(value: unknown): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof PythonFloat) return value.value;
  return value as number;
}

/** An int result. Beyond 2^53 a JavaScript number cannot hold it exactly, so that is an error. */
export function makeInt(n: number): number {
  if (!Number.isSafeInteger(n)) failType(`integer result ${formatLargeNumber(n)} is beyond 2^53`, "integers that large are not supported; use a float (e.g. 1e18)");
  return n === 0 ? 0 : n; // never -0: Python ints have no negative zero
}

/** A float result. */
export function makeFloat(n: number): PythonFloat {
  return new PythonFloat(n);
}

function formatLargeNumber(n: number): string {
  return Number.isFinite(n) ? BigInt(Math.trunc(n)).toString() : String(n);
}

/** Own enumerable keys of a dict, in insertion order. */
export function keysOf(value: object): string[] {
  return Object.keys(value);
}

/** Python truthiness: None, False, 0, 0.0, '', [] and {} are false; NaN is true. */
export function isTruthy(value: unknown): boolean {
  switch (kindOf(value)) {
    case "none":
      return false;
    case "bool":
      return value as boolean;
    case "int":
    case "float":
      return numberOf(value) !== 0;
    case "str":
      return (value as string).length > 0;
    case "list":
      return (value as unknown[]).length > 0;
    case "dict":
      return keysOf(value as object).length > 0;
    default:
      return true;
  }
}

/** JSON-like output: what callers receive. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Data deeper than this is refused rather than risking the stack (the YAML parser already stops at 256). */
export const MAX_DATA_DEPTH = 512;

/** Copies a value out as plain JSON: floats become numbers, dicts keep only their own enumerable keys. */
export function toJson(value: unknown, depth = 0): JsonValue {
  if (depth > MAX_DATA_DEPTH) failType("value is nested too deeply (or refers to itself)");
  switch (kindOf(value)) {
    case "none":
    case "bool":
    case "int":
    case "str":
      return value as JsonValue;
    case "float":
      return numberOf(value);
    case "list":
      return (value as unknown[]).map((item) => toJson(item, depth + 1));
    case "dict": {
      const out: { [key: string]: JsonValue } = {};
      for (const key of keysOf(value as object)) setOwn(out, key, toJson((value as Record<string, unknown>)[key], depth + 1));
      return out;
    }
    default:
      return failType(`a value of ${typeName(value)} type is not data`);
  }
}

/**
 * Sets an own data property. Plain assignment would treat the key `__proto__` as the prototype setter, so data with
 * such a key (JSON.parse creates one) would change the object's prototype instead of holding the value.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
