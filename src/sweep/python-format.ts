/**
 * Values printed the way Python prints them, because AIPerf builds sweep labels and folder names with f-strings:
 * `f"{k}={v}"` is `str(v)`, and containers print their items with `repr`. A label must match AIPerf's byte for byte
 * (`rate=10.0`, `streaming=True`), or results land in differently named folders.
 */

/** Python's `str(value)`. `isFloat` marks a number that was a float in Python (written `10.0` or `1e3` in YAML). */
export function formatPythonStr(value: unknown, isFloat = false): string {
  if (typeof value === "string") return value;
  return formatPythonRepr(value, isFloat);
}

/** Python's `repr(value)` for the JSON-like values of a config. */
export function formatPythonRepr(value: unknown, isFloat = false): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return isFloat || !Number.isInteger(value) ? formatPythonFloat(value) : formatPythonInt(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return quotePython(value);
  if (Array.isArray(value)) return `[${value.map((v) => formatPythonRepr(v)).join(", ")}]`;
  if (typeof value === "object") {
    const items = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${quotePython(k)}: ${formatPythonRepr(v)}`);
    return `{${items.join(", ")}}`;
  }
  return String(value);
}

// Python ints have no exponent form: 1e21 prints all its digits.
function formatPythonInt(n: number): string {
  if (Object.is(n, -0)) return "0";
  return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}

/**
 * Python's float repr: the shortest digits that round-trip (JavaScript finds the same ones), laid out by Python's
 * rule — scientific when the decimal exponent is below -4 or at least 16, else positional with at least one
 * fractional digit (`10.0`, `1e+16`, `1e-05`).
 */
export function formatPythonFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const [mantissa = "0", exp = "0"] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const decpt = Number(exp) + 1; // value = 0.DIGITS × 10^decpt
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : "";
    return `${sign}${digits[0]}${frac}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

// Python quotes with ' unless the text holds a ' and no ".
function quotePython(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

/** Python's name of a value's type, as AIPerf's messages print it (`int`, `str`, `NoneType`). */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "list";
  return "dict";
}
