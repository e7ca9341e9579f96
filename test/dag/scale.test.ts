import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Phase } from "../../generated/types/canonical.ts";
import { collectAncestors } from "../../src/dag/ancestors.ts";
import { planPhases } from "../../src/dag/plan-phases.ts";
import { runPlan } from "../../src/dag/run-plan.ts";
import { canonicalPhase, canonicalWith, prng } from "./helpers.ts";

/**
 * 10 000 phases (design §9 holds planning to under 100 ms; timing belongs to benchmarks, so these tests check only
 * that large plans complete and are right): a chain, and a wide random DAG whose `when` and `carryOver` references
 * exercise the ancestor bitsets, checked against a plain graph search.
 */
const N = 10_000;
const on = ["succeeded"] as ["succeeded"];

test("a 10 000-phase chain with conditions on its ancestors plans in list order, cleanly", () => {
  const phases: Phase[] = Array.from({ length: N }, (_, i) =>
    canonicalPhase(`p${i}`, i === 0 ? [] : [{ phase: `p${i - 1}`, on }], i > 0 && i % 10 === 0 ? { when: `phases.p${i >> 1}.metrics.goodput.avg >= 0.9`, carryOver: { from: `p${i - 7}`, state: ["kv_cache"] } } : {}),
  );
  const plan = planPhases(canonicalWith(phases));
  assert.equal(plan.findings, []);
  assert.is(plan.order.length, N);
  assert.ok(plan.order.every((name, i) => name === `p${i}`));
});

test("a wide random 10 000-phase DAG: ancestor findings match a plain search", () => {
  const random = prng(42);
  const int = (n: number): number => Math.floor(random() * n);
  // Rank r may depend on lower ranks only; the list is a shuffle of the ranks.
  const deps: number[][] = Array.from({ length: N }, (_, r) => (r === 0 ? [] : [...new Set(Array.from({ length: 1 + int(3) }, () => int(r)))]));
  const list = Array.from({ length: N }, (_, r) => r);
  for (let i = N - 1; i > 0; i--) {
    const j = int(i + 1);
    [list[i], list[j]] = [list[j] as number, list[i] as number];
  }
  // 300 phases read another phase in `when`, 300 carry state over: ancestors or not, at random.
  const when = new Map<number, number>();
  const carry = new Map<number, number>();
  for (let k = 0; k < 300; k++) {
    when.set(1 + int(N - 1), int(N));
    carry.set(1 + int(N - 1), int(N));
  }
  for (const m of [when, carry]) for (const [p, t] of m) if (p === t) m.delete(p);
  const phases = list.map((r) => {
    const extra: Partial<Phase> = {};
    if (when.has(r)) extra.when = `phases.r${when.get(r)}.outcome == "succeeded"`;
    if (carry.has(r)) extra.carryOver = { from: `r${carry.get(r)}`, state: ["prompt_cache"] };
    return canonicalPhase(`r${r}`, (deps[r] as number[]).map((d) => ({ phase: `r${d}`, on })), extra);
  });

  const plan = planPhases(canonicalWith(phases, { maxParallel: 4 }));
  assert.is(plan.order.length, N);
  const rank = new Map(plan.order.map((n, i) => [n, i]));
  for (const node of plan.nodes) for (const e of node.dependsOn) assert.ok((rank.get(e.phase) as number) < (rank.get(node.name) as number));

  const expected = (m: Map<number, number>): string[] =>
    [...m].filter(([p, t]) => !collectAncestors(p, deps).includes(t)).map(([p]) => `r${p}`).sort();
  const reported = (check: string): string[] =>
    plan.findings.filter((f) => f.check === check).map((f) => (plan.nodes[f.path[2] as number] as { name: string }).name).sort();
  assert.equal(reported("when"), expected(when));
  assert.equal(reported("carry-over"), expected(carry));
  assert.ok(reported("when").length > 0 && reported("when").length < when.size, "some conditions read ancestors, some do not");
});

test("runPlan completes 10 000 phases with four slots", async () => {
  const phases: Phase[] = Array.from({ length: N }, (_, i) => canonicalPhase(`p${i}`, i < 4 ? [] : [{ phase: `p${i - 4}`, on }], i % 100 === 52 ? { when: `phases.p${i - 52}.metrics.goodput.avg > 0.5` } : {}));
  const plan = planPhases(canonicalWith(phases, { maxParallel: 4 }));
  assert.equal(plan.findings, []);
  let peak = 0;
  let running = 0;
  const results = await runPlan(plan, {
    runPhase: async () => {
      peak = Math.max(peak, ++running);
      await Promise.resolve();
      running--;
      return { metrics: { goodput: { avg: 0.9 } } };
    },
  });
  assert.is(Object.keys(results).length, N);
  assert.ok(Object.values(results).every((r) => r.outcome === "succeeded"));
  assert.is(peak, 4);
});

test.run();
