import { test } from "uvu";
import * as assert from "uvu/assert";
import type { DependencyOutcome, Phase } from "../../generated/types/canonical.ts";
import type { PhaseResult } from "../../src/dag/decide-phase.ts";
import { MinHeap } from "../../src/dag/min-heap.ts";
import { planPhases } from "../../src/dag/plan-phases.ts";
import type { PhasePlan } from "../../src/dag/plan-types.ts";
import { type RunEvent, runPlan } from "../../src/dag/run-plan.ts";
import { FakeClock, canonicalPhase, canonicalWith, prng } from "./helpers.ts";

/**
 * Properties of planning and running on random DAGs (seeded, so a failure names its seed): up to 30 phases whose
 * list order is shuffled against their dependency order, random `on` sets, random runner durations on a fake clock,
 * random failures, both failure policies, maxParallel 1–4.
 */
const CASES = 200;
const OUTCOMES: DependencyOutcome[] = ["succeeded", "failed", "skipped"];

interface RandomCase {
  seed: number;
  phases: Phase[];
  durations: Map<string, number>;
  failing: Set<string>;
  failurePolicy: "abort" | "continue";
  maxParallel: number;
}

function randomCase(seed: number): RandomCase {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const count = 1 + int(30);
  // Edges go from earlier to later in `rank` (so the graph is acyclic); the list order is a separate shuffle.
  const names = Array.from({ length: count }, (_, i) => `p${i}`);
  const listOrder = [...names];
  for (let i = listOrder.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [listOrder[i], listOrder[j]] = [listOrder[j] as string, listOrder[i] as string];
  }
  const phases = listOrder.map((name) => {
    const rank = Number(name.slice(1));
    const deps = new Set<number>();
    const wanted = rank === 0 ? 0 : int(4);
    for (let k = 0; k < wanted; k++) deps.add(int(rank));
    const dependsOn = [...deps].map((d) => {
      const on = random() < 0.6 ? (["succeeded"] as DependencyOutcome[]) : OUTCOMES.filter(() => random() < 0.5);
      return { phase: `p${d}`, on: (on.length ? on : ["failed"]) as [DependencyOutcome, ...DependencyOutcome[]] };
    });
    return canonicalPhase(name, dependsOn);
  });
  return {
    seed,
    phases,
    durations: new Map(names.map((n) => [n, int(6)])),
    failing: new Set(names.filter(() => random() < 0.15)),
    failurePolicy: random() < 0.5 ? "abort" : "continue",
    maxParallel: 1 + int(4),
  };
}

interface Observed {
  results: Record<string, PhaseResult>;
  events: (RunEvent & { at: number })[];
}

async function runCase(c: RandomCase, plan: PhasePlan): Promise<Observed> {
  const clock = new FakeClock();
  const events: (RunEvent & { at: number })[] = [];
  const results = await clock.drive(
    runPlan(plan, {
      runPhase: async (phase, { signal }) => {
        await clock.sleep(c.durations.get(phase.name) ?? 0, signal);
        if (c.failing.has(phase.name)) throw new Error(`${phase.name} broke`);
        return { metrics: { request_count: { avg: 1 } } };
      },
      onEvent: (e) => events.push({ ...e, at: clock.now }),
    }),
  );
  return { results, events };
}

/** The outcomes without timing: each phase in topological order, every edge must accept, failures as assumed. */
function reference(c: RandomCase, plan: PhasePlan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of plan.order) {
    const node = plan.byName.get(name);
    if (!node) throw new Error(name);
    const rejecting = node.dependsOn.find((e) => !(e.on as string[]).includes(out[e.phase] as string));
    out[name] = rejecting ? "skipped" : c.failing.has(name) ? "failed" : "succeeded";
  }
  return out;
}

test("the min-heap pops in ascending order", () => {
  const random = prng(7);
  const heap = new MinHeap();
  const values = Array.from({ length: 500 }, () => Math.floor(random() * 100));
  values.forEach((v) => heap.push(v));
  const popped: number[] = [];
  for (let v = heap.pop(); v !== undefined; v = heap.pop()) popped.push(v);
  assert.equal(popped, [...values].sort((a, b) => a - b));
});

