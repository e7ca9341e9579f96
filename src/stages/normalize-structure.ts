import type { Diagnostic } from "../diagnostics.js";
import { Editor, isMapping, type Mapping } from "../normalizers/edit.js";
import { renameKeys } from "../normalizers/rename-keys.js";
import { applyStructureRules } from "../normalizers/structure-rules.js";
import type { StageContext } from "./stage-context.js";

/**
 * A config after stage 5: camelCase keys, structural shorthands expanded (models.items, datasets and phases as lists
 * of named entries, urls, conditions), the sweep's `type` filled. Values are still as written (durations as
 * strings, templates unrendered).
 */
export type NormalizedInput = Mapping & { benchmark: Mapping };

/**
 * Stage 5: canonical spelling, then the structural shorthands (structure-rules.ts) on the body and on every scenario
 * run's partial body. Runs after the input schema passed, so every shape here is one the schema allows.
 */
export function normalizeStructure(envelope: Mapping, ctx: StageContext): { config: NormalizedInput; diagnostics: Diagnostic[]; ambiguous: boolean } {
  const edit = new Editor(ctx.map);
  const report = { collisions: 0 };
  let out = renameKeys(envelope, edit, undefined, report) as Mapping;
  let ambiguous = report.collisions > 0 || hasConflicts(out["benchmark"]);
  const benchmark = out["benchmark"];
  if (isMapping(benchmark)) out = edit.with(out, { benchmark: applyStructureRules(benchmark, edit, { singularDatasetName: "default" }) });
  const sweep = out["sweep"];
  if (isMapping(sweep)) {
    let nextSweep = "type" in sweep ? sweep : edit.with(sweep, { type: "grid" });
    const runs = nextSweep["runs"];
    if (Array.isArray(runs)) {
      // A singular `dataset:` in a run overrides the base dataset, whatever it is called (format-today §8).
      const baseDatasets = (out["benchmark"] as Mapping)["datasets"];
      const only = Array.isArray(baseDatasets) && baseDatasets.length === 1 && isMapping(baseDatasets[0]) ? String(baseDatasets[0]["name"]) : "default";
      const nextRuns = edit.mapList(runs, (run) => {
        if (!isMapping(run) || !isMapping(run["benchmark"])) return run;
        if (hasConflicts(run["benchmark"])) ambiguous = true;
        return edit.with(run, { benchmark: applyStructureRules(run["benchmark"], edit, { singularDatasetName: only }) });
      });
      if (nextRuns !== runs) nextSweep = edit.with(nextSweep, { runs: nextRuns });
    }
    if (nextSweep !== sweep) out = edit.with(out, { sweep: nextSweep });
  }
  return { config: out as NormalizedInput, diagnostics: [], ambiguous };
}

/** Shorthand pairs that must not appear together (the input schema rejects them; the normalizers would pick one). */
const CONFLICTS: readonly (readonly [string, string])[] = [["model", "models"], ["dataset", "datasets"], ["warmup", "phases"], ["profiling", "phases"]];

function hasConflicts(body: unknown): boolean {
  if (!isMapping(body)) return false;
  if (CONFLICTS.some(([a, b]) => a in body && b in body)) return true;
  const phases = body["phases"];
  return Array.isArray(phases) && phases.some((p) => isMapping(p) && (Array.isArray(p["sla"]) && p["sla"].some((c) => isMapping(c) && "metricTag" in c && "metric" in c) || (isMapping(p["adaptiveScale"]) && "window" in p["adaptiveScale"] && "assessmentPeriod" in p["adaptiveScale"])));
}
