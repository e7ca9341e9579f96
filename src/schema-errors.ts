import type { ErrorObject } from "ajv";
import { valueAt, type DataPath, type Diagnostic, type DiagnosticCode } from "./diagnostics.js";
import { allowedKeysAt } from "./allowed-keys.js";
import { didYouMean, suggest } from "./did-you-mean.js";
import type { StageContext } from "./stages/stage-context.js";

/** Words PyYAML reads as booleans but YAML 1.2 (and we) read as strings. */
const YAML11_BOOLEANS = new Set(["yes", "no", "on", "off", "y", "n"]);
/** Root keys AIPerf's message lists (format-today §2). */
const ENVELOPE_KEYS = ["benchmark", "multiRun", "multi_run", "noSweepTable", "no_sweep_table", "plot", "randomSeed", "random_seed", "schemaVersion", "schema_version", "sweep", "templates", "variables"];
const BODY_KEYS = ["model", "models", "endpoint", "dataset", "datasets", "phases", "warmup", "profiling", "artifacts", "slos", "tokenizer", "gpu_telemetry", "gpuTelemetry", "server_metrics", "serverMetrics", "runtime", "logging", "metrics", "accuracy"];

const pathOf = (instancePath: string): (string | number)[] =>
  instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => (/^\d+$/.test(s) ? Number(s) : s));


const describe = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string '${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return `${typeof value} ${String(value)}`;
};

