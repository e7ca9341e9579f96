/**
 * Scenario sweeps (format-today §8): each run's `benchmark` and `variables` are deep-merged over the base config
 * (`mergeOverrides`). The runs are checked up front, with AIPerf's wording: allowed keys, unique and path-safe
 * names, `values` a flat map of scalars, a singular `dataset:` mapped onto the base's only dataset.
 */
import type { Finding } from "../diagnostics.js";
import type { VariantSource } from "./expand-parameters.js";
import { mergeOverrides } from "./merge-overrides.js";
import { formatDirName, sanitizeDirSegment, type LabelledValue } from "./name-variant.js";
import { formatPythonRepr, pythonTypeName } from "./python-format.js";
import type { Variant } from "./types.js";

const ALLOWED_RUN_KEYS = ["benchmark", "name", "values", "variables"];

interface PreparedRun {
  label: string;
  overrides: Record<string, unknown>;
  values: Record<string, unknown> | undefined;
}

/** Checks the runs and returns their variants over `base` (the envelope without `sweep`/`multiRun`). */
export function expandScenarios(base: Record<string, unknown>, runs: unknown, findings: Finding[]): VariantSource {
  const before = findings.length;
  if (!Array.isArray(runs) || runs.length === 0) {
    findings.push({ severity: "error", code: "E_SWEEP", message: "scenarios sweep: 'runs' must be a non-empty list of runs.", path: ["sweep", "runs"] });
    return { count: 0, build: noVariant };
  }
  const prepared = runs.map((run: unknown, i) => prepareRun(base, run, i, findings));
  checkNames(runs, findings);
  if (findings.slice(before).some((f) => f.severity === "error")) return { count: 0, build: noVariant };
  return { count: prepared.length, build: (index) => buildRun(base, prepared[index] as PreparedRun, index) };
}

function noVariant(): never {
  throw new RangeError("no variants");
}

function prepareRun(base: Record<string, unknown>, run: unknown, i: number, findings: Finding[]): PreparedRun | undefined {
  const at = ["sweep", "runs", i];
  if (!isMapping(run)) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `sweep run [${i}] must be a mapping; got ${pythonTypeName(run)}.`, path: at });
    return undefined;
  }
  const unknown = Object.keys(run).filter((k) => !ALLOWED_RUN_KEYS.includes(k)).sort();
  if (unknown.length > 0) {
    findings.push({
      severity: "error", code: "E_SWEEP", path: [...at, unknown[0] as string], atKey: true,
      message: `sweep run [${i}]: unknown field(s) ${formatPythonRepr(unknown)}; allowed: ${formatPythonRepr(ALLOWED_RUN_KEYS)}. (If you migrated from the flat shape, wrap body fields under \`benchmark:\` inside the run.)`,
    });
  }
  const values = checkValues(run.values, i, findings);
  const overrides: Record<string, unknown> = {};
  for (const key of ["variables", "benchmark"] as const) {
    if (run[key] === undefined) continue;
    if (!isMapping(run[key])) {
      findings.push({ severity: "error", code: "E_SWEEP", message: `sweep run [${i}]: '${key}' must be a mapping; got ${pythonTypeName(run[key])}.`, path: [...at, key] });
      continue;
    }
    overrides[key] = key === "benchmark" ? rewriteSingularDataset(base, run[key], i, findings) : run[key];
  }
  const label = typeof run.name === "string" ? run.name : `scenario_${i}`;
  // AIPerf warns when a run has no name and its reported values are the nested overrides themselves.
  const reported = values ?? overrides;
  if (typeof run.name !== "string" && Object.values(reported).some((v) => typeof v === "object" && v !== null)) {
    findings.push({
      severity: "warning", code: "W_SWEEP", path: at,
      message: `sweep run [${i}]: no 'name:' set and its overrides are nested, so per-run and aggregate artifact directories fall back to the positional name '${label}'. Add a 'name:' (e.g. 'aa-1k') for readable directory names.`,
    });
  }
  return { label, overrides, values };
}

function checkValues(values: unknown, i: number, findings: Finding[]): Record<string, unknown> | undefined {
  if (values === undefined || values === null) return undefined;
  const at = ["sweep", "runs", i, "values"];
  if (!isMapping(values)) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `sweep run [${i}].values must be a dict, got ${pythonTypeName(values)}`, path: at });
    return undefined;
  }
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "object" && v !== null) {
      findings.push({ severity: "error", code: "E_SWEEP", message: `sweep run [${i}].values[${formatPythonRepr(k)}] must be a hashable scalar; got ${pythonTypeName(v)}`, path: [...at, k] });
    }
  }
  return values;
}

