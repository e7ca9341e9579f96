/**
 * AIPerf's names for a variation (format-today §8 "Variation naming"): the label `k1=v1, k2=v2`, and the result
 * folder `{last_segment}_{value}` joined by `__` with unsafe characters stripped (`SweepVariation.dir_name`).
 */
import { formatPythonStr } from "./python-format.js";

/** One labelled value: the label key (`phases.profiling.concurrency`), its last segment, the value, its Python float-ness. */
export interface LabelledValue {
  key: string;
  lastSegment: string;
  value: unknown;
  isFloat: boolean;
}

/** `k1=v1, k2=v2`, values printed with Python's `str`. */
export function formatLabel(values: readonly LabelledValue[]): string {
  return values.map((v) => `${v.key}=${formatPythonStr(v.value, v.isFloat)}`).join(", ");
}

/**
 * The folder name: `{last_segment}_{value}` joined by `__`, sanitized. A nested value (a mapping or list) has no
 * readable folder form, so the sanitized label is used; when that is empty too, `variation_{index}`.
 */
export function formatDirName(values: readonly LabelledValue[], label: string, index: number): string {
  const nested = values.some((v) => typeof v.value === "object" && v.value !== null);
  const fromValues = nested ? "" : sanitizeDirSegment(values.map((v) => `${v.lastSegment}_${formatPythonStr(v.value, v.isFloat)}`).join("__"));
  return fromValues || sanitizeDirSegment(label) || `variation_${index}`;
}

/** AIPerf's `_sanitize_dir_segment`: drop `/`, `\` and `..`, then `< > : " | ? *`. */
export function sanitizeDirSegment(segment: string): string {
  return segment.replace(/[/\\]|\.\./g, "").replace(/[<>:"|?*]/g, "");
}
