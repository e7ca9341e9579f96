import type { DataPath, Diagnostic } from "../diagnostics.js";
import type { StageContext } from "./stage-context.js";

/** AIPerf's pattern (loader/env_vars.py): `${NAME}` or `${NAME:default}`; the default separator is one colon. */
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g;

/**
 * Stage 4: `${VAR}` / `${VAR:default}` in string values (keys untouched), as format-today §7: the environment wins
 * over the default, `${VAR:}` is an empty default, `${VAR:-x}` has the literal default `-x`, `$${` is a literal `${`,
 * `$VAR` without braces stays. A string that is exactly one reference is coerced (true/false, then int, then float).
 * A missing variable without default, or an unterminated `${`, is an error at the value. Values never become YAML
 * structure: substitution runs on parsed scalars, not on text.
 */
export function substituteEnv(envelope: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>, ctx: StageContext): { envelope: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const walk = (value: unknown, path: DataPath): unknown => {
    if (typeof value === "string") return value.includes("${") ? substituteString(value, path) : value;
    if (Array.isArray(value)) {
      let changed = false;
      const out = value.map((item, i) => {
        const next = walk(item, [...path, i]);
        if (next !== item) changed = true;
        return next;
      });
      if (!changed) return value;
      ctx.map.copy(out, value);
      return out;
    }
    if (typeof value === "object" && value !== null) {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const next = walk(item, [...path, key]);
        if (next !== item) changed = true;
        if (key === "__proto__") Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
        else out[key] = next;
      }
      if (!changed) return value;
      ctx.map.copy(out, value);
      return out;
    }
    return value;
  };

  const substituteString = (text: string, path: DataPath): unknown => {
    const unterminated = findUnterminated(text);
    if (unterminated) {
      diagnostics.push(ctx.at(envelope, path, "error", "E_ENV_UNTERMINATED",
        `Unterminated environment variable reference in '${text}': '\${' opener has no closing '}'.`,
        { hint: "Either close the brace or escape the literal as '$${'." }));
      return text;
    }
    const escaped = text.split("$${");
    let whole: unknown = undefined;
    const parts = escaped.map((part) =>
      part.replace(REFERENCE, (match, name: string, dflt: string | undefined) => {
        const fromEnv = env[name];
        if (fromEnv !== undefined) return fromEnv;
        if (dflt !== undefined) return dflt;
        diagnostics.push(ctx.at(envelope, path, "error", "E_ENV_MISSING", `environment variable '${name}' is not set and '${match}' has no default`,
          { hint: `set ${name} in the environment, or give a default: \${${name}:value}` }));
        return match;
      }),
    );
    const result = parts.join("${");
    const single = escaped.length === 1 && /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}$/.test(text);
    if (single) whole = coerce(result);
    return whole ?? result;
  };

  const out = walk(envelope, []) as Record<string, unknown>;
  return { envelope: out, diagnostics };
}

/** A `${` (not the escape `$${`) with no `}` after it. */
function findUnterminated(text: string): boolean {
  for (let i = text.indexOf("${"); i !== -1; i = text.indexOf("${", i + 2)) {
    if (i > 0 && text[i - 1] === "$") continue;
    if (text.indexOf("}", i + 2) === -1) return true;
  }
  return false;
}

/**
 * AIPerf's coercion of a whole-string substitution: true/false in any case → boolean, then int, then float.
 * `inf`/`nan` stay strings: JSON has no Infinity, and the duration normalizer reads "inf" itself.
 */
export function coerce(text: string): unknown {
  const trimmed = text.trim();
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  if (/^[-+]?\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number.parseFloat(trimmed);
  return text;
}
