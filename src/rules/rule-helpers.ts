/**
 * Small pieces shared by the rule files: building findings, formatting values the way AIPerf prints them, and the
 * lookups several areas need (which dataset and which endpoint a phase uses, every endpoint block of the config).
 */
import type { AiperfConfig, Dataset, Endpoint, Phase } from "../../generated/types/canonical.js";
import type { DataPath, DiagnosticCode, Finding } from "../diagnostics.js";
import type { Rule, RuleContext } from "./rule.js";

/** Optional parts of a finding. */
export interface FindingExtras {
  hint?: string | undefined;
  related?: { path: DataPath; message: string }[];
}

/** A finding whose severity follows its code (`E_…` errors, `W_…` warnings). */
export function finding(code: DiagnosticCode, path: DataPath, message: string, extras: FindingExtras = {}): Finding {
  const out: Finding = { severity: code.startsWith("W_") ? "warning" : "error", code, message, path };
  if (extras.hint !== undefined) out.hint = extras.hint;
  if (extras.related?.length) out.related = extras.related;
  return out;
}

/** A rule that looks at each phase on its own; findings come out in phase order. */
export const perPhase = (name: string, check: (phase: Phase, index: number, ctx: RuleContext) => Finding[]): Rule => ({
  name,
  check: (ctx) => ctx.config.benchmark.phases.flatMap((phase, index) => check(phase, index, ctx)),
});

/** Path of a phase, or of a field inside it. */
export const phasePath = (index: number, ...rest: (string | number)[]): DataPath => ["benchmark", "phases", index, ...rest];

/** Path of a dataset, or of a field inside it. */
export const datasetPath = (index: number, ...rest: (string | number)[]): DataPath => ["benchmark", "datasets", index, ...rest];

/** Names as AIPerf prints a Python list of strings: `['warmup', 'profiling']`. */
export const pyList = (names: readonly string[]): string => `[${names.map((n) => `'${n}'`).join(", ")}]`;

/**
 * A number as Python prints a float (`1.0`, `0.9`), rounded so that sums such as 0.1 + 0.2 do not show binary noise.
 */
export function pyFloat(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
}

/** The field's path when the user wrote it, else the closest written container (so a position can be found). */
export const writtenOr = (wasSet: (p: DataPath) => boolean, field: DataPath, fallback: DataPath): DataPath =>
  wasSet(field) ? field : fallback;

/** Which dataset a phase draws from (design §3, `dataset` row). */
export type PhaseDataset =
  | { kind: "found"; dataset: Dataset; index: number }
  /** `phase.dataset` names no entry. */
  | { kind: "unknown"; name: string }
  /** No `phase.dataset`, several datasets and none named `default`. */
  | { kind: "ambiguous" };

/**
 * `phase.dataset` if set; else the only dataset; else the one named `default`. The reference rules report the
 * `unknown` and `ambiguous` outcomes; every other rule simply skips phases whose dataset is not found.
 */
export function datasetOfPhase(config: AiperfConfig, phase: Phase): PhaseDataset {
  const datasets = config.benchmark.datasets;
  const wanted = phase.dataset ?? (datasets.length === 1 ? datasets[0]?.name : "default");
  const index = datasets.findIndex((d) => d.name === wanted);
  const dataset = datasets[index];
  if (dataset) return { kind: "found", dataset, index };
  return phase.dataset === undefined ? { kind: "ambiguous" } : { kind: "unknown", name: phase.dataset };
}

/** One endpoint block with its path: `benchmark.endpoint` first, then every `benchmark.endpointProfiles` entry. */
export interface EndpointBlock {
  endpoint: Endpoint;
  path: DataPath;
  /** How messages name it: `endpoint` or `endpoint profile 'canary'`. */
  label: string;
}

/** Every endpoint block of the config, in a stable order. */
export function endpointBlocks(config: AiperfConfig): EndpointBlock[] {
  const blocks: EndpointBlock[] = [{ endpoint: config.benchmark.endpoint, path: ["benchmark", "endpoint"], label: "endpoint" }];
  for (const [name, endpoint] of Object.entries(config.benchmark.endpointProfiles ?? {})) {
    if (endpoint) blocks.push({ endpoint, path: ["benchmark", "endpointProfiles", name], label: `endpoint profile '${name}'` });
  }
  return blocks;
}

/**
 * The endpoint a phase sends to: its `endpoint` profile (`default` means `benchmark.endpoint`), else
 * `benchmark.endpoint`. Undefined when the phase names a profile that does not exist (a reference rule reports it).
 */
export function endpointOfPhase(config: AiperfConfig, phase: Phase): Endpoint | undefined {
  if (phase.endpoint === undefined || phase.endpoint === "default") return config.benchmark.endpoint;
  return config.benchmark.endpointProfiles?.[phase.endpoint];
}

/**
 * Entries whose key repeats an earlier entry's key: each later index with the index of the first one. Used for
 * unique-name rules.
 */
export function duplicates<T>(items: readonly T[], key: (item: T) => string): { index: number; first: number }[] {
  const firstByKey = new Map<string, number>();
  const out: { index: number; first: number }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = firstByKey.get(k);
    if (first === undefined) firstByKey.set(k, index);
    else out.push({ index, first });
  });
  return out;
}