/**
 * A run's singular `dataset:` means the base's only dataset (AIPerf's `_normalize_scenario_dataset_form`); it is
 * rewritten to a one-entry `datasets` list carrying that name, so it merges by name.
 */
function rewriteSingularDataset(base: Record<string, unknown>, bench: Record<string, unknown>, i: number, findings: Finding[]): Record<string, unknown> {
  if (bench.dataset === undefined) return bench;
  const at = ["sweep", "runs", i, "benchmark", "dataset"];
  const fail = (message: string): Record<string, unknown> => {
    findings.push({ severity: "error", code: "E_SWEEP", message: `sweep run [${i}]: ${message}`, path: at });
    return bench;
  };
  if (bench.datasets !== undefined) return fail("'dataset' cannot be used with 'datasets'. Use 'dataset' for a single dataset or 'datasets' for multiple named datasets.");
  const dataset = bench.dataset;
  if (!isMapping(dataset)) return fail(`'benchmark.dataset:' must be a mapping; got ${pythonTypeName(dataset)}.`);
  const baseDatasets = isMapping(base.benchmark) && Array.isArray(base.benchmark.datasets) ? base.benchmark.datasets : [];
  let name = dataset.name;
  if (name === undefined) {
    if (baseDatasets.length !== 1) {
      const names = baseDatasets.map((d: unknown) => (isMapping(d) ? d.name : undefined));
      return fail(`scenario uses singular 'benchmark.dataset:' against a base with multiple datasets (${formatPythonRepr(names)}); add 'name:' to disambiguate.`);
    }
    name = isMapping(baseDatasets[0]) ? baseDatasets[0].name : undefined;
    if (name === undefined) return fail("base dataset has no 'name' to inherit; add 'name:' to the scenario's dataset.");
  }
  const { dataset: _singular, ...rest } = bench;
  const { name: _name, ...fields } = dataset;
  return { ...rest, datasets: [{ name, ...fields }] };
}

// Run names become folder names: unique, and free of path separators and `..`.
function checkNames(runs: readonly unknown[], findings: Finding[]): void {
  const first = new Map<string, number>();
  const duplicates = new Set<string>();
  runs.forEach((run, i) => {
    const name = isMapping(run) ? run.name : undefined;
    if (typeof name !== "string") return;
    if (name === "" || /[/\\]|\.\./.test(name) || /^\.+$/.test(name)) {
      findings.push({
        severity: "error", code: "E_SWEEP", path: ["sweep", "runs", i, "name"],
        message: `sweep run [${i}]: name ${formatPythonRepr(name)} is path-unsafe: a run name becomes a folder name, so it may not be empty, contain '/', '\\' or '..', or consist only of dots.`,
      });
    }
    if (first.has(name)) duplicates.add(name);
    else first.set(name, i);
  });
  if (duplicates.size === 0) return;
  const message = `scenario sweep runs must have unique names; duplicates: ${formatPythonRepr([...duplicates])}.`;
  runs.forEach((run, i) => {
    const name = isMapping(run) ? run.name : undefined;
    if (typeof name !== "string" || !duplicates.has(name) || first.get(name) === i) return;
    findings.push({ severity: "error", code: "E_SWEEP", message, path: ["sweep", "runs", i, "name"], related: [{ path: ["sweep", "runs", first.get(name) ?? 0, "name"], message: "first run with this name" }] });
  });
}

function buildRun(base: Record<string, unknown>, run: PreparedRun, index: number): Variant {
  const values = run.values ?? run.overrides;
  const labelled: LabelledValue[] = Object.entries(values).map(([key, value]) => ({ key, lastSegment: key.split(".").pop() ?? key, value, isFloat: false }));
  // Without `values:`, the reported values are the nested overrides, which have no folder form: the name is used.
  const dirName = run.values ? formatDirName(labelled, run.label, index) : sanitizeDirSegment(run.label) || `variation_${index}`;
  return { index, name: dirName, label: run.label, dirName, assignments: [], values, config: mergeOverrides(base, run.overrides) };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
