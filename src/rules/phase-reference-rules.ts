/**
 * Phase reference rules (design §3 `dataset`, `model` and `endpoint` rows): a phase's dataset, model and endpoint
 * must name entries that exist, with a "did you mean" hint for typos, and per-phase endpoints need an opt-in.
 */
import { didYouMeanHint } from "./did-you-mean.js";
import type { Rule } from "./rule.js";
import { datasetOfPhase, finding, perPhase, phasePath, pyList } from "./rule-helpers.js";

/** The phase reference rules. */
export const PHASE_REFERENCE_RULES: readonly Rule[] = [
  perPhase("A phase's dataset names an entry of benchmark.datasets", (phase, i, { config }) => {
    const names = config.benchmark.datasets.map((d) => d.name);
    const source = datasetOfPhase(config, phase);
    if (source.kind === "unknown") {
      return [
        finding("E_UNKNOWN_DATASET_REF", phasePath(i, "dataset"), `Phase '${phase.name}': unknown dataset '${source.name}'; benchmark.datasets has ${pyList(names)}`, {
          hint: didYouMeanHint(source.name, names),
        }),
      ];
    }
    if (source.kind === "ambiguous") {
      return [
        finding("E_PHASES", phasePath(i), `Phase '${phase.name}' does not say which dataset it uses: benchmark.datasets has ${names.length} entries ${pyList(names)} and none is named 'default'`, {
          hint: "set dataset: <name> on the phase, or name one dataset 'default'",
        }),
      ];
    }
    return [];
  }),
  perPhase("A phase's model names an entry of benchmark.models.items", (phase, i, { config }) => {
    const names = config.benchmark.models.items.map((m) => m.name);
    if (phase.model === undefined || names.includes(phase.model)) return [];
    return [
      finding("E_UNKNOWN_MODEL_REF", phasePath(i, "model"), `Phase '${phase.name}': unknown model '${phase.model}'; benchmark.models.items has ${pyList(names)}`, {
        hint: didYouMeanHint(phase.model, names),
      }),
    ];
  }),
  perPhase("A phase's endpoint names an endpoint profile or default", (phase, i, { config }) => {
    const profiles = Object.keys(config.benchmark.endpointProfiles ?? {});
    if (phase.endpoint === undefined || phase.endpoint === "default" || profiles.includes(phase.endpoint)) return [];
    const names = ["default", ...profiles];
    return [
      finding("E_UNKNOWN_ENDPOINT_REF", phasePath(i, "endpoint"), `Phase '${phase.name}': unknown endpoint '${phase.endpoint}'; choose 'default' (benchmark.endpoint) or a benchmark.endpoint_profiles entry: ${pyList(profiles)}`, {
        hint: didYouMeanHint(phase.endpoint, names),
      }),
    ];
  }),
  // Off by default so that one benchmark measures one server (design §3). Every value needs the opt-in, `default`
  // included, so that the field never appears in a config that has not opted in.
  perPhase("A per-phase endpoint requires allowPerPhaseEndpoint", (phase, i, { config }) => {
    if (phase.endpoint === undefined || config.benchmark.allowPerPhaseEndpoint) return [];
    return [
      finding("E_PHASES", phasePath(i, "endpoint"), `Phase '${phase.name}' selects endpoint '${phase.endpoint}', but per-phase endpoints are off: a benchmark measures one server unless it opts in`, {
        hint: "set benchmark.allow_per_phase_endpoint: true to let phases choose an endpoint profile",
      }),
    ];
  }),
];
