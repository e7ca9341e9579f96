/**
 * Diagnostics are data (design §2): every stage returns them instead of throwing; only a bug throws.
 */

export type Severity = "error" | "warning";

/** Every diagnostic code. A closed union, so a typo in a code is a compile error. */
export type DiagnosticCode =
  // read and parse
  | "E_FILE_NOT_FOUND"
  | "E_NOT_A_FILE"
  | "E_READ_FAILED"
  | "E_FILE_TOO_LARGE"
  | "E_YAML_SYNTAX"
  | "E_DUPLICATE_KEY"
  | "E_NON_STRING_KEY"
  | "E_MULTIPLE_DOCUMENTS"
  | "E_EMPTY_DOCUMENT"
  | "E_NOT_A_MAPPING"
  | "E_TOO_DEEP"
  | "E_ALIAS_LIMIT"
  // envelope and shape
  | "W_FLAT_SHAPE_MIGRATED"
  | "W_MISPLACED_KEY_HOISTED"
  | "E_RESOURCE_KIND"
  | "E_NO_BENCHMARK"
  | "E_UNKNOWN_KEY"
  | "E_BOTH_SPELLINGS"
  | "E_SHORTHAND_CONFLICT"
  | "E_REQUIRED"
  | "E_TYPE"
  | "E_ENUM"
  | "E_UNKNOWN_TYPE"
  | "E_RANGE"
  | "E_FORMAT"
  | "E_SCHEMA"
  // env and expressions
  | "E_ENV_MISSING"
  | "E_ENV_UNTERMINATED"
  | "E_EXPRESSION_SYNTAX"
  | "E_EXPRESSION_UNDEFINED"
  | "E_EXPRESSION_FORBIDDEN"
  | "E_EXPRESSION_TYPE"
  | "E_VARIABLE_CYCLE"
  // values
  | "E_DURATION"
  | "E_DISTRIBUTION"
  // semantic rules
  | "E_MODELS"
  | "E_ENDPOINT"
  | "W_ENDPOINT"
  | "E_PHASES"
  | "W_PHASES"
  | "E_DATASETS"
  | "W_DATASETS"
  | "E_COMPATIBILITY"
  | "W_COMPATIBILITY"
  | "E_ENVELOPE"
  | "W_ENVELOPE"
  // a phase field naming a dataset, model or endpoint profile that does not exist
  | "E_UNKNOWN_DATASET_REF"
  | "E_UNKNOWN_MODEL_REF"
  | "E_UNKNOWN_ENDPOINT_REF"
  // the phase DAG (design §3): a dependency, `when` or `carryOver` naming no phase; a cycle; an edge that breaks a DAG
  // rule (not an ancestor, seamless without its one predecessor); a metric or statistic AIPerf does not report
  | "E_UNKNOWN_PHASE_REF"
  | "E_DAG_CYCLE"
  | "E_DAG"
  | "E_UNKNOWN_METRIC"
  // templates and extends
  | "E_UNKNOWN_TEMPLATE"
  | "E_TEMPLATE_CYCLE"
  // sweeps
  | "E_SWEEP_PATH"
  | "E_SWEEP"
  | "W_SWEEP"
  // internal consistency
  | "E_INTERNAL";

/** A position in another place that explains this diagnostic (the first of two duplicate keys, an `extends:` line). */
export interface RelatedPosition {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** One finding, positioned at the user's own text (1-based lines and columns). */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  hint?: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The dotted path as the user wrote it, e.g. `benchmark.phases[1].grace_period`. */
  path: string;
  /** The sweep variant the diagnostic is specific to. */
  variant?: string;
  related?: RelatedPosition[];
}

/** A path into data: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** `["benchmark", "phases", 1, "rate"]` → `benchmark.phases[1].rate`. */
export function formatPath(path: DataPath): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The value at `path` under `root`, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: DataPath): unknown {
  let node = root;
  for (const seg of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === "error");

/**
 * A diagnostic before it has a position: rules and sweep expansion speak in data paths (canonical camelCase paths
 * into the normalized config); the pipeline maps each path to the user's own text.
 */
export interface Finding {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  hint?: string;
  /** The most specific field the finding is about. */
  path: DataPath;
  /** Point at the key instead of the value (unknown or misplaced keys). */
  atKey?: boolean;
  related?: { path: DataPath; message: string }[];
}