/**
 * Turns the errors of a generated validator into positioned diagnostics: noise dropped (`if`, union umbrellas),
 * unknown keys with "did you mean" against the keys allowed right there, enums with the closest value, YAML 1.1
 * boolean words with a hint, and messages that say what was found.
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], root: unknown, ctx: StageContext, variant?: string): Diagnostic[] {
  const flat: { error: ErrorObject; custom?: string }[] = [];
  for (const error of errors) {
    if (error.keyword === "errorMessage") {
      const inner = ((error.params as { errors?: ErrorObject[] }).errors ?? []);
      flat.push({ error: inner[0] ? { ...inner[0], instancePath: error.instancePath } : error, custom: error.message ?? "" });
    } else flat.push({ error });
  }
  const meaningful = flat.filter(({ error }) => !["if", "anyOf", "oneOf", "discriminator"].includes(error.keyword) || flat.length === 1);
  const kept = meaningful.length > 0 ? meaningful : flat;

  // A union without its tag (a partial scenario override) reports an unknown key once per branch: a key only counts
  // as unknown when every branch that complained about that object rejects it.
  const unknownByObject = new Map<string, Map<string, Set<string>>>();
  for (const { error } of kept) {
    if (error.keyword !== "additionalProperties") continue;
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const byBranch = unknownByObject.get(error.instancePath) ?? new Map<string, Set<string>>();
    byBranch.set(error.schemaPath, (byBranch.get(error.schemaPath) ?? new Set()).add(key));
    unknownByObject.set(error.instancePath, byBranch);
  }

  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const push = (d: Diagnostic): void => {
    const id = `${d.path}|${d.line}|${d.column}|${d.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(d);
    }
  };
  const at = (path: DataPath, code: DiagnosticCode, message: string, hint?: string, atKey = false): Diagnostic =>
    ctx.at(root, path, "error", code, message, { hint, atKey, variant });

  for (const { error, custom } of kept) {
    const path = pathOf(error.instancePath);
    const value = valueAt(root, path);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case "additionalProperties": {
        const key = String(params["additionalProperty"]);
        const branches = unknownByObject.get(error.instancePath);
        if (branches && branches.size > 1 && ![...branches.values()].every((keys) => keys.has(key))) break;
        const allowed = allowedKeysAt(root, path);
        const diagnostic = unknownKey(key, path, allowed, at);
        // A schema-written message (a scenario run's allowed keys) says more than the generic one: keep it, name the key.
        if (custom && path.length > 0) diagnostic.hint = custom;
        push(diagnostic);
        break;
      }
      case "required": {
        const missing = String(params["missingProperty"]);
        push(at(path, "E_REQUIRED", custom ? custom.replace(/^must have required property/, "missing required field") : `missing required field '${missing}'`, `add '${missing}:' here`));
        break;
      }
      case "type": {
        const expected = String(params["type"]);
        const hint = expected.includes("boolean") && typeof value === "string" && YAML11_BOOLEANS.has(value.toLowerCase())
          ? `'${value}' is a YAML 1.1 boolean word; AIPerf configs use true or false`
          : typeHint(expected);
        push(at(path, "E_TYPE", custom ?? `expected ${expected.replace(/,/g, " or ")}, got ${describe(value)}`, hint));
        break;
      }
      case "enum":
      case "const": {
        const allowed = (params["allowedValues"] as unknown[] | undefined) ?? [params["allowedValue"]];
        const names = allowed.map(String);
        const tag = path[path.length - 1] === "type";
        const message = custom ?? `${describe(value)} is not allowed here; expected ${names.length === 1 ? `'${names[0]}'` : `one of ${names.join(", ")}`}`;
        push(at(path, tag ? "E_UNKNOWN_TYPE" : "E_ENUM", `${message}${typeof value === "string" ? didYouMean(value, names) : ""}`,
          names.length === 1 ? `write ${JSON.stringify(names[0])}` : `allowed: ${names.slice(0, 25).join(", ")}${names.length > 25 ? ", …" : ""}`));
        break;
      }
      case "pattern": {
        // The input view's widened numbers and booleans report through a pattern; their messages say "must be …".
        const code: DiagnosticCode = custom?.includes("duration") ? "E_DURATION" : custom && /^must be (an integer|a number|true or false)/.test(custom) ? "E_TYPE" : "E_FORMAT";
        const hint = code === "E_DURATION" ? "write seconds (120), or a number with s, sec, m, min, h, hr or hour (2m, 1.5h), or inf"
          : typeof value === "string" && YAML11_BOOLEANS.has(value.toLowerCase()) ? `'${value}' is a YAML 1.1 boolean word; write true or false`
          : code === "E_TYPE" ? "write the value itself, or a ${VAR} environment reference or a {{ expression }}"
          : "see this field in `aiperf-config schema` for the accepted form";
        push(at(path, code, custom ?? `${describe(value)} does not have the expected form (${String(params["pattern"])})`, hint));
        break;
      }
      case "not":
      case "dependencies": {
        const text = custom ?? error.message ?? "invalid combination of fields";
        const named = /'([^']+)'/.exec(text)?.[1];
        const onKey = named !== undefined && typeof value === "object" && value !== null && named in value;
        const code: DiagnosticCode = text.includes("distribution type") ? "E_DISTRIBUTION" : text.includes("two spellings") ? "E_BOTH_SPELLINGS" : text.includes("cannot be used with") ? "E_SHORTHAND_CONFLICT" : text.includes("requires") ? "E_REQUIRED" : "E_SCHEMA";
        const hint = code === "E_DISTRIBUTION" ? "write a number, or add type: fixed | normal | lognormal | multimodal | empirical"
          : code === "E_BOTH_SPELLINGS" ? "keep one spelling: snake_case and camelCase name the same field"
          : code === "E_SHORTHAND_CONFLICT" ? "use the shorthand for the simple case or the full form, not both"
          : code === "E_REQUIRED" ? `add '${/requires '([^']+)'/.exec(text)?.[1] ?? "it"}:' as well` : undefined;
        push(at(onKey ? [...path, named] : path, code, text, hint, onKey));
        break;
      }
      case "anyOf":
        push(at(path, text(custom) ? "E_REQUIRED" : "E_SCHEMA", custom?.replace(/^must have required property/, "missing required field") ?? "does not match any of the accepted forms"));
        break;
      case "propertyNames": {
        const name = String(params["propertyName"]);
        push(at([...path, name], "E_SCHEMA", custom ?? `'${name}' is not an allowed name here`, undefined, true));
        break;
      }
      case "format":
        push(at(path, "E_FORMAT", custom ?? `${describe(value)} is not a valid ${String(params["format"])}`));
        break;
      default:
        push(at(path, rangeKeywords.has(error.keyword) ? "E_RANGE" : "E_SCHEMA", custom ?? `${error.message ?? error.keyword}${rangeKeywords.has(error.keyword) && value !== undefined ? `, got ${describe(value)}` : ""}`, rangeHint(error.keyword, params)));
    }
  }
  return out;
}

/** What to write instead, for a value of the wrong JSON type. */
function typeHint(expected: string): string {
  const words: Record<string, string> = { integer: "a whole number", number: "a number", string: "text", boolean: "true or false", object: "a mapping (key: value lines)", array: "a list", null: "null" };
  return `write ${expected.split(",").map((t) => words[t] ?? t).join(" or ")} here`;
}

