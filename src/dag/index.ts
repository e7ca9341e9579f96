/**
 * The phase DAG (design §3): AIPerf's metric registry, `planPhases` (config → validated, ordered plan) and `runPlan`
 * (a plan + a phase runner → every phase's outcome). The semantic rules in src/rules/dag-rules.ts report the
 * planner's findings during `validate`; the CLI's `plan` command prints and runs plans.
 */
export { METRICS, DISTRIBUTION_STATS, SINGLE_VALUE_STATS, findMetric, checkMetricName, checkMetricStat, type MetricDefinition, type MetricCheck } from "./metric-registry.js";
export { planPhases } from "./plan-phases.js";
export type { PhasePlan, PlanNode, PlanEdge, PlanFinding, PlanCheck } from "./plan-types.js";
export { runPlan, type RunPhase, type RunOptions, type RunEvent, type PhaseContext, type PhaseRunResult } from "./run-plan.js";
export { checkConvergence, type PhaseOutcome, type PhaseResult, type PhaseMetrics } from "./decide-phase.js";
