/**
 * The types of the expand stage (design §5): a normalized envelope goes in, a lazy list of variants comes out.
 */
import type { DataPath, Finding } from "../diagnostics.js";

/** What `expandSweep` reads. */
export interface SweepInput {
  /**
   * The normalized envelope: canonical camelCase keys, shorthands expanded, templates applied, values not rendered
   * (`"{{ x }}"` strings may remain), `sweep.type` filled. It is never mutated.
   */
  envelope: Record<string, unknown>;
  /**
   * Python-repr help: was list item `index` of sweep parameter `param` written as a float literal (`10.0`, `1e3`)?
   * AIPerf prints such a value as `10.0` in labels and folder names. For a magic list (a list under a phase field,
   * no `sweep:` block), `param` is the list's data path as `formatPath` prints it, e.g. `benchmark.phases[1].rate`.
   */
  isFloatLiteral?: (param: string, index: number) => boolean;
}

/** One value written by a variant: which sweep parameter, where it lands, what it is. */
export interface Assignment {
  /** The sweep parameter as the user wrote it (`concurrency`, `dataset.prompts.isl`). */
  param: string;
  /** The resolved canonical path from the envelope root, e.g. `["benchmark", "phases", 1, "rate"]`. */
  path: DataPath;
  value: unknown;
}

/** One variation of the benchmark. */
export interface Variant {
  /** 0-based position in AIPerf's order. */
  index: number;
  /** A short unique-in-practice handle for `--variant NAME`: the folder name. */
  name: string;
  /** AIPerf's label: `phases.profiling.concurrency=8, rate=10.0`, a scenario's name, `sobol_0007` or `base`. */
  label: string;
  /** AIPerf's result folder name: `concurrency_8__isl_512`, a scenario's name, or `base`. */
  dirName: string;
  /** The values this variant writes (empty for the base and for scenario runs). */
  assignments: Assignment[];
  /**
   * AIPerf's `SweepVariation.values`: label key → value for grid, zip, magic and sampling sweeps; a scenario run's
   * `values:` block, or else its overrides (`{benchmark: …, variables: …}`).
   */
  values: Record<string, unknown>;
  /**
   * The envelope without `sweep` and `multiRun`, with the assignments (or the scenario run) applied and
   * `randomSeed` set to base + index unless `sameSeed`. Changed containers are copies; unchanged subtrees are shared
   * with the input, so treat the config as read-only.
   */
  config: Record<string, unknown>;
}

/** Which expansion produced the variants. */
export type SweepKind = "none" | "grid" | "zip" | "scenarios" | "magic" | "adaptive_search" | "sobol" | "latin_hypercube";

/** The result of `expandSweep`: a count and a lazy, random-access list of variants. */
export interface SweepExpansion {
  kind: SweepKind;
  /** Number of variants, computed without building them; 0 when `findings` holds an error. */
  count: number;
  /** Yields the variants in order, building each one on demand. */
  variants(): Iterable<Variant>;
  /** Builds variant `index` (0 ≤ index < count) without building the others; throws a RangeError outside. */
  variant(index: number): Variant;
  /** Errors and warnings, at data paths into the envelope (e.g. `["sweep", "parameters", "phases.profilling.rate"]`). */
  findings: Finding[];
}
