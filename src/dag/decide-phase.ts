/**
 * The decisions the runner takes about one phase, as pure functions over results (design §3 "Outcomes"): before it
 * starts (its edges, its carry-over source, its `when`) and after it ran (its `convergence`). Each returns the
 * outcome and the reason a user reads in `plan --assume`, or nothing when the phase may go on.
 */
import type { ComparisonOp, MetricCondition, Phase } from "../../generated/types/canonical.js";
import { evaluateExpression, isTruthy } from "../expressions/index.js";
import type { PlanNode } from "./plan-types.js";

/** How a phase ended. */
export type PhaseOutcome = "succeeded" | "failed" | "skipped" | "cancelled";

/** A phase's metrics: metric name → statistic → value, e.g. `{time_to_first_token: {p99: 480}}`. */
export type PhaseMetrics = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** One phase's result. */
export interface PhaseResult {
  outcome: PhaseOutcome;
  /** Why: `completed`, `when false`, `parent 'x' skipped`, `convergence: time_to_first_token p99 612 > 500`, … */
  reason: string;
  /** What the runner reported (phases that ran). */
  metrics?: PhaseMetrics;
}

/** A verdict that stops a phase before it runs. */
export interface Verdict {
  outcome: "skipped" | "cancelled";
  reason: string;
}

/**
 * Every edge must accept its dependency's outcome (`on`, default `[succeeded]`); the first edge, in the order written,
 * that does not, skips the phase. A cancelled dependency cancels it (only an abort cancels, and an abort cancels
 * everything still pending anyway).
 */
export function checkEdges(node: PlanNode, results: readonly (PhaseResult | undefined)[]): Verdict | undefined {
  for (const edge of node.dependsOn) {
    const outcome = (results[edge.index] as PhaseResult).outcome;
    if (outcome === "cancelled") return { outcome: "cancelled", reason: `parent '${edge.phase}' cancelled` };
    if (!(edge.on as readonly string[]).includes(outcome)) return { outcome: "skipped", reason: `parent '${edge.phase}' ${outcome}` };
  }
  return undefined;
}

/** State can be carried over only from a source that succeeded. */
export function checkCarryOver(phase: Phase, sourceResult: PhaseResult | undefined): Verdict | undefined {
  if (!phase.carryOver || sourceResult?.outcome === "succeeded") return undefined;
  return { outcome: "skipped", reason: `carry_over from '${phase.carryOver.from}' ${sourceResult?.outcome ?? "did not run"}` };
}

/**
 * The `when` over `scope` (`{phases: {name: {outcome, metrics}}}` of the phase's ancestors). False skips; so does a
 * condition that cannot be decided (a metric missing because an ancestor was skipped, a value of the wrong type):
 * a phase never runs on a condition nobody could check, and evaluation never throws.
 */
export function checkWhen(phase: Phase, scope: Readonly<Record<string, unknown>>): Verdict | undefined {
  if (phase.when === undefined) return undefined;
  const result = evaluateExpression(phase.when, scope);
  if (!result.ok) return { outcome: "skipped", reason: `when: ${result.error.message}` };
  return isTruthy(result.value) ? undefined : { outcome: "skipped", reason: "when false" };
}

/** What a missed condition prints: the relation that held instead of the one required. */
const VIOLATION: Record<ComparisonOp, string> = { lt: ">=", le: ">", gt: "<=", ge: "<" };
const HOLDS: Record<ComparisonOp, (value: number, threshold: number) => boolean> = {
  lt: (v, t) => v < t,
  le: (v, t) => v <= t,
  gt: (v, t) => v > t,
  ge: (v, t) => v >= t,
};

/**
 * The phase's own metrics against its `convergence` conditions: every miss (or missing statistic) is listed, and any
 * makes the phase failed. Undefined when all hold.
 */
export function checkConvergence(conditions: readonly MetricCondition[] | undefined, metrics: PhaseMetrics): string | undefined {
  const misses: string[] = [];
  for (const c of conditions ?? []) {
    const value = metrics[c.metric]?.[c.stat];
    if (typeof value !== "number" || Number.isNaN(value)) misses.push(`${c.metric} ${c.stat} missing from the results`);
    else if (!HOLDS[c.op](value, c.threshold)) misses.push(`${c.metric} ${c.stat} ${value} ${VIOLATION[c.op]} ${c.threshold}`);
  }
  return misses.length ? `convergence: ${misses.join("; ")}` : undefined;
}
