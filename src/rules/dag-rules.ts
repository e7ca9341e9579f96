/**
 * DAG rules (design §3): the phase graph's own checks, reported by `validate` at the field's position. The planner
 * (src/dag/plan-phases.ts) finds them all in one pass; each rule here is one of its checks, so every check has its
 * name and fixtures like any other rule. The last rule checks the metric names outside phases against the same
 * registry (`slos`, sweep SLA filters and search objectives, multi-run convergence).
 */
import type { AiperfConfig, MetricCondition } from "../../generated/types/canonical.js";
import { checkMetricName, checkMetricStat } from "../dag/metric-registry.js";
import { planPhases } from "../dag/plan-phases.js";
import type { PhasePlan, PlanCheck } from "../dag/plan-types.js";
import { formatPath, type DataPath, type Finding } from "../diagnostics.js";
import type { Rule, RuleContext } from "./rule.js";
import { finding } from "./rule-helpers.js";

// Six rules read one plan: plan each config once.
const plans = new WeakMap<AiperfConfig, PhasePlan>();
function planOf(config: AiperfConfig): PhasePlan {
  let plan = plans.get(config);
  if (!plan) plans.set(config, (plan = planPhases(config)));
  return plan;
}

/** Depth of `benchmark.phases[i]`: a finding never moves above its phase. */
const PHASE_DEPTH = 3;

/**
 * The longest part of `path` the user wrote: an edge the loader filled in (a phase without `depends_on` depends on
 * the one before) is reported at its phase, not at a `dependsOn` the user cannot find in the file.
 */
function written(path: DataPath, wasSet: RuleContext["wasSet"]): DataPath {
  for (let length = path.length; length > PHASE_DEPTH; length--) if (wasSet(path.slice(0, length))) return path.slice(0, length);
  return path.slice(0, Math.min(PHASE_DEPTH, path.length));
}

const fromPlan = (name: string, check: PlanCheck): Rule => ({
  name,
  check: ({ config, wasSet }) =>
    planOf(config)
      .findings.filter((f) => f.check === check)
      .map(({ check: _check, ...f }): Finding => {
        const out: Finding = { ...f, path: written(f.path, wasSet) };
        if (f.related) out.related = f.related.map((r) => ({ ...r, path: written(r.path, wasSet) }));
        return out;
      }),
});

/** The DAG rules. */
export const DAG_RULES: readonly Rule[] = [
  fromPlan("A phase depends only on existing phases, each listed once", "dependencies"),
  fromPlan("Phase dependencies form no cycle", "cycle"),
  fromPlan("A phase's when reads only its ancestors' results", "when"),
  fromPlan("A phase carries state over only from an ancestor", "carry-over"),
  fromPlan("A seamless phase depends only on the phase that runs immediately before it", "seamless"),
  fromPlan("Metrics named in when, convergence and sla are AIPerf metrics with that statistic", "metrics"),
  {
    name: "Metrics named in slos, sweep filters and multi-run convergence are AIPerf metrics",
    check({ config }) {
      const out: Finding[] = [];
      for (const key of Object.keys(config.benchmark.slos ?? {})) {
        const check = checkMetricName(key);
        if (!check.ok) out.push({ ...finding("E_UNKNOWN_METRIC", ["benchmark", "slos", key], `slos: ${check.message}`, { hint: check.hint }), atKey: true });
      }
      const sweep = config.sweep as { slaFilters?: MetricCondition[]; objectives?: { metric: string; stat: string }[]; outcomeConstraints?: { metric: string }[] } | undefined;
      const lists: [DataPath, readonly { metric: string; stat?: string }[] | undefined][] = [
        [["sweep", "slaFilters"], sweep?.slaFilters],
        [["sweep", "objectives"], sweep?.objectives],
        [["sweep", "outcomeConstraints"], sweep?.outcomeConstraints],
        [["multiRun"], config.multiRun.convergence ? [config.multiRun.convergence] : undefined],
      ];
      for (const [at, conditions] of lists) {
        (conditions ?? []).forEach((c, k) => {
          const path = at.length === 1 ? [...at, "convergence"] : [...at, k];
          const check = c.stat === undefined ? checkMetricName(c.metric) : checkMetricStat(c.metric, c.stat);
          if (check.ok) return;
          const leaf = checkMetricName(c.metric).ok ? "stat" : "metric";
          out.push(finding("E_UNKNOWN_METRIC", [...path, leaf], `${formatPath(path)}: ${check.message}`, { hint: check.hint }));
        });
      }
      return out;
    },
  },
];
