/**
 * Sampling sweeps, `sobol` and `latin_hypercube` (AIPerf's `expand_qmc.py` and `sampling.py`): `samples` points of
 * the unit cube, drawn as scipy draws them for `seed` (see `numpy-random.ts`), each coordinate mapped onto its
 * dimension (a range, linear or log, real or int; or a list of choices) and written at the dimension's path.
 * Sobol' points are computed one at a time; a Latin hypercube is drawn whole on first use (its shuffles are
 * sequential), never when only counting.
 */
import { randomInt } from "node:crypto";
import type { DataPath, Finding } from "../diagnostics.js";
import { applyAssignments } from "./apply-assignments.js";
import type { VariantSource } from "./expand-parameters.js";
import { drawLatinHypercube } from "./latin-hypercube.js";
import { formatDirName, formatLabel, type LabelledValue } from "./name-variant.js";
import { NumpyRandom } from "./numpy-random.js";
import { resolveParameterPath } from "./prepare-parameters.js";
import { formatPythonFloat, formatPythonRepr, pythonTypeName } from "./python-format.js";
import { SOBOL_MAX_DIMENSIONS } from "./sobol-direction-numbers.js";
import { createSobolSequence } from "./sobol-sequence.js";

type SamplingType = "sobol" | "latin_hypercube";

interface Dimension {
  param: string;
  labelKey: string;
  lastSegment: string;
  path: DataPath;
  map: (u: number) => { value: unknown; isFloat: boolean };
}

const MAX_SAMPLES = 2 ** 20;

/** Checks a sampling sweep block and returns its variants over `base` (the envelope without `sweep`/`multiRun`). */
export function expandSampling(envelope: Record<string, unknown>, base: Record<string, unknown>, block: Record<string, unknown>, type: SamplingType, findings: Finding[]): VariantSource {
  const before = findings.length;
  const { samples, seed } = block;
  if (typeof samples !== "number" || !Number.isInteger(samples) || samples < 2 || samples > MAX_SAMPLES) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `${type} sweep: samples must be an integer from 2 to ${MAX_SAMPLES}; got ${formatPythonRepr(samples)}.`, path: ["sweep", "samples"] });
  }
  if (seed !== undefined && seed !== null && (typeof seed !== "number" || !Number.isSafeInteger(seed) || seed < 0)) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `${type} sweep: seed must be a non-negative integer; got ${formatPythonRepr(seed)}.`, path: ["sweep", "seed"] });
  }
  const dimensions = prepareDimensions(envelope, block.dimensions, type, findings);
  if (findings.slice(before).some((f) => f.severity === "error") || !dimensions || typeof samples !== "number") return { count: 0, build: noVariant };
  warnAboutDraws(block, type, samples, findings);

  // Without a seed scipy draws fresh points on every run; one expansion still has to be self-consistent.
  const rng = new NumpyRandom(typeof seed === "number" ? seed : randomInt(2 ** 47));
  const unitPoint = type === "sobol" ? sobolPoints(dimensions.length, block.scramble !== false, rng) : hypercubePoints(dimensions.length, samples, rng);
  const labelFormat = block.labelFormat === "kv" ? "kv" : "index";
  return {
    count: samples,
    build: (index) => {
      const point = unitPoint(index);
      const labelled: LabelledValue[] = dimensions.map((dim, k) => ({ key: dim.labelKey, lastSegment: dim.lastSegment, ...dim.map(point[k] ?? 0) }));
      const label = labelFormat === "kv" ? formatLabel(labelled) : `${type}_${String(index).padStart(4, "0")}`;
      const assignments = dimensions.map((dim, k) => ({ param: dim.param, path: dim.path, value: labelled[k]?.value }));
      const dirName = formatDirName(labelled, label, index);
      return {
        index, name: dirName, label, dirName, assignments,
        values: Object.fromEntries(labelled.map((l) => [l.key, l.value])),
        config: applyAssignments(base, assignments),
      };
    },
  };
}

function noVariant(): never {
  throw new RangeError("no variants");
}

function sobolPoints(d: number, scramble: boolean, rng: NumpyRandom): (index: number) => number[] {
  const sequence = createSobolSequence(d, scramble, scramble ? rng : undefined);
  return (index) => sequence.point(index);
}

function hypercubePoints(d: number, n: number, rng: NumpyRandom): (index: number) => number[] {
  let points: number[][] | undefined;
  return (index) => {
    points ??= drawLatinHypercube(d, n, rng);
    return points[index] ?? [];
  };
}

// AIPerf's warnings: Sobol' balance at powers of two, the raw sequence's corner start, optimizations we do not run.
function warnAboutDraws(block: Record<string, unknown>, type: SamplingType, samples: number, findings: Finding[]): void {
  if (type === "sobol" && (samples & (samples - 1)) !== 0) {
    findings.push({ severity: "warning", code: "W_SWEEP", path: ["sweep", "samples"], message: `Sobol balance is best at powers of 2 (8, 16, 32, ...); got samples=${samples}. Consider ${2 ** (32 - Math.clz32(samples))}.` });
  }
  if (type === "sobol" && block.scramble === false) {
    findings.push({
      severity: "warning", code: "W_SWEEP", path: ["sweep", "scramble"],
      message: "Sobol with scramble=False uses the raw scipy sequence whose first row is all-zeros — the first variant will be (lo, lo, ...) for every dimension and small `samples` produces degenerate corner-only coverage. Prefer scramble=True unless you have a specific reason to want raw Sobol points.",
    });
  }
  if (type === "latin_hypercube" && typeof block.optimization === "string") {
    findings.push({
      severity: "warning", code: "W_SWEEP", path: ["sweep", "optimization"],
      message: `latin_hypercube optimization '${block.optimization}' is not reproduced here: the variations listed are the plain Latin hypercube for this seed, while AIPerf rearranges them before running.`,
    });
  }
}

