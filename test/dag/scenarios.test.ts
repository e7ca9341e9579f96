import { test } from "uvu";
import * as assert from "uvu/assert";
import { planPhases } from "../../src/dag/plan-phases.ts";
import { runPlan } from "../../src/dag/run-plan.ts";
import { type Assumed, FakeClock, assumedRunner, canonicalPhase, canonicalWith, configText, loadValid, recorder } from "./helpers.ts";

/**
 * DAG scenarios, one row each: a config (phase lines through the real loader), what each phase's run is assumed to
 * report, and what must happen: the planned order, the order phases start in, and every outcome with its reason
 * (`outcome: reason`). Durations are virtual (FakeClock), 1 unless a row says otherwise, so rows that run phases in
 * parallel are exact. `events` pins the whole event sequence (`time type phase outcome: reason`) where the
 * interleaving is the point.
 */
interface Scenario {
  name: string;
  phases: string[];
  /** Benchmark lines such as `failure_policy: continue`. */
  extra?: string[];
  assume?: Record<string, Assumed>;
  /** runPlan's maxParallel option (overrides the config). */
  maxParallel?: number;
  /** Abort the caller's signal at this virtual time (0: before the run starts). */
  abortAt?: number;
  order: string[];
  starts: string[];
  outcomes: Record<string, string>;
  events?: string[];
}

const ok = "succeeded: completed";
const ttft = (p99: number) => ({ time_to_first_token: { p99 } });
const converge = "convergence: [{metric: time_to_first_token, stat: p99, op: le, threshold: 500}]";

