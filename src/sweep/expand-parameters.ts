/**
 * Grid, zip and magic-list expansion over prepared parameters. Variant i is computed from i alone: for a grid, i is
 * read as a mixed-radix number whose last digit belongs to the last (sorted) parameter, which reproduces
 * `itertools.product` order; for a zip, every parameter takes its i-th value.
 */
import type { Finding } from "../diagnostics.js";
import { applyAssignments } from "./apply-assignments.js";
import { formatDirName, formatLabel, type LabelledValue } from "./name-variant.js";
import type { SweepParameter } from "./prepare-parameters.js";
import type { Variant } from "./types.js";

/** A count and a way to build variant i, before seeds are set. */
export interface VariantSource {
  count: number;
  build(index: number): Variant;
}

/** How values combine: every combination, or lock-step. */
export type Combination = "product" | "lockstep";

/** Counts and builds the variants of `params` over `base` (the envelope without `sweep`/`multiRun`). */
export function expandParameters(base: Record<string, unknown>, params: readonly SweepParameter[], combination: Combination, findings: Finding[]): VariantSource {
  const count = combination === "lockstep" ? (params[0]?.values.length ?? 0) : params.reduce((n, p) => n * p.values.length, 1);
  if (!Number.isSafeInteger(count)) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `the sweep has ${count.toExponential(3)} variations, more than can be counted exactly (2^53); split it into smaller sweeps.`, path: ["sweep"] });
    return { count: 0, build: () => { throw new RangeError("no variants"); } };
  }
  return { count, build: (index) => buildVariant(base, params, combination === "lockstep" ? params.map(() => index) : mixedRadix(index, params), index) };
}

// The digits of `index` in the bases given by the list lengths, most significant first.
function mixedRadix(index: number, params: readonly SweepParameter[]): number[] {
  const digits = new Array<number>(params.length);
  let rest = index;
  for (let k = params.length - 1; k >= 0; k--) {
    const radix = params[k]?.values.length ?? 1;
    digits[k] = rest % radix;
    rest = Math.floor(rest / radix);
  }
  return digits;
}

function buildVariant(base: Record<string, unknown>, params: readonly SweepParameter[], picks: readonly number[], index: number): Variant {
  const labelled: LabelledValue[] = [];
  const assignments = params.map((p, k) => {
    const pick = picks[k] ?? 0;
    const value = p.values[pick];
    labelled.push({ key: p.labelKey, lastSegment: p.lastSegment, value, isFloat: typeof value === "number" && p.isFloat(pick) });
    return { param: p.param, path: p.path, value };
  });
  const label = formatLabel(labelled);
  const dirName = formatDirName(labelled, label, index);
  return {
    index, name: dirName, label, dirName, assignments,
    values: Object.fromEntries(labelled.map((l) => [l.key, l.value])),
    config: applyAssignments(base, assignments),
  };
}