function prepareDimensions(envelope: Record<string, unknown>, dimensions: unknown, type: SamplingType, findings: Finding[]): Dimension[] | undefined {
  if (!Array.isArray(dimensions) || dimensions.length === 0) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `${type} sweep: 'dimensions' must be a non-empty list.`, path: ["sweep", "dimensions"] });
    return undefined;
  }
  if (dimensions.length > SOBOL_MAX_DIMENSIONS && type === "sobol") {
    findings.push({ severity: "error", code: "E_SWEEP", message: `sobol sweep: at most ${SOBOL_MAX_DIMENSIONS} dimensions are supported; got ${dimensions.length}.`, path: ["sweep", "dimensions"] });
    return undefined;
  }
  const prepared: Dimension[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  dimensions.forEach((dim: unknown, i) => {
    const at = ["sweep", "dimensions", i];
    if (typeof dim !== "object" || dim === null || typeof (dim as Record<string, unknown>).path !== "string") {
      findings.push({ severity: "error", code: "E_SWEEP", message: `${type} sweep dimension [${i}] needs a string 'path'.`, path: at });
      return;
    }
    const spec = dim as Record<string, unknown>;
    const resolved = resolveParameterPath(envelope, spec.path as string, { at: [...at, "path"], what: `${type} sweep dimension`, atKey: false }, findings);
    if (!resolved) return;
    const shown = formatPythonRepr(resolved.parsed.labelKey);
    const map = checkDimension(spec, shown, at, findings);
    const identity = JSON.stringify(resolved.path);
    if (seen.has(identity) && !duplicates.includes(resolved.parsed.labelKey)) duplicates.push(resolved.parsed.labelKey);
    seen.add(identity);
    const segments = resolved.parsed.segments;
    if (map) prepared.push({ param: spec.path as string, labelKey: resolved.parsed.labelKey, lastSegment: segments[segments.length - 1]?.key ?? "", path: resolved.path, map });
  });
  if (duplicates.length > 0) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `sampling sweep dimensions must have unique paths; duplicates: ${formatPythonRepr(duplicates)}.`, path: ["sweep", "dimensions"] });
  }
  return prepared.length === dimensions.length ? prepared : undefined;
}

// SamplingDimension's validators, then `_map_dim`: choices by floor(u·len); ranges linear or log; int kinds rounded
// half to even (Python's round) and clamped to [ceil(lo), floor(hi)].
function checkDimension(spec: Record<string, unknown>, shown: string, at: DataPath, findings: Finding[]): Dimension["map"] | undefined {
  const fail = (message: string): undefined => {
    findings.push({ severity: "error", code: "E_SWEEP", message, path: at });
    return undefined;
  };
  const { lo, hi, choices } = spec;
  for (const bound of [lo, hi]) if (typeof bound === "number" && !Number.isFinite(bound)) return fail(`lo/hi must be finite, got ${formatPythonFloat(bound)}.`);
  if (choices !== undefined && choices !== null) {
    if (!Array.isArray(choices) || choices.length === 0) return fail(`dim ${shown}: choices must have at least one entry.`);
    for (const entry of choices) {
      if (typeof entry === "object" && entry !== null) return fail(`dim ${shown}: choices entries must be hashable scalars; got ${pythonTypeName(entry)}.`);
      if (typeof entry === "number" && !Number.isFinite(entry)) return fail(`dim ${shown}: choices entries must be finite numeric values; got ${formatPythonFloat(entry)}.`);
    }
  }
  const hasRange = typeof lo === "number" && typeof hi === "number";
  const hasChoices = Array.isArray(choices) && choices.length > 0;
  if (hasRange === hasChoices) return fail(`dim ${shown}: provide either (lo, hi) or choices, not both/neither.`);
  if (hasChoices) {
    const list = choices as unknown[];
    return (u) => ({ value: list[Math.min(Math.floor(u * list.length), list.length - 1)], isFloat: false });
  }
  const low = lo as number;
  const high = hi as number;
  if (high <= low) return fail(`dim ${shown}: hi (${formatPythonFloat(high)}) must be > lo (${formatPythonFloat(low)}).`);
  const log = spec.scale === "log";
  if (log && low <= 0) return fail(`dim ${shown}: log-scale requires lo > 0.`);
  const isInt = spec.kind === "int";
  if (isInt) {
    const span = log ? Math.floor(Math.log(high)) - Math.ceil(Math.log(low)) : high - low;
    if (span < (log ? 1 : 2)) {
      findings.push({ severity: "warning", code: "W_SWEEP", path: at, message: `dim ${shown}: integer ${log ? "log" : "linear"}-scale range [${formatPythonFloat(low)}, ${formatPythonFloat(high)}] is too narrow for sampling diversity; many samples will collapse to duplicates.` });
    }
  }
  return (u) => {
    const v = log ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
    return isInt ? { value: Math.max(Math.ceil(low), Math.min(roundHalfEven(v), Math.floor(high))), isFloat: false } : { value: v, isFloat: true };
  };
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
