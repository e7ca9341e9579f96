/**
 * The types of the plan stage (design §2 step 12, §3): what `planPhases` returns and `runPlan` executes.
 */
import type { DependencyOutcome, FailurePolicy, Phase } from "../../generated/types/canonical.js";
import type { Finding } from "../diagnostics.js";

/** Which check of the plan a finding comes from; each is one semantic rule in src/rules/dag-rules.ts. */
export type PlanCheck = "dependencies" | "cycle" | "when" | "carry-over" | "seamless" | "metrics";

/** A finding of the planner, tagged with its check. `path` is canonical (`benchmark.phases[2].dependsOn[0].phase`). */
export interface PlanFinding extends Finding {
  check: PlanCheck;
}

/** One `dependsOn` edge to a phase that exists. */
export interface PlanEdge {
  /** The dependency's name. */
  phase: string;
  /** The dependency's position in `benchmark.phases`. */
  index: number;
  /** The edge's position in the phase's own `dependsOn` list (for positions in messages). */
  entry: number;
  /** The dependency's outcomes that let the phase run. */
  on: readonly DependencyOutcome[];
}

/** One phase of the plan. */
export interface PlanNode {
  name: string;
  /** Position in `benchmark.phases`. */
  index: number;
  /** Position in `PhasePlan.order`; -1 for a phase on or behind a dependency cycle. */
  rank: number;
  /** The canonical phase entry. */
  phase: Phase;
  /** Edges to existing phases, in the order written (an unknown or repeated dependency is reported, not kept). */
  dependsOn: readonly PlanEdge[];
  /** Positions of the phases that depend on this one, ascending. */
  dependents: readonly number[];
}

/** The phase DAG of one variant: pure data, the same for the same config. */
export interface PhasePlan {
  /** Every phase, in list order. */
  nodes: readonly PlanNode[];
  /** Phase names, dependencies first, ties in list order. Complete unless there is a cycle. */
  order: readonly string[];
  /** `benchmark.failurePolicy`. */
  failurePolicy: FailurePolicy;
  /** `benchmark.maxParallel`. */
  maxParallel: number;
  /** The node of each name (the first, should names repeat: the phase rules report that). */
  byName: ReadonlyMap<string, PlanNode>;
  /** Every problem found, errors and warnings. */
  findings: readonly PlanFinding[];
  /**
   * False when the graph itself is broken (a cycle, or a dependency on a phase that does not exist), so `runPlan`
   * cannot run it. Other findings (a `when` over a non-ancestor, an unknown metric) leave it runnable: they decide
   * outcomes at run time (skipped, failed) instead.
   */
  runnable: boolean;
}

/** The graph as the checks see it, by list position. */
export interface PhaseGraph {
  phases: readonly Phase[];
  names: readonly string[];
  /** Name → position of the first phase with that name. */
  indexOf: ReadonlyMap<string, number>;
  /** Known dependencies of each phase, each once, in the order written. */
  dependencies: readonly (readonly number[])[];
  /** Topological order (positions). */
  order: readonly number[];
  /** Position in `order` of each phase; -1 when not placed. */
  rank: Int32Array;
}
