/**
 * Checks and resolves the `parameters` of a grid or zip sweep, in AIPerf's order of checks
 * (`_validate_grid_parameters`, `_classify_sweep_parameters`): each value list non-empty and finite, each path well
 * formed and resolvable, no path given twice (an alias and its full spelling count as the same path). Every problem
 * is reported, not only the first.
 */
import type { DataPath, Finding } from "../diagnostics.js";
import { parseSweepPath, type ParsedSweepPath } from "./parse-sweep-path.js";
import { formatPythonFloat, formatPythonRepr } from "./python-format.js";
import { resolveSweepPath } from "./resolve-sweep-path.js";

/** A sweep parameter ready to expand. */
export interface SweepParameter {
  /** The key as the user wrote it. */
  param: string;
  /** What labels print: the key with a bare alias expanded. */
  labelKey: string;
  /** The last segment of the label key, for folder names. */
  lastSegment: string;
  /** The resolved canonical path from the envelope root. */
  path: DataPath;
  values: readonly unknown[];
  /** Whether value `index` was a float in Python. */
  isFloat: (index: number) => boolean;
}

/** Where a path came from, for findings and AIPerf's message prefix (`grid sweep parameter`). */
export interface PathSource {
  /** The finding path of the key, e.g. `["sweep", "parameters", "concurrency"]`. */
  at: DataPath;
  /** `grid sweep parameter`, `zip sweep parameter`, `sobol sweep dimension`, … */
  what: string;
  /** Point at the key (a parameters map) rather than the value (a `path:` field). */
  atKey: boolean;
}

/** Parses and resolves one path; pushes a finding and returns undefined when it is bad. */
export function resolveParameterPath(envelope: Record<string, unknown>, text: string, source: PathSource, findings: Finding[]): { parsed: ParsedSweepPath; path: DataPath } | undefined {
  const parsed = parseSweepPath(text);
  if (!parsed.ok) {
    findings.push({ severity: "error", code: "E_SWEEP_PATH", message: `${source.what}: ${parsed.message}`, path: source.at, atKey: source.atKey });
    return undefined;
  }
  const resolved = resolveSweepPath(envelope, parsed.path);
  if (!resolved.ok) {
    findings.push({ severity: "error", code: "E_SWEEP_PATH", message: resolved.message, ...(resolved.hint ? { hint: resolved.hint } : {}), path: source.at, atKey: source.atKey });
    return undefined;
  }
  return { parsed: parsed.path, path: resolved.path };
}

/**
 * The parameters of a grid or zip sweep, sorted by label key as AIPerf sorts them, or undefined after pushing
 * findings. `mode` is the first word of AIPerf's messages.
 */
export function prepareParameters(
  envelope: Record<string, unknown>,
  parameters: unknown,
  mode: "grid" | "zip",
  isFloatLiteral: (param: string, index: number) => boolean,
  findings: Finding[],
): SweepParameter[] | undefined {
  const before = findings.length;
  if (typeof parameters !== "object" || parameters === null || Array.isArray(parameters) || Object.keys(parameters).length === 0) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `${mode} sweep: 'parameters' must be a non-empty mapping of path → list of values.`, path: ["sweep", "parameters"] });
    return undefined;
  }
  const prepared: SweepParameter[] = [];
  const seen = new Map<string, string>();
  for (const [param, values] of Object.entries(parameters as Record<string, unknown>)) {
    const at = ["sweep", "parameters", param];
    const shown = formatPythonRepr(param);
    const resolved = resolveParameterPath(envelope, param, { at, what: `${mode} sweep parameter`, atKey: true }, findings);
    if (!Array.isArray(values) || values.length === 0) {
      findings.push({ severity: "error", code: "E_SWEEP", message: `${mode} sweep parameter ${shown}: value list must be non-empty.`, path: at });
      continue;
    }
    values.forEach((v, i) => {
      if (typeof v === "number" && !Number.isFinite(v)) {
        findings.push({ severity: "error", code: "E_SWEEP", message: `${mode} sweep parameter ${shown}: value ${formatPythonFloat(v)} is not finite. NaN and +/-inf are rejected by AIPerf's FiniteFloat contract.`, path: [...at, i] });
      }
    });
    if (!resolved) continue;
    const identity = JSON.stringify(resolved.path);
    if (seen.has(identity)) {
      findings.push({
        severity: "error", code: "E_SWEEP_PATH", path: at, atKey: true,
        message: `${mode} sweep parameter ${shown} resolves to ${formatPythonRepr(resolved.parsed.labelKey)}, which is already a parameter. Pick one spelling (the bare alias or the full dotted path) and remove the other.`,
        related: [{ path: ["sweep", "parameters", seen.get(identity) ?? ""], message: "the other spelling" }],
      });
      continue;
    }
    seen.set(identity, param);
    const segments = resolved.parsed.segments;
    prepared.push({
      param, labelKey: resolved.parsed.labelKey, lastSegment: segments[segments.length - 1]?.key ?? param,
      path: resolved.path, values, isFloat: (i) => isFloatLiteral(param, i),
    });
  }
  checkOverlaps(prepared, mode, findings);
  if (findings.slice(before).some((f) => f.severity === "error")) return undefined;
  // AIPerf sorts the alias-resolved keys (`sorted(...)`), so the order follows path names, not YAML order.
  return prepared.sort((a, b) => (a.labelKey < b.labelKey ? -1 : a.labelKey > b.labelKey ? 1 : 0));
}

/**
 * A parameter inside another one's value (`prompts` and `prompts.isl`) would write into a value that changes per
 * variant and may be a scalar; AIPerf lets it through and fails at run time for some variants. We refuse it up front.
 */
function checkOverlaps(prepared: readonly SweepParameter[], mode: string, findings: Finding[]): void {
  for (const inner of prepared) {
    const outer = prepared.find((o) => o !== inner && o.path.length < inner.path.length && o.path.every((seg, i) => inner.path[i] === seg));
    if (!outer) continue;
    findings.push({
      severity: "error", code: "E_SWEEP_PATH", path: ["sweep", "parameters", inner.param], atKey: true,
      message: `${mode} sweep parameter ${formatPythonRepr(inner.param)} lies inside parameter ${formatPythonRepr(outer.param)}, whose values replace it. Sweep one or the other.`,
      related: [{ path: ["sweep", "parameters", outer.param], message: "the enclosing parameter" }],
    });
  }
}
