/**
 * The checks of the plan that read more than the edges (design §3): a `when` reads only its ancestors' results, a
 * `carryOver` takes state only from an ancestor, a `seamless` phase continues the one phase that runs right before
 * it, and every metric a `when`, `convergence` or `sla` names is one AIPerf reports, with that statistic.
 * Ancestor questions are collected first and answered together by one bitset pass (see ancestors.ts).
 */
import type { Phase } from "../../generated/types/canonical.js";
import type { DataPath } from "../diagnostics.js";
import { listReferences, parseExpression } from "../expressions/index.js";
import { didYouMeanHint } from "../rules/did-you-mean.js";
import { ancestorTest } from "./ancestors.js";
import { checkMetricName, checkMetricStat } from "./metric-registry.js";
import type { PhaseGraph, PlanFinding } from "./plan-types.js";
import { phaseFinding } from "./plan-finding.js";

/** What a phase's results offer a `when` (the runner's scope: `phases.<name>.metrics` / `.outcome`). */
const RESULT_KEYS = ["metrics", "outcome"];

/** An ancestor question, answered once every target is known. */
interface AncestorQuestion {
  phase: number;
  target: number;
  /** Builds the finding when the answer is no. */
  report: () => PlanFinding;
}

/** Every when / carry-over / seamless / metrics finding of the graph, by check, then by phase. */
export function checkReferences(graph: PhaseGraph): PlanFinding[] {
  const questions: AncestorQuestion[] = [];
  const byCheck: Record<"when" | "carry-over" | "seamless" | "metrics", PlanFinding[]> = { when: [], "carry-over": [], seamless: [], metrics: [] };
  for (let i = 0; i < graph.phases.length; i++) {
    const phase = graph.phases[i] as Phase;
    if (phase.when !== undefined) checkWhen(graph, phase, i, questions, byCheck.when, byCheck.metrics);
    if (phase.carryOver) checkCarryOver(graph, phase, i, questions, byCheck["carry-over"]);
    if (phase.seamless && i > 0) byCheck.seamless.push(...checkSeamless(graph, phase, i));
    if (phase.sla.length > 0 || phase.convergence !== undefined) checkConditions(phase, i, byCheck.metrics);
  }
  // Questions about a phase stuck behind a cycle have no answer; the cycle is reported instead. A target placed at or
  // after the phase (or not placed at all) cannot be its ancestor: only the rest need the bitsets.
  const placed = questions.filter((q) => (graph.rank[q.phase] as number) >= 0);
  const possible = (q: AncestorQuestion): boolean => (graph.rank[q.target] as number) >= 0 && (graph.rank[q.target] as number) < (graph.rank[q.phase] as number);
  if (placed.length) {
    const isAncestor = ancestorTest(graph.phases.length, graph.dependencies, graph.order, placed.filter(possible).map((q) => q.target));
    for (const q of placed) {
      if (possible(q) && isAncestor(q.target, q.phase)) continue;
      const f = q.report();
      byCheck[f.check as "when" | "carry-over"].push(f);
    }
    // Ancestor findings were appended after the phase's own; put each check back in phase order.
    for (const list of [byCheck.when, byCheck["carry-over"]]) list.sort((a, b) => (a.path[2] as number) - (b.path[2] as number));
  }
  return [...byCheck.when, ...byCheck["carry-over"], ...byCheck.seamless, ...byCheck.metrics];
}

const whenPath = (i: number): DataPath => ["benchmark", "phases", i, "when"];