test(`${CASES} random DAGs: dependencies first, bounded parallelism, deterministic, outcomes as the reference`, async () => {
  for (let seed = 1; seed <= CASES; seed++) {
    const c = randomCase(seed);
    const plan = planPhases(canonicalWith(c.phases, { failurePolicy: c.failurePolicy, maxParallel: c.maxParallel }));
    const where = `seed ${seed}`;
    assert.equal(plan.findings, [], `${where}: a random DAG plans cleanly`);

    // The order is topological and complete.
    assert.is(plan.order.length, c.phases.length, where);
    const rank = new Map(plan.order.map((n, i) => [n, i]));
    for (const node of plan.nodes) for (const e of node.dependsOn) assert.ok((rank.get(e.phase) as number) < (rank.get(node.name) as number), `${where}: ${e.phase} before ${node.name}`);

    const first = await runCase(c, plan);
    const ended = new Map<string, number>(); // phase → position of its ending event
    let running = 0;
    first.events.forEach((e, i) => {
      if (e.type === "start") {
        const node = plan.byName.get(e.phase);
        for (const dep of node?.dependsOn ?? []) {
          assert.ok(ended.has(dep.phase), `${where}: ${e.phase} started before its dependency ${dep.phase} finished`);
          const depEnd = first.events[ended.get(dep.phase) as number];
          assert.ok((depEnd?.at ?? Infinity) <= e.at, `${where}: ${e.phase} started at ${e.at}, before ${dep.phase} ended`);
        }
        running++;
        assert.ok(running <= c.maxParallel, `${where}: ${running} running, maxParallel ${c.maxParallel}`);
      } else {
        assert.not.ok(ended.has(e.phase), `${where}: ${e.phase} ended twice`);
        ended.set(e.phase, i);
        const started = first.events.some((s, j) => j < i && s.type === "start" && s.phase === e.phase);
        if (started) running--;
        assert.is(`${e.outcome}: ${e.reason}`, `${first.results[e.phase]?.outcome}: ${first.results[e.phase]?.reason}`, `${where}: event and result of ${e.phase}`);
      }
    });
    assert.is(ended.size, c.phases.length, `${where}: every phase ends`);

    // With one slot, phases start in the planned order.
    if (c.maxParallel === 1) {
      const starts = first.events.filter((e) => e.type === "start").map((e) => e.phase);
      assert.equal(starts, plan.order.filter((n) => starts.includes(n)), `${where}: start order`);
    }

    // The same run again gives the same events at the same times.
    const second = await runCase(c, plan);
    assert.equal(second.events, first.events, `${where}: deterministic events`);
    assert.equal(second.results, first.results, `${where}: deterministic results`);

    const outcomes = Object.fromEntries(Object.entries(first.results).map(([n, r]) => [n, r.outcome]));
    const expected = reference(c, plan);
    const failed = Object.keys(outcomes).filter((n) => outcomes[n] === "failed");
    if (c.failurePolicy === "continue" || failed.length === 0) {
      // Without an abort, outcomes do not depend on timing or parallelism.
      assert.equal(outcomes, expected, `${where}: outcomes as the sequential reference`);
    } else {
      // An abort: exactly one failure, everything unfinished then cancelled for it, the rest as the reference.
      assert.is(failed.length, 1, `${where}: one failure under abort`);
      for (const [name, r] of Object.entries(first.results)) {
        if (r.outcome === "cancelled") assert.is(r.reason, `aborted after '${failed[0]}' failed`, `${where}: ${name}`);
        else assert.is(r.outcome, expected[name], `${where}: ${name} finished before the abort as the reference says`);
      }
    }
  }
});

test("with real timers too, a phase starts only after its dependencies finished", async () => {
  for (let seed = 1000; seed < 1020; seed++) {
    const c = randomCase(seed);
    const plan = planPhases(canonicalWith(c.phases, { failurePolicy: "continue", maxParallel: c.maxParallel }));
    const events: RunEvent[] = [];
    const results = await runPlan(plan, {
      runPhase: (phase) => new Promise((resolve) => setTimeout(() => resolve({}), c.durations.get(phase.name) ?? 0)),
      onEvent: (e) => events.push(e),
    });
    const done = new Set<string>();
    for (const e of events) {
      if (e.type === "start") for (const d of plan.byName.get(e.phase)?.dependsOn ?? []) assert.ok(done.has(d.phase), `seed ${seed}: ${e.phase} before ${d.phase}`);
      else done.add(e.phase);
    }
    assert.equal(Object.fromEntries(Object.entries(results).map(([n, r]) => [n, r.outcome])), reference({ ...c, failing: new Set() }, plan), `seed ${seed}`);
  }
});

test.run();
