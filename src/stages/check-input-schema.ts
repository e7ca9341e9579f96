import { loadValidator } from "../load-validator.js";
import { isMapping } from "../normalizers/edit.js";
import type { Diagnostic } from "../diagnostics.js";
import { schemaDiagnostics } from "../schema-errors.js";
import type { StageContext } from "./stage-context.js";

/**
 * The published input schema, on the config as the user wrote it (after env substitution): every shape error at the
 * user's own path, all of them at once, before any normalizer runs. The normalizers can then trust the shapes.
 */
export function checkInputSchema(envelope: Record<string, unknown>, ctx: StageContext): Diagnostic[] {
  const shapes = listShapes(envelope, ctx);
  if (shapes.length > 0) return shapes;
  const validateInput = loadValidator("input");
  if (validateInput(envelope)) return [];
  // A template is checked where it is used, against the block it is used in (design §4), after `extends:` is
  // resolved and at the template's own positions: here it could only be "not any kind of block".
  const errors = (validateInput.errors ?? []).filter((e) => !e.instancePath.startsWith("/templates") || /^\/templates\/[^/]+\/extends/.test(e.instancePath) || (e.instancePath === "/templates" && e.keyword !== "if"));
  if (errors.length === 0) return [];
  const diagnostics = schemaDiagnostics(errors, envelope, ctx);
  if (!("benchmark" in envelope) && diagnostics.every((d) => !d.message.includes("benchmark"))) {
    diagnostics.unshift(ctx.at(envelope, [], "error", "E_NO_BENCHMARK", "the config has no benchmark: block", { hint: "add benchmark: with models, endpoint, datasets and phases" }));
  }
  return diagnostics;
}


/**
 * The old dict shapes of `phases:` and `datasets:` get AIPerf's own explanation (format-today §3, §4 step 6) instead
 * of a schema error about a missing `type`.
 */
function listShapes(envelope: Record<string, unknown>, ctx: StageContext): Diagnostic[] {
  const benchmark = envelope["benchmark"];
  if (!isMapping(benchmark)) return [];
  const out: Diagnostic[] = [];
  const phases = benchmark["phases"];
  const phasesHint = "write phases: [{name: warmup, type: …}, {name: profiling, type: …}], or one phase as phases: {type: …}";
  if (isMapping(phases) && !("type" in phases) && Object.values(phases).some(isMapping)) {
    out.push(ctx.at(envelope, ["benchmark", "phases"], "error", "E_TYPE", "phases must be a list of named phase configs (e.g. [{name: warmup, ...}, {name: profiling, ...}]); the dict shape is not supported.", { hint: phasesHint }));
  } else if (Array.isArray(phases)) {
    phases.forEach((entry, i) => {
      if (!isMapping(entry)) out.push(ctx.at(envelope, ["benchmark", "phases", i], "error", "E_TYPE", `phases must be a list of named phase configs; entry ${i} is not a mapping`, { hint: phasesHint }));
    });
  }
  const datasets = benchmark["datasets"];
  if (isMapping(datasets)) {
    out.push(ctx.at(envelope, ["benchmark", "datasets"], "error", "E_TYPE", "datasets must be a list of named entries (was a dict in earlier versions); got dict.", { hint: "write datasets: [{name: main, type: …}] or a single dataset: {…}" }));
  }
  return out;
}