function checkWhen(graph: PhaseGraph, phase: Phase, i: number, questions: AncestorQuestion[], out: PlanFinding[], metricsOut: PlanFinding[]): void {
  const text = phase.when as string;
  const parsed = parseExpression(text);
  if (!parsed.ok) {
    out.push(phaseFinding("when", parsed.error.code, whenPath(i), `Phase '${phase.name}': when: ${parsed.error.message}`, { hint: parsed.error.hint ?? "write a condition such as phases.<name>.metrics.goodput.avg >= 0.9" }));
    return;
  }
  const seen = new Set<string>();
  const once = (key: string): boolean => !seen.has(key) && Boolean(seen.add(key));
  for (const ref of listReferences(parsed.ast)) {
    const written = text.slice(ref.offset, ref.offset + ref.length);
    const [root, key, part, metric, stat] = ref.path;
    if (root !== "phases") {
      if (once(`root:${root}`)) {
        out.push(phaseFinding("when", "E_DAG", whenPath(i), `Phase '${phase.name}': when can read only earlier phases' results (phases.<name>.metrics.<metric>.<stat> or phases.<name>.outcome), not '${written}'`, {
          hint: (typeof root === "string" ? didYouMeanHint(root, ["phases"]) : undefined) ?? "read phases.<name>.metrics.<metric>.<stat> or phases.<name>.outcome of a phase it depends on",
        }));
      }
      continue;
    }
    if (key === undefined) continue; // `phases[expr]`: decided at run time
    if (typeof key === "number") {
      if (once(`index:${key}`)) out.push(phaseFinding("when", "E_DAG", whenPath(i), `Phase '${phase.name}': when reads '${written}'; phases are addressed by name`, { hint: `write phases.<name> or phases["<name>"]` }));
      continue;
    }
    const target = graph.indexOf.get(key);
    if (target === undefined) {
      if (once(`unknown:${key}`)) {
        out.push(phaseFinding("when", "E_UNKNOWN_PHASE_REF", whenPath(i), `Phase '${phase.name}': when reads '${written}', but there is no phase '${key}'`, { hint: didYouMeanHint(key, graph.names) ?? "name a phase this one depends on" }));
      }
    } else if (target === i) {
      if (once("self")) out.push(phaseFinding("when", "E_DAG", whenPath(i), `Phase '${phase.name}': when reads its own results ('${written}'), but a condition is decided before its phase starts`, { hint: "use convergence for conditions on the phase's own results" }));
    } else if (once(`target:${target}`)) {
      questions.push({
        phase: i,
        target,
        report: () =>
          phaseFinding("when", "E_DAG", whenPath(i), `Phase '${phase.name}': when reads '${written}', but '${key}' is not an ancestor of '${phase.name}', so its results may not exist when the condition is decided`, {
            hint: `make '${phase.name}' depend on '${key}' (directly or through another phase)`,
          }),
      });
    }
    if (part === undefined) continue;
    if (typeof part !== "string" || !RESULT_KEYS.includes(part)) {
      if (once(`part:${part}`)) out.push(phaseFinding("when", "E_DAG", whenPath(i), `Phase '${phase.name}': when reads '${written}', but a phase's results have only 'metrics' and 'outcome'`, { hint: didYouMeanHint(String(part), RESULT_KEYS) ?? "read .metrics.<metric>.<stat> or .outcome" }));
      continue;
    }
    if (part !== "metrics" || typeof metric !== "string") continue;
    const check = typeof stat === "string" ? checkMetricStat(metric, stat) : checkMetricName(metric);
    if (!check.ok && once(`metric:${metric}.${String(stat)}`)) {
      metricsOut.push(phaseFinding("metrics", "E_UNKNOWN_METRIC", whenPath(i), `Phase '${phase.name}': when reads '${written}': ${check.message}`, { hint: check.hint }));
    }
  }
}

function checkCarryOver(graph: PhaseGraph, phase: Phase, i: number, questions: AncestorQuestion[], out: PlanFinding[]): void {
  const from = (phase.carryOver as { from: string }).from;
  const path: DataPath = ["benchmark", "phases", i, "carryOver", "from"];
  const target = graph.indexOf.get(from);
  if (target === undefined) {
    out.push(phaseFinding("carry-over", "E_UNKNOWN_PHASE_REF", path, `Phase '${phase.name}' carries state over from '${from}', but there is no phase '${from}'`, { hint: didYouMeanHint(from, graph.names) ?? "name a phase this one depends on" }));
  } else if (target === i) {
    out.push(phaseFinding("carry-over", "E_DAG", path, `Phase '${phase.name}' carries state over from itself`, { hint: "name an earlier phase it depends on" }));
  } else {
    questions.push({
      phase: i,
      target,
      report: () =>
        phaseFinding("carry-over", "E_DAG", path, `Phase '${phase.name}' carries state over from '${from}', which is not an ancestor of '${phase.name}': that state may not exist when '${phase.name}' starts`, {
          hint: `make '${phase.name}' depend on '${from}' (directly or through another phase)`,
        }),
    });
  }
}

/** Seamless needs one dependency, placed right before it. The first phase is the phase rules' own check (AIPerf's message). */
function checkSeamless(graph: PhaseGraph, phase: Phase, i: number): PlanFinding[] {
  const path: DataPath = ["benchmark", "phases", i, "seamless"];
  const count = phase.dependsOn.length;
  if (count !== 1) {
    return [
      phaseFinding("seamless", "E_DAG", path, `Phase '${phase.name}' is seamless, so it needs exactly one dependency (the phase it continues without a pause); it has ${count}`, {
        hint: "depend only on the phase it continues, or remove seamless",
      }),
    ];
  }
  const dependency = graph.dependencies[i]?.[0];
  const rank = graph.rank[i] as number;
  if (dependency === undefined || rank < 0) return []; // an unknown dependency or a cycle: reported by their checks
  const before = graph.order[rank - 1] as number;
  if (before === dependency) return [];
  return [
    phaseFinding("seamless", "E_DAG", path, `Phase '${phase.name}' is seamless, but its dependency '${graph.names[dependency]}' does not run immediately before it: '${graph.names[before]}' runs in between`, {
      hint: `remove seamless, or order the phases so that '${graph.names[before]}' does not run between them`,
    }),
  ];
}

/** `sla` and `convergence` conditions name known metrics and statistics they have. */
function checkConditions(phase: Phase, i: number, out: PlanFinding[]): void {
  const lists: [string, readonly { metric: string; stat: string }[]][] = [["sla", phase.sla], ["convergence", phase.convergence ?? []]];
  for (const [field, conditions] of lists) {
    conditions.forEach((c, k) => {
      const check = checkMetricStat(c.metric, c.stat);
      if (check.ok) return;
      const leaf = checkMetricName(c.metric).ok ? "stat" : "metric";
      out.push(phaseFinding("metrics", "E_UNKNOWN_METRIC", ["benchmark", "phases", i, field, k, leaf], `Phase '${phase.name}' ${field}[${k}]: ${check.message}`, { hint: check.hint }));
    });
  }
}