const scenarios: Scenario[] = [
  {
    name: "without depends_on the phases run in list order (AIPerf's linear order)",
    phases: ["{name: warmup}", "{name: steady}", "{name: burst}"],
    order: ["warmup", "steady", "burst"],
    starts: ["warmup", "steady", "burst"],
    outcomes: { warmup: ok, steady: ok, burst: ok },
  },
  {
    name: "the warmup:/profiling: shorthands make a two-phase chain",
    phases: [],
    extra: ["warmup: {type: concurrency, concurrency: 1, requests: 10}", "profiling: {type: concurrency, concurrency: 4, requests: 100}"],
    order: ["warmup", "profiling"],
    starts: ["warmup", "profiling"],
    outcomes: { warmup: ok, profiling: ok },
  },
  {
    name: "independent roots run one at a time in list order by default",
    phases: ["{name: c, depends_on: []}", "{name: a, depends_on: []}", "{name: b, depends_on: []}"],
    order: ["c", "a", "b"],
    starts: ["c", "a", "b"],
    outcomes: { c: ok, a: ok, b: ok },
    events: ["0 start c", "1 finish c succeeded: completed", "1 start a", "2 finish a succeeded: completed", "2 start b", "3 finish b succeeded: completed"],
  },
  {
    name: "a dependency later in the list runs first",
    phases: ["{name: report, depends_on: [steady]}", "{name: steady, depends_on: [warmup]}", "{name: warmup, depends_on: []}"],
    order: ["warmup", "steady", "report"],
    starts: ["warmup", "steady", "report"],
    outcomes: { report: ok, steady: ok, warmup: ok },
  },
  {
    name: "ties go to list order, not to the order phases became ready",
    phases: ["{name: warmup}", "{name: x, depends_on: [b]}", "{name: a, depends_on: [warmup]}", "{name: b, depends_on: [warmup]}"],
    order: ["warmup", "a", "b", "x"],
    starts: ["warmup", "a", "b", "x"],
    outcomes: { warmup: ok, x: ok, a: ok, b: ok },
  },
  {
    name: "max_parallel: 2 runs a diamond's branches together",
    phases: ["{name: warmup}", "{name: low, depends_on: [warmup]}", "{name: high, depends_on: [warmup]}", "{name: report, depends_on: [low, high]}"],
    extra: ["max_parallel: 2"],
    assume: { low: { duration: 3 }, high: { duration: 5 } },
    order: ["warmup", "low", "high", "report"],
    starts: ["warmup", "low", "high", "report"],
    outcomes: { warmup: ok, low: ok, high: ok, report: ok },
    events: [
      "0 start warmup", "1 finish warmup succeeded: completed", "1 start low", "1 start high",
      "4 finish low succeeded: completed", "6 finish high succeeded: completed", "6 start report", "7 finish report succeeded: completed",
    ],
  },
  {
    name: "the maxParallel option overrides the config",
    phases: ["{name: a, depends_on: []}", "{name: b, depends_on: []}", "{name: c, depends_on: []}"],
    extra: ["max_parallel: 3"],
    maxParallel: 1,
    order: ["a", "b", "c"],
    starts: ["a", "b", "c"],
    outcomes: { a: ok, b: ok, c: ok },
    events: ["0 start a", "1 finish a succeeded: completed", "1 start b", "2 finish b succeeded: completed", "2 start c", "3 finish c succeeded: completed"],
  },
  {
    name: "with a slot free, a later-ready phase starts while an earlier one runs; slots fill in topological order",
    phases: ["{name: a, depends_on: []}", "{name: b, depends_on: []}", "{name: c, depends_on: [a]}", "{name: d, depends_on: []}"],
    extra: ["max_parallel: 2"],
    assume: { a: { duration: 1 }, b: { duration: 10 } },
    order: ["a", "b", "c", "d"],
    starts: ["a", "b", "c", "d"],
    outcomes: { a: ok, b: ok, c: ok, d: ok },
    events: ["0 start a", "0 start b", "1 finish a succeeded: completed", "1 start c", "2 finish c succeeded: completed", "2 start d", "3 finish d succeeded: completed", "10 finish b succeeded: completed"],
  },
  {
    name: "a true when runs the phase",
    phases: ["{name: warmup}", "{name: steady, when: 'phases.warmup.metrics.goodput.avg >= 0.9'}"],
    assume: { warmup: { metrics: { goodput: { avg: 0.95 } } } },
    order: ["warmup", "steady"],
    starts: ["warmup", "steady"],
    outcomes: { warmup: ok, steady: ok },
  },
  {
    name: "a false when skips the phase, and its descendant follows its edge",
    phases: ["{name: warmup}", "{name: steady, when: 'phases.warmup.metrics.goodput.avg >= 0.9'}", "{name: burst}"],
    assume: { warmup: { metrics: { goodput: { avg: 0.5 } } } },
    order: ["warmup", "steady", "burst"],
    starts: ["warmup"],
    outcomes: { warmup: ok, steady: "skipped: when false", burst: "skipped: parent 'steady' skipped" },
  },
  {
    name: "a when over a metric the results lack skips with that reason",
    phases: ["{name: warmup}", "{name: steady, when: 'phases.warmup.metrics.goodput.avg >= 0.9'}"],
    assume: { warmup: { metrics: ttft(300) } },
    order: ["warmup", "steady"],
    starts: ["warmup"],
    outcomes: { warmup: ok, steady: "skipped: when: 'phases.warmup.metrics.goodput' is undefined" },
  },
  {
    name: "a when over a skipped ancestor's metrics skips (its metrics are missing), never throws",
    phases: [
      "{name: warmup}",
      "{name: probe, when: 'phases.warmup.outcome == \"failed\"'}",
      "{name: steady, depends_on: [{phase: probe, on: [succeeded, skipped]}], when: 'phases.probe.metrics.goodput.avg > 0.5'}",
    ],
    order: ["warmup", "probe", "steady"],
    starts: ["warmup"],
    outcomes: { warmup: ok, probe: "skipped: when false", steady: "skipped: when: 'phases.probe.metrics.goodput' is undefined" },
  },
  {
    name: "a when that cannot be evaluated (wrong type) skips with the error",
    phases: ["{name: warmup}", "{name: steady, when: \"phases.warmup.outcome + 1 > 0\"}"],
    order: ["warmup", "steady"],
    starts: ["warmup"],
    outcomes: { warmup: ok, steady: `skipped: when: can only concatenate str (not "int") to str` },
  },
  {
    name: "a when reads a grandparent's results",
    phases: ["{name: warmup}", "{name: low}", "{name: high, when: 'phases.warmup.metrics.time_to_first_token.p99 < 500 and phases.low.outcome == \"succeeded\"'}"],
    assume: { warmup: { metrics: ttft(480) } },
    order: ["warmup", "low", "high"],
    starts: ["warmup", "low", "high"],
    outcomes: { warmup: ok, low: ok, high: ok },
  },
  {
    name: "met convergence succeeds",
    phases: ["{name: warmup}", `{name: steady, ${converge}}`],
    assume: { steady: { metrics: ttft(480) } },
    order: ["warmup", "steady"],
    starts: ["warmup", "steady"],
    outcomes: { warmup: ok, steady: ok },
  },
  {
    name: "missed convergence fails; abort (the default) cancels what is pending",
    phases: [`{name: steady, ${converge}}`, "{name: burst}", "{name: other, depends_on: []}"],
    assume: { steady: { metrics: ttft(612) } },
    order: ["steady", "burst", "other"],
    starts: ["steady"],
    outcomes: {
      steady: "failed: convergence: time_to_first_token p99 612 > 500",
      burst: "cancelled: aborted after 'steady' failed",
      other: "cancelled: aborted after 'steady' failed",
    },
  },
  {
    name: "missed convergence with continue skips descendants and runs the independent branch",
    phases: ["{name: warmup}", `{name: steady, ${converge}}`, "{name: burst}", "{name: other, depends_on: [warmup]}"],
    extra: ["failure_policy: continue"],
    assume: { steady: { metrics: ttft(612) } },
    order: ["warmup", "steady", "burst", "other"],
    starts: ["warmup", "steady", "other"],
    outcomes: { warmup: ok, steady: "failed: convergence: time_to_first_token p99 612 > 500", burst: "skipped: parent 'steady' failed", other: ok },
  },
  {
    name: "every missed condition is listed; a missing statistic is a miss",
    phases: ["{name: steady, convergence: [{metric: time_to_first_token, stat: p99, op: lt, threshold: 500}, {metric: output_token_throughput, stat: avg, op: ge, threshold: 1000}, {metric: inter_token_latency, stat: p90, op: le, threshold: 20}]}"],
    assume: { steady: { metrics: { time_to_first_token: { p99: 500 }, output_token_throughput: { avg: 900 } } } },
    order: ["steady"],
    starts: ["steady"],
    outcomes: { steady: "failed: convergence: time_to_first_token p99 500 >= 500; output_token_throughput avg 900 < 1000; inter_token_latency p90 missing from the results" },
  },
  {
    name: "an edge that accepts failed runs a diagnosis phase after a failure (continue)",
    phases: [`{name: steady, ${converge}}`, "{name: diagnose, depends_on: [{phase: steady, on: [failed]}]}"],
    extra: ["failure_policy: continue"],
    assume: { steady: { metrics: ttft(700) } },
    order: ["steady", "diagnose"],
    starts: ["steady", "diagnose"],
    outcomes: { steady: "failed: convergence: time_to_first_token p99 700 > 500", diagnose: ok },
  },
  {
    name: "an edge on failed only skips the phase when the parent succeeded",
    phases: ["{name: steady}", "{name: diagnose, depends_on: [{phase: steady, on: [failed]}]}"],
    order: ["steady", "diagnose"],
    starts: ["steady"],
    outcomes: { steady: ok, diagnose: "skipped: parent 'steady' succeeded" },
  },
  {
    name: "abort cancels even a phase whose edge accepts failed",
    phases: [`{name: steady, ${converge}}`, "{name: diagnose, depends_on: [{phase: steady, on: [failed]}]}"],
    assume: { steady: { metrics: ttft(700) } },
    order: ["steady", "diagnose"],
    starts: ["steady"],
    outcomes: { steady: "failed: convergence: time_to_first_token p99 700 > 500", diagnose: "cancelled: aborted after 'steady' failed" },
  },
  {
    name: "every edge must accept: one rejecting edge skips the phase, naming that parent",
    phases: ["{name: a, depends_on: []}", "{name: b, depends_on: [], when: 'false'}", "{name: c, depends_on: [a, b]}"],
    order: ["a", "b", "c"],
    starts: ["a"],
    outcomes: { a: ok, b: "skipped: when false", c: "skipped: parent 'b' skipped" },
  },
  {
    name: "an edge that accepts skipped runs after a skipped parent",
    phases: ["{name: a, when: 'false'}", "{name: b, depends_on: [{phase: a, on: [succeeded, skipped]}]}"],
    order: ["a", "b"],
    starts: ["b"],
    outcomes: { a: "skipped: when false", b: ok },
  },
  {
    name: "a skip cascades down a chain of default edges",
    phases: ["{name: a, when: '1 > 2'}", "{name: b}", "{name: c}", "{name: d}", "{name: e, depends_on: []}"],
    order: ["a", "b", "c", "d", "e"],
    starts: ["e"],
    outcomes: { a: "skipped: when false", b: "skipped: parent 'a' skipped", c: "skipped: parent 'b' skipped", d: "skipped: parent 'c' skipped", e: ok },
  },
  {
    name: "carry_over from a phase that succeeded runs",
    phases: ["{name: cold, kind: warmup}", "{name: hot, carry_over: {from: cold, state: [kv_cache]}}"],
    order: ["cold", "hot"],
    starts: ["cold", "hot"],
    outcomes: { cold: ok, hot: ok },
  },
  {
    name: "carry_over from a phase that failed skips, even when the edge accepts failed",
    phases: [`{name: cold, kind: warmup, ${converge}}`, "{name: hot, depends_on: [{phase: cold, on: [succeeded, failed]}], carry_over: {from: cold, state: [kv_cache]}}"],
    extra: ["failure_policy: continue"],
    assume: { cold: { metrics: ttft(900) } },
    order: ["cold", "hot"],
    starts: ["cold"],
    outcomes: { cold: "failed: convergence: time_to_first_token p99 900 > 500", hot: "skipped: carry_over from 'cold' failed" },
  },
  {
    name: "a runner that throws fails the phase with its message; abort cancels the rest",
    phases: ["{name: warmup}", "{name: steady}", "{name: side, depends_on: []}"],
    assume: { steady: { throws: "connection refused: http://localhost:8000" } },
    order: ["warmup", "steady", "side"],
    starts: ["warmup", "steady"],
    outcomes: { warmup: ok, steady: "failed: connection refused: http://localhost:8000", side: "cancelled: aborted after 'steady' failed" },
  },
  {
    name: "abort cancels phases running in parallel and awaits their runners",
    phases: ["{name: a, depends_on: []}", "{name: b, depends_on: []}", "{name: c, depends_on: []}", "{name: d, depends_on: [a]}"],
    extra: ["max_parallel: 3"],
    assume: { a: { duration: 2, throws: "server error 500" }, b: { duration: 10 }, c: { duration: 1 } },
    order: ["a", "b", "c", "d"],
    starts: ["a", "b", "c"],
    outcomes: { a: "failed: server error 500", b: "cancelled: aborted after 'a' failed", c: ok, d: "cancelled: aborted after 'a' failed" },
    events: [
      "0 start a", "0 start b", "0 start c", "1 finish c succeeded: completed", "2 finish a failed: server error 500",
      "2 cancel b cancelled: aborted after 'a' failed", "2 cancel d cancelled: aborted after 'a' failed",
    ],
  },
  {
    name: "continue with failures in two branches keeps the third",
    phases: ["{name: a, depends_on: []}", "{name: a2}", "{name: b, depends_on: []}", "{name: b2}", "{name: c, depends_on: []}", "{name: c2}"],
    extra: ["failure_policy: continue", "max_parallel: 2"],
    assume: { a: { throws: "boom a" }, b2: { throws: "boom b2" } },
    order: ["a", "a2", "b", "b2", "c", "c2"],
    // a and b both end at t=1; a's end is handled first and frees a slot for c before b's end readies b2.
    starts: ["a", "b", "c", "b2", "c2"],
    outcomes: { a: "failed: boom a", a2: "skipped: parent 'a' failed", b: ok, b2: "failed: boom b2", c: ok, c2: ok },
  },
  {
    name: "a signal aborted before the run cancels every phase",
    phases: ["{name: warmup}", "{name: steady}"],
    abortAt: 0,
    order: ["warmup", "steady"],
    starts: [],
    outcomes: { warmup: "cancelled: run aborted", steady: "cancelled: run aborted" },
  },
  {
    name: "a signal aborted mid-run cancels the running phase and everything pending",
    phases: ["{name: warmup}", "{name: steady}", "{name: burst}"],
    assume: { steady: { duration: 10 } },
    abortAt: 5,
    order: ["warmup", "steady", "burst"],
    starts: ["warmup", "steady"],
    outcomes: { warmup: ok, steady: "cancelled: run aborted", burst: "cancelled: run aborted" },
    events: ["0 start warmup", "1 finish warmup succeeded: completed", "1 start steady", "5 cancel steady cancelled: run aborted", "5 cancel burst cancelled: run aborted"],
  },
];

