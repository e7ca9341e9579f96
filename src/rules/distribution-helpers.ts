/**
 * Where distributions sit in a dataset, and the two summaries rules need: the expected value (is `turns` at least 1
 * on average?) and the largest possible sample (can a conversation ever have more than one turn?).
 */
import type { Dataset, Distribution, Peak } from "../../generated/types/canonical.js";
import type { DataPath } from "../diagnostics.js";

/** A distribution or a multimodal peak (a distribution plus its weight). */
export type AnyDistribution = Distribution | Peak;

/** One distribution of the config and where it is. Peaks of a multimodal distribution are listed after it. */
export interface PlacedDistribution {
  distribution: AnyDistribution;
  path: DataPath;
}

/** Every distribution of a dataset, nested peaks included, in document order. */
export function datasetDistributions(dataset: Dataset, base: DataPath): PlacedDistribution[] {
  const out: PlacedDistribution[] = [];
  const add = (distribution: AnyDistribution | undefined, path: DataPath): void => {
    if (!distribution) return;
    out.push({ distribution, path });
    if (distribution.type === "multimodal") distribution.peaks.forEach((peak, i) => add(peak, [...path, "peaks", i]));
  };
  if (dataset.type === "file") add(dataset.osl, [...base, "osl"]);
  if (dataset.type !== "synthetic") return out;
  add(dataset.prompts?.isl, [...base, "prompts", "isl"]);
  add(dataset.prompts?.osl, [...base, "prompts", "osl"]);
  dataset.prompts?.sequenceDistribution?.forEach((entry, i) => {
    add(entry.isl, [...base, "prompts", "sequenceDistribution", i, "isl"]);
    add(entry.osl, [...base, "prompts", "sequenceDistribution", i, "osl"]);
  });
  add(dataset.turns, [...base, "turns"]);
  add(dataset.turnDelay, [...base, "turnDelay"]);
  add(dataset.images?.width, [...base, "images", "width"]);
  add(dataset.images?.height, [...base, "images", "height"]);
  add(dataset.audio?.length, [...base, "audio", "length"]);
  add(dataset.rankings?.passages, [...base, "rankings", "passages"]);
  add(dataset.rankings?.passageTokens, [...base, "rankings", "passageTokens"]);
  add(dataset.rankings?.queryTokens, [...base, "rankings", "queryTokens"]);
  return out;
}

const clamp = (value: number, d: AnyDistribution): number => Math.min(Math.max(value, d.min ?? -Infinity), d.max ?? Infinity);

/** Mixture weights normalized to shares; all-zero weights count as an even split. */
function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 1 / weights.length));
}

/**
 * The expected value of a sample. A `min`/`max` clamp is applied to the expectation rather than to every sample:
 * exact whenever the clamp decides the question (all samples raised to at least `min`, or all lowered to at most
 * `max`), an approximation otherwise — good enough for "is the average at least 1".
 */
export function expectedValue(d: AnyDistribution): number {
  switch (d.type) {
    case "fixed":
      return clamp(d.value, d);
    case "normal":
    case "lognormal":
      return clamp(d.mean, d);
    case "empirical": {
      const s = shares(d.points.map((p) => p.weight));
      return clamp(d.points.reduce((sum, p, i) => sum + p.value * (s[i] ?? 0), 0), d);
    }
    case "multimodal": {
      const s = shares(d.peaks.map((p) => p.weight));
      return clamp(d.peaks.reduce((sum, p, i) => sum + expectedValue(p) * (s[i] ?? 0), 0), d);
    }
  }
}

/**
 * The largest value a sample can take (Infinity when unbounded): a normal with spread and a skewed lognormal have no
 * upper end unless `max` gives one; `min` raises it (every sample is at least `min`); points and peaks of weight 0
 * are never drawn.
 */
export function upperBound(d: AnyDistribution): number {
  let top: number;
  switch (d.type) {
    case "fixed":
      top = d.value;
      break;
    case "normal":
      top = d.stddev > 0 ? Infinity : d.mean;
      break;
    case "lognormal":
      top = d.median < d.mean ? Infinity : d.mean;
      break;
    case "empirical":
      top = Math.max(...d.points.filter((p) => p.weight > 0).map((p) => p.value));
      break;
    case "multimodal":
      top = Math.max(...d.peaks.filter((p) => p.weight > 0).map(upperBound));
      break;
  }
  return clamp(top, d);
}
