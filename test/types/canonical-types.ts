/**
 * Compile-time checks of the generated types, run by `npm run typecheck` (part of `npm test`). Each
 * `@ts-expect-error` line must be an error: if a schema change made it compile, tsc reports the unused directive.
 */
import type { AiperfConfig, AiperfConfigInput, ConcurrencyPhase, Distribution, Phase, PoissonPhase, Sweep } from "../../generated/types/index.js";

const poisson: PoissonPhase = {
  name: "steady", kind: "profiling", excludeFromResults: false, type: "poisson", rate: 20, duration: 120, sla: [], seamless: false, dependsOn: [],
};

// A phase union narrows on `type`.
export function rateOf(phase: Phase): number | undefined {
  if (phase.type === "poisson") return phase.rate;
  // @ts-expect-error: a concurrency phase has no rate.
  if (phase.type === "concurrency") return phase.rate;
  return undefined;
}

// @ts-expect-error: canonical phases carry their kind.
export const noKind: PoissonPhase = { name: "x", excludeFromResults: false, type: "poisson", rate: 1, sla: [], seamless: false, dependsOn: [] };

// @ts-expect-error: canonical keys are camelCase only.
export const snake: PoissonPhase = { ...poisson, grace_period: 30 };

// @ts-expect-error: "burst" is not a phase type.
export const unknownType: Phase = { ...poisson, type: "burst" };

// @ts-expect-error: canonical numbers are numbers, not templates.
export const templated: ConcurrencyPhase["concurrency"] = "{{ base * 2 }}";

// Durations are seconds or "inf".
export const forever: PoissonPhase["duration"] = "inf";
// @ts-expect-error: duration strings are input-only.
export const twoMinutes: PoissonPhase["duration"] = "2m";

// @ts-expect-error: a canonical distribution always says its type.
export const untyped: Distribution = { mean: 512, stddev: 10 };

// @ts-expect-error: sweep types are a closed set.
export const bayes: Sweep["type"] = "bayesian";

// Input types take what users write: both spellings, shorthands, templates, duration strings.
export const written: AiperfConfigInput = {
  schema_version: "2.0",
  benchmark: {
    model: "meta-llama/Llama-3.1-8B-Instruct",
    endpoint: { url: "${INFERENCE_URL:http://localhost:8000}", streaming: true },
    dataset: { prompts: { isl: 512, osl: { mean: 128, stddev: 16 } } },
    warmup: { type: "concurrency", requests: "{{ base * 5 }}", concurrency: 4 },
    profiling: { type: "poisson", rate: 20, duration: "2m", grace_period: "30s" },
  },
};

// @ts-expect-error: the input type still knows the phase types.
export const writtenBadType: AiperfConfigInput = { benchmark: { ...written.benchmark, profiling: { type: "burst" } } };

export type { AiperfConfig };