test("at least 25 scenarios", () => {
  assert.ok(scenarios.length >= 25, `${scenarios.length}`);
});

for (const s of scenarios) {
  test(s.name, async () => {
    const config = loadValid(configText(s.phases, s.extra));
    const plan = planPhases(config);
    assert.equal(plan.findings.filter((f) => f.severity === "error"), [], "the scenario's config plans cleanly");
    assert.equal(plan.order, s.order, "planned order");

    const clock = new FakeClock();
    const log = recorder(clock);
    const controller = new AbortController();
    if (s.abortAt === 0) controller.abort();
    else if (s.abortAt !== undefined) void clock.sleep(s.abortAt).then(() => controller.abort());
    const options = { runPhase: assumedRunner(s.assume ?? {}, clock), onEvent: log.onEvent, signal: controller.signal, ...(s.maxParallel ? { maxParallel: s.maxParallel } : {}) };
    const results = await clock.drive(runPlan(plan, options));

    assert.equal(log.raw.filter((e) => e.type === "start").map((e) => e.phase), s.starts, "start order");
    const outcomes = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, `${r.outcome}: ${r.reason}`]));
    assert.equal(outcomes, s.outcomes, "outcomes");
    assert.equal(Object.keys(results), Object.keys(s.outcomes), "results are keyed in list order");
    if (s.events) assert.equal(log.events, s.events, "events");

    // Every phase ends exactly once, with the event its result reports.
    const ends = log.raw.filter((e) => e.type !== "start");
    assert.equal(ends.map((e) => e.phase).sort(), Object.keys(results).sort(), "one ending event per phase");
    for (const e of ends) assert.is(`${e.outcome}: ${e.reason}`, outcomes[e.phase], `event of ${e.phase}`);
  });
}

