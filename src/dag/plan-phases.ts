/**
 * Stage 12, plan (design §3): the canonical phases of one variant → the phase DAG. Edges come from `dependsOn` (the
 * loader already filled the default: the phase before, or none for the first); the order is topological with ties in
 * list order; every DAG mistake is a finding at the canonical path of the field, never an exception. Pure and
 * deterministic, and linear enough for 10 000 phases (design §9: under 100 ms).
 */
import type { AiperfConfig, Phase } from "../../generated/types/canonical.js";
import type { DataPath } from "../diagnostics.js";
import { didYouMeanHint } from "../rules/did-you-mean.js";
import { checkReferences } from "./check-references.js";
import { orderPhases } from "./order-phases.js";
import { phaseFinding } from "./plan-finding.js";
import type { PhaseGraph, PhasePlan, PlanEdge, PlanFinding, PlanNode } from "./plan-types.js";

/** Names are listed in "unknown phase" messages only while the list stays readable. */
const LIST_NAMES_UP_TO = 12;

/** Plans the phases of `config`. Never throws; problems are `plan.findings`. */
export function planPhases(config: AiperfConfig): PhasePlan {
  // Plain loops and flat arrays throughout: a 10 000-phase plan runs once per process, mostly before the JIT warms up.
  const phases: readonly Phase[] = config.benchmark.phases;
  const count = phases.length;
  const names: string[] = new Array<string>(count);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const name = (phases[i] as Phase).name;
    names[i] = name;
    if (!indexOf.has(name)) indexOf.set(name, i);
  }

  const { edges, dependencies, findings: edgeFindings } = resolveEdges(phases, names, indexOf);
  const { order, cycles } = orderPhases(count, dependencies);
  const rank = new Int32Array(count).fill(-1);
  for (let r = 0; r < order.length; r++) rank[order[r] as number] = r;
  const graph: PhaseGraph = { phases, names, indexOf, dependencies, order, rank };

  const findings: PlanFinding[] = [...edgeFindings, ...cycles.map((cycle) => cycleFinding(cycle, names, edges)), ...checkReferences(graph)];

  const dependents: number[][] = new Array<number[]>(count);
  for (let i = 0; i < count; i++) dependents[i] = [];
  for (let i = 0; i < count; i++) for (const d of dependencies[i] as number[]) (dependents[d] as number[]).push(i);
  const nodes: PlanNode[] = new Array<PlanNode>(count);
  const byName = new Map<string, PlanNode>();
  for (let i = 0; i < count; i++) {
    const node: PlanNode = { name: names[i] as string, index: i, rank: rank[i] as number, phase: phases[i] as Phase, dependsOn: edges[i] as PlanEdge[], dependents: dependents[i] as number[] };
    nodes[i] = node;
    if (indexOf.get(node.name) === i) byName.set(node.name, node);
  }
  const orderNames: string[] = new Array<string>(order.length);
  for (let r = 0; r < order.length; r++) orderNames[r] = names[order[r] as number] as string;

  return {
    nodes,
    order: orderNames,
    failurePolicy: config.benchmark.failurePolicy,
    maxParallel: config.benchmark.maxParallel,
    byName,
    findings,
    runnable: cycles.length === 0 && !edgeFindings.some((f) => f.code === "E_UNKNOWN_PHASE_REF"),
  };
}

/** Each phase's edges to known phases; unknown and repeated dependencies become findings instead. */
function resolveEdges(phases: readonly Phase[], names: readonly string[], indexOf: ReadonlyMap<string, number>): { edges: PlanEdge[][]; dependencies: number[][]; findings: PlanFinding[] } {
  const count = phases.length;
  const findings: PlanFinding[] = [];
  const edges: PlanEdge[][] = new Array<PlanEdge[]>(count);
  const dependencies: number[][] = new Array<number[]>(count);
  // Which phase last listed each dependency, and at which entry: repeated edges without a set per phase.
  const listedBy = new Int32Array(count).fill(-1);
  const listedAt = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const phase = phases[i] as Phase;
    const own: PlanEdge[] = [];
    const ownIndexes: number[] = [];
    const written = phase.dependsOn;
    for (let entry = 0; entry < written.length; entry++) {
      const dep = written[entry] as Phase["dependsOn"][number];
      const index = indexOf.get(dep.phase);
      if (index === undefined) {
        const listed = names.length <= LIST_NAMES_UP_TO ? `; the phases are ${names.map((n) => `'${n}'`).join(", ")}` : "";
        findings.push(phaseFinding("dependencies", "E_UNKNOWN_PHASE_REF", ["benchmark", "phases", i, "dependsOn", entry, "phase"], `Phase '${phase.name}' depends on '${dep.phase}', which is not a phase of this config${listed}`, {
          hint: didYouMeanHint(dep.phase, names.filter((n) => n !== phase.name)) ?? "name a phase of benchmark.phases, or [] for a phase that waits for none",
        }));
      } else if (listedBy[index] === i) {
        const first = listedAt[index] as number;
        findings.push(phaseFinding("dependencies", "E_DAG", ["benchmark", "phases", i, "dependsOn", entry, "phase"], `Phase '${phase.name}' lists dependency '${dep.phase}' twice (depends_on entries ${first} and ${entry})`, {
          hint: "keep one entry and list every accepted outcome in its `on`",
          related: [{ path: ["benchmark", "phases", i, "dependsOn", first, "phase"], message: "first listed here" }],
        }));
      } else {
        listedBy[index] = i;
        listedAt[index] = entry;
        own.push({ phase: dep.phase, index, entry, on: dep.on });
        ownIndexes.push(index);
      }
    }
    edges[i] = own;
    dependencies[i] = ownIndexes;
  }
  return { edges, dependencies, findings };
}

/** One error per cycle, at the first phase's edge into it, printing the chain `a → b → a`. */
function cycleFinding(cycle: readonly number[], names: readonly string[], edges: readonly PlanEdge[][]): PlanFinding {
  const at = (k: number): number => cycle[k % cycle.length] as number;
  const edgeOf = (k: number): PlanEdge => (edges[at(k)] as PlanEdge[]).find((e) => e.index === at(k + 1)) as PlanEdge;
  const pathOf = (k: number): DataPath => ["benchmark", "phases", at(k), "dependsOn", edgeOf(k).entry, "phase"];
  const chain = [...cycle, at(0)].map((i) => names[i]).join(" → ");
  const related = cycle.slice(1).map((_, j) => ({ path: pathOf(j + 1), message: `'${names[at(j + 1)]}' depends on '${names[at(j + 2)]}' here` }));
  const self = cycle.length === 1;
  return phaseFinding("cycle", "E_DAG_CYCLE", pathOf(0), self ? `Phase '${names[at(0)]}' depends on itself: ${chain}` : `dependency cycle: ${chain} (each phase depends on the next, so none can start)`, {
    hint: self ? "remove it from its own depends_on" : "remove one of these depends_on entries",
    related,
  });
}