/** The accepted range, for a value outside it. */
function rangeHint(keyword: string, params: Record<string, unknown>): string | undefined {
  const limit = params["limit"];
  switch (keyword) {
    case "minimum": return `use a value of at least ${String(limit)}`;
    case "exclusiveMinimum": return `use a value greater than ${String(limit)}`;
    case "maximum": return `use a value of at most ${String(limit)}`;
    case "exclusiveMaximum": return `use a value less than ${String(limit)}`;
    case "minItems": return `give at least ${String(limit)} item${limit === 1 ? "" : "s"}`;
    case "maxItems": return `give at most ${String(limit)} items`;
    case "minLength": return "write a non-empty value";
    case "minProperties": return `give at least ${String(limit)} entr${limit === 1 ? "y" : "ies"}`;
    case "uniqueItems": return "remove the duplicate entries";
    default: return undefined;
  }
}

const text = (s: string | undefined): boolean => s !== undefined && s.startsWith("must have required property");
const rangeKeywords = new Set(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties", "uniqueItems", "multipleOf"]);

function unknownKey(key: string, path: DataPath, allowed: string[], at: (path: DataPath, code: DiagnosticCode, message: string, hint?: string, atKey?: boolean) => Diagnostic): Diagnostic {
  const keyPath = [...path, key];
  if (path.length === 0) {
    // AIPerf's own wording for the envelope (acceptance case 28), plus its newer hints for body keys.
    const known = [...ENVELOPE_KEYS].sort();
    const detail = BODY_KEYS.includes(key) ? " (nest it under 'benchmark:')" : didYouMean(key, ENVELOPE_KEYS) || (suggest(key, BODY_KEYS) ? ` (did you mean 'benchmark.${suggest(key, BODY_KEYS) ?? ""}'?)` : "");
    return at(keyPath, "E_UNKNOWN_KEY", `Unknown top-level envelope key(s): '${key}'${detail}. Known keys: [${known.map((k) => `'${k}'`).join(", ")}]`, "body settings (endpoint, models, datasets, phases, …) go under benchmark:", true);
  }
  const snakeStyle = key.includes("_") || key === key.toLowerCase();
  const styled = allowed.filter((k) => (snakeStyle ? !/[A-Z]/.test(k) : !k.includes("_") || !allowed.includes(k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()))));
  const suggestion = suggest(key, styled.length > 0 ? styled : allowed);
  // Listed once each, in the spelling the user was writing.
  const camel = [...new Set(allowed.filter((k) => !k.includes("_") || !allowed.includes(k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()))))];
  const listed = camel.map((k) => (snakeStyle && key.includes("_") ? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : k)).sort();
  return at(keyPath, "E_UNKNOWN_KEY", `unknown key '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`,
    listed.length > 0 ? `allowed here: ${listed.slice(0, 40).join(", ")}${listed.length > 40 ? ", …" : ""}` : undefined, true);
}