test("a runner sees the signal, the node and its direct dependencies' results", async () => {
  const plan = planPhases(loadValid(configText(["{name: warmup}", "{name: steady}"])));
  const seen: string[] = [];
  await runPlan(plan, {
    runPhase: (phase, context) => {
      seen.push(`${phase.name}:${context.node.name}:${Object.keys(context.dependencies).join(",")}:${context.signal.aborted}`);
      return { metrics: { goodput: { avg: 1 } } };
    },
  });
  assert.equal(seen, ["warmup:warmup::false", "steady:steady:warmup:false"]);
});

test("the succeeded results carry the runner's metrics", async () => {
  const plan = planPhases(loadValid(configText(["{name: steady}"])));
  const results = await runPlan(plan, { runPhase: () => ({ metrics: { goodput: { avg: 0.9 } } }) });
  assert.equal(results["steady"], { outcome: "succeeded", reason: "completed", metrics: { goodput: { avg: 0.9 } } });
});

test("a runner that throws synchronously fails its phase; a non-Error is printed", async () => {
  const plan = planPhases(loadValid(configText(["{name: a, depends_on: []}", "{name: b, depends_on: []}"], ["failure_policy: continue"])));
  const results = await runPlan(plan, {
    runPhase: (phase) => {
      if (phase.name === "a") throw new Error("sync boom");
      return Promise.reject("plain string");
    },
  });
  assert.equal(results, { a: { outcome: "failed", reason: "sync boom" }, b: { outcome: "failed", reason: "plain string" } });
});

