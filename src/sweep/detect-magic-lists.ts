/**
 * Magic lists (format-today §8): with no `sweep:` block, a list of numbers under certain phase fields
 * (`concurrency: [8, 16, 32]`) is a grid sweep over that field. Only fields directly on a named phase count; a list
 * anywhere else is left to validation, as AIPerf's `detect_sweep_fields` does.
 */
import { formatPath } from "../diagnostics.js";
import type { SweepParameter } from "./prepare-parameters.js";
import { snakeCase } from "./schema-fields.js";

/**
 * The phase fields whose number lists expand (canonical names). AIPerf's MAGIC_LIST_FIELDS also holds names that
 * are no phase field (`level`, `count`, `time`, `mean`) and CLI flag names; those could never match a valid phase.
 */
export const MAGIC_LIST_FIELDS: ReadonlySet<string> = new Set([
  "concurrency", "prefillConcurrency", "rate", "requests", "duration", "sessions", "users", "smoothness", "gracePeriod",
]);

/**
 * The magic lists of a normalized envelope as grid parameters, in phase order then field order (AIPerf does not sort
 * them). Labels use AIPerf's spelling, `phases.<phase name>.<snake_case field>`.
 */
export function detectMagicLists(envelope: Record<string, unknown>, isFloatLiteral: (param: string, index: number) => boolean): SweepParameter[] {
  const benchmark = envelope.benchmark;
  const phases = typeof benchmark === "object" && benchmark !== null ? (benchmark as Record<string, unknown>).phases : undefined;
  if (!Array.isArray(phases)) return [];
  const found: SweepParameter[] = [];
  phases.forEach((phase: unknown, i) => {
    if (typeof phase !== "object" || phase === null || Array.isArray(phase)) return;
    const { name } = phase as Record<string, unknown>;
    if (typeof name !== "string") return;
    for (const [field, value] of Object.entries(phase as Record<string, unknown>)) {
      // An empty list would give AIPerf zero variations (and then the base); it is left for validation to reject.
      if (!MAGIC_LIST_FIELDS.has(field) || !Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "number")) continue;
      const path = ["benchmark", "phases", i, field];
      const labelKey = `phases.${name}.${snakeCase(field)}`;
      found.push({ param: labelKey, labelKey, lastSegment: snakeCase(field), path, values: value, isFloat: (k) => isFloatLiteral(formatPath(path), k) });
    }
  });
  return found;
}
