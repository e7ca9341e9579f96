/**
 * Values printed as Python prints them. `{{ x }}` inside a longer string interpolates `str(x)` (Jinja's `{{ }}` is
 * `str()`), so `"n={{ 8 / 2 }}"` must read `n=4.0`, `{{ true }}` reads `True`, and a list prints its items with
 * `repr` (`[1, 'a', None]`).
 */
import { failType } from "./expression-error.js";
import { keysOf, kindOf, MAX_DATA_DEPTH, numberOf, typeName } from "./python-values.js";

/** Python's `str(value)`. */
export function formatValue(value: unknown): string {
  return typeof value === "string" ? value : reprValue(value);
}

/** Python's `repr(value)`. */
export function reprValue(value: unknown, depth = 0): string {
  if (depth > MAX_DATA_DEPTH) failType("value is nested too deeply (or refers to itself)");
  switch (kindOf(value)) {
    case "none":
      return "None";
    case "bool":
      return value ? "True" : "False";
    case "int":
      return String(value);
    case "float":
      return formatFloat(numberOf(value));
    case "str":
      return quoteString(value as string);
    case "list":
      return `[${(value as unknown[]).map((item) => reprValue(item, depth + 1)).join(", ")}]`;
    case "dict": {
      const record = value as Record<string, unknown>;
      return `{${keysOf(record).map((key) => `${quoteString(key)}: ${reprValue(record[key], depth + 1)}`).join(", ")}}`;
    }
    default:
      return failType(`a value of ${typeName(value)} type is not data`);
  }
}

/**
 * Python's float repr: the shortest digits that round-trip (JavaScript's `toExponential()` finds the same ones),
 * laid out by Python's rule: scientific when the decimal exponent is below -4 or at least 16, else positional with
 * at least one fractional digit (`4.0`, `0.0001`, `1e-05`, `1e+16`).
 */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const [mantissa = "0", exponentText = "0"] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : "";
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = exponent + 1;
  if (digits.length <= whole) return `${sign}${digits}${"0".repeat(whole - digits.length)}.0`;
  return `${sign}${digits.slice(0, whole)}.${digits.slice(whole)}`;
}

/** Python's string repr: single quotes unless the text holds a `'` and no `"`; control characters escaped. */
function quoteString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\" || ch === quote) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}
