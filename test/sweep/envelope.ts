/**
 * Small normalized envelopes for the sweep tests, written as the normalize stage leaves them: camelCase keys,
 * `models.items`, a `datasets` list with names, a `phases` list with a `kind` on each phase.
 */
import type { SweepExpansion } from "../../src/sweep/types.ts";

type Obj = Record<string, unknown>;

/** A poisson profiling phase. */
export const profiling = (extra: Obj = {}): Obj => ({ name: "profiling", kind: "profiling", type: "poisson", rate: 20, duration: 120, concurrency: 64, ...extra });

/** A concurrency warmup phase. */
export const warmup = (extra: Obj = {}): Obj => ({ name: "warmup", kind: "warmup", type: "concurrency", requests: 50, concurrency: 8, excludeFromResults: true, ...extra });

/** A synthetic dataset named `default` (what a singular `dataset:` becomes). */
export const dataset = (extra: Obj = {}): Obj => ({ name: "default", type: "synthetic", entries: 500, prompts: { isl: 512, osl: 128 }, ...extra });

/** A normalized envelope: a benchmark with the given phases and datasets, plus root keys. */
export function envelope(opts: { phases?: Obj[]; datasets?: Obj[]; benchmark?: Obj; root?: Obj } = {}): Obj {
  return {
    schemaVersion: "2.0",
    benchmark: {
      models: { strategy: "round_robin", items: [{ name: "meta-llama/Llama-3.1-8B-Instruct" }] },
      endpoint: { urls: ["http://localhost:8000/v1/chat/completions"], type: "chat", streaming: true },
      datasets: opts.datasets ?? [dataset()],
      phases: opts.phases ?? [warmup(), profiling()],
      ...opts.benchmark,
    },
    ...opts.root,
  };
}

/** A value at a data path. */
export function at(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
}

/** All variants, materialized (small sweeps only). */
export function all(x: SweepExpansion) {
  return [...x.variants()];
}

/** The messages of the error findings. */
export const errors = (x: SweepExpansion): string[] => x.findings.filter((f) => f.severity === "error").map((f) => f.message);

/** The messages of the warning findings. */
export const warnings = (x: SweepExpansion): string[] => x.findings.filter((f) => f.severity === "warning").map((f) => f.message);