test("a carry_over source that is not an ancestor (a validation error) reads as not run, whatever the timing", async () => {
  const on = ["succeeded"] as ["succeeded"];
  const plan = planPhases(canonicalWith([canonicalPhase("a", []), canonicalPhase("b", []), canonicalPhase("c", [{ phase: "b", on }], { carryOver: { from: "a", state: ["kv_cache"] } })]));
  assert.equal(plan.findings.map((f) => f.check), ["carry-over"]);
  for (const maxParallel of [1, 2]) {
    const results = await runPlan(plan, { runPhase: () => ({}), maxParallel });
    assert.is(results["c"]?.reason, "carry_over from 'a' did not run", `maxParallel ${maxParallel}`);
  }
});

test("runPlan rejects a plan with a cycle, and a maxParallel below 1", async () => {
  const on = ["succeeded"] as ["succeeded"];
  const broken = planPhases(canonicalWith([canonicalPhase("a", [{ phase: "b", on }]), canonicalPhase("b", [{ phase: "a", on }])]));
  assert.is(broken.runnable, false);
  await runPlan(broken, { runPhase: () => ({}) }).then(
    () => assert.unreachable("must reject"),
    (e: Error) => assert.match(e.message, "dependency cycle: a → b → a"),
  );
  const plan = planPhases(loadValid(configText(["{name: a}"])));
  await runPlan(plan, { runPhase: () => ({}), maxParallel: 0 }).then(
    () => assert.unreachable("must reject"),
    (e: Error) => assert.instance(e, RangeError),
  );
});

test("an onEvent that throws rejects the run", async () => {
  const plan = planPhases(loadValid(configText(["{name: a}"])));
  await runPlan(plan, {
    runPhase: () => ({}),
    onEvent: (e) => {
      if (e.type === "finish") throw new Error("listener broke");
    },
  }).then(
    () => assert.unreachable("must reject"),
    (e: Error) => assert.is(e.message, "listener broke"),
  );
});

test.run();
