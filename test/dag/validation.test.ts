import { test } from "uvu";
import * as assert from "uvu/assert";
import { planPhases } from "../../src/dag/plan-phases.ts";
import { formatPath } from "../../src/diagnostics.ts";
import { deepFreeze } from "../support/load.ts";
import { canonicalPhase, canonicalWith, configText, load } from "./helpers.ts";

/**
 * The DAG checks end to end: a config file with one mistake goes through the loader, and the diagnostic must come
 * out at the user's line with its code, message and hint. (The rule fixtures in test/fixtures/rules/dag/ test each
 * rule on canonical data; these test that positions survive the pipeline.) Phase lines start at line 6, after the
 * `extra` lines.
 */
interface Case {
  name: string;
  phases: string[];
  extra?: string[];
  code: string;
  line: number;
  message: string;
  hint?: string;
  /** Lines of the related positions. */
  related?: number[];
}

const cases: Case[] = [
  {
    name: "unknown dependency, with did-you-mean",
    phases: ["{name: warmup}", "{name: steady, depends_on: [warmpu]}"],
    code: "E_UNKNOWN_PHASE_REF",
    line: 7,
    message: "Phase 'steady' depends on 'warmpu', which is not a phase of this config",
    hint: "did you mean 'warmup'?",
  },
  {
    name: "a cycle prints its chain",
    phases: ["{name: warmup}", "{name: a, depends_on: [warmup, c]}", "{name: b, depends_on: [a]}", "{name: c, depends_on: [b]}"],
    code: "E_DAG_CYCLE",
    line: 7,
    message: "dependency cycle: a → c → b → a",
    related: [9, 8],
  },
  {
    name: "a cycle through a default edge points at the phase that has it",
    phases: ["{name: a, depends_on: [b]}", "{name: b}"],
    code: "E_DAG_CYCLE",
    line: 6,
    message: "dependency cycle: a → b → a",
    related: [7],
  },
  {
    name: "a when over a sibling",
    phases: ["{name: warmup}", "{name: low}", "{name: high, depends_on: [warmup], when: 'phases.low.metrics.goodput.avg >= 0.9'}"],
    code: "E_DAG",
    line: 8,
    message: "'low' is not an ancestor of 'high'",
    hint: "make 'high' depend on 'low'",
  },
  {
    name: "a when over an unknown phase",
    phases: ["{name: warmup}", "{name: steady, when: 'phases.warmpu.metrics.goodput.avg >= 0.9'}"],
    code: "E_UNKNOWN_PHASE_REF",
    line: 7,
    message: "there is no phase 'warmpu'",
    hint: "did you mean 'warmup'?",
  },
  {
    name: "a when that does not parse",
    phases: ["{name: warmup}", "{name: steady, when: 'phases.warmup.metrics.goodput.avg >='}"],
    code: "E_EXPRESSION_SYNTAX",
    line: 7,
    message: "Phase 'steady': when:",
  },
  {
    name: "carry_over from a sibling",
    phases: ["{name: warmup}", "{name: low}", "{name: high, depends_on: [warmup], carry_over: {from: low, state: [kv_cache]}}"],
    code: "E_DAG",
    line: 8,
    message: "carries state over from 'low', which is not an ancestor of 'high'",
  },
  {
    name: "seamless after a sibling",
    phases: ["{name: warmup}", "{name: low}", "{name: high, depends_on: [warmup], seamless: true}"],
    code: "E_DAG",
    line: 8,
    message: "its dependency 'warmup' does not run immediately before it: 'low' runs in between",
  },
  {
    name: "seamless with two dependencies",
    phases: ["{name: warmup}", "{name: low}", "{name: high, depends_on: [warmup, low], seamless: true}"],
    code: "E_DAG",
    line: 8,
    message: "needs exactly one dependency",
  },
  {
    name: "an unknown metric in convergence",
    phases: ["{name: warmup}", "{name: steady, convergence: [{metric: time_to_frist_token, stat: p99, op: le, threshold: 500}]}"],
    code: "E_UNKNOWN_METRIC",
    line: 7,
    message: "unknown metric 'time_to_frist_token'",
    hint: "did you mean 'time_to_first_token'?",
  },
  {
    name: "an unknown metric in the nested sla shorthand",
    phases: ["{name: steady, sla: {request_latncy: {p95: {le: 30000}}}}"],
    code: "E_UNKNOWN_METRIC",
    line: 6,
    message: "unknown metric 'request_latncy'",
    hint: "did you mean 'request_latency'?",
  },
  {
    name: "an unknown metric in a when",
    phases: ["{name: warmup}", "{name: steady, when: 'phases.warmup.metrics.ttft.p99 < 500'}"],
    code: "E_UNKNOWN_METRIC",
    line: 7,
    message: "unknown metric 'ttft'",
    hint: "did you mean 'time_to_first_token'?",
  },
  {
    name: "an unknown slos key, at the key",
    phases: ["{name: steady}"],
    extra: ["slos: {request_latency: 5000, inter_token_latncy: 50}"],
    code: "E_UNKNOWN_METRIC",
    line: 5,
    message: "slos: unknown metric 'inter_token_latncy'",
    hint: "did you mean 'inter_token_latency'?",
  },
];

for (const c of cases) {
  test(`validate: ${c.name}`, () => {
    const text = configText(c.phases, c.extra);
    const { config, diagnostics } = load(text);
    assert.is(config, undefined, "an invalid config has no config");
    const hit = diagnostics.find((d) => d.code === c.code && d.line === c.line && d.message.includes(c.message) && (c.hint === undefined || (d.hint ?? "").includes(c.hint)));
    assert.ok(hit, `expected ${c.code} at line ${c.line} "${c.message}"; got:\n${diagnostics.map((d) => `  ${d.code} ${d.line}:${d.column} ${d.message} | ${d.hint ?? ""}`).join("\n")}`);
    if (c.related) assert.equal(hit?.related?.map((r) => r.line), c.related, "related lines");
    assert.ok(hit?.hint, "every DAG diagnostic says what to do");
    // One mistake, one DAG diagnostic: no echo from other checks.
    assert.is(diagnostics.filter((d) => /^E_(DAG|UNKNOWN_PHASE_REF|UNKNOWN_METRIC|DAG_CYCLE|EXPRESSION)/.test(d.code)).length, 1, "exactly one DAG diagnostic");
  });
}

const on = ["succeeded"] as ["succeeded"];

test("a cycle makes the plan unrunnable; phases before it are ordered, those on and behind it are not", () => {
  const plan = planPhases(canonicalWith([canonicalPhase("warmup", []), canonicalPhase("a", [{ phase: "warmup", on }, { phase: "b", on }]), canonicalPhase("b", [{ phase: "a", on }]), canonicalPhase("tail", [{ phase: "b", on }])]));
  assert.is(plan.runnable, false);
  assert.equal(plan.order, ["warmup"]);
  assert.equal(plan.nodes.map((n) => n.rank), [0, -1, -1, -1]);
  assert.equal(plan.findings.map((f) => [f.code, formatPath(f.path)]), [["E_DAG_CYCLE", "benchmark.phases[1].dependsOn[1].phase"]]);
});

test("an unknown dependency makes the plan unrunnable and is dropped from the edges", () => {
  const plan = planPhases(canonicalWith([canonicalPhase("warmup", []), canonicalPhase("steady", [{ phase: "warmup", on }, { phase: "gone", on }])]));
  assert.is(plan.runnable, false);
  assert.equal(plan.nodes[1]?.dependsOn.map((e) => [e.phase, e.index, e.entry]), [["warmup", 0, 0]]);
});

test("findings that only decide outcomes leave the plan runnable", () => {
  const plan = planPhases(canonicalWith([canonicalPhase("warmup", []), canonicalPhase("low", [{ phase: "warmup", on }]), canonicalPhase("high", [{ phase: "warmup", on }], { when: "phases.low.metrics.goodptu.avg > 1" })]));
  assert.equal(plan.findings.map((f) => [f.check, f.code]), [["when", "E_DAG"], ["metrics", "E_UNKNOWN_METRIC"]]);
  assert.is(plan.runnable, true);
});

test("nodes list their edges and dependents; byName finds them", () => {
  const plan = planPhases(canonicalWith([canonicalPhase("report", [{ phase: "low", on }, { phase: "high", on: ["succeeded", "failed"] }]), canonicalPhase("low", []), canonicalPhase("high", [])], { failurePolicy: "continue", maxParallel: 2 }));
  assert.equal(plan.order, ["low", "high", "report"]);
  assert.equal(plan.nodes.map((n) => [n.name, n.index, n.rank, n.dependents]), [["report", 0, 2, []], ["low", 1, 0, [0]], ["high", 2, 1, [0]]]);
  assert.equal(plan.byName.get("report")?.dependsOn, [{ phase: "low", index: 1, entry: 0, on: ["succeeded"] }, { phase: "high", index: 2, entry: 1, on: ["succeeded", "failed"] }]);
  assert.is(plan.failurePolicy, "continue");
  assert.is(plan.maxParallel, 2);
});

test("planning is pure: a frozen config, the same plan twice", () => {
  const config = deepFreeze(canonicalWith([canonicalPhase("a", [{ phase: "b", on }]), canonicalPhase("b", [{ phase: "a", on }]), canonicalPhase("c", [], { when: "phases.zz.outcome" })]));
  const once = planPhases(config);
  const twice = planPhases(config);
  assert.equal(JSON.stringify({ order: once.order, findings: once.findings }), JSON.stringify({ order: twice.order, findings: twice.findings }));
  assert.ok(once.findings.length >= 2);
});

test("a when over a phase stuck behind a cycle asks no ancestor question", () => {
  const plan = planPhases(canonicalWith([canonicalPhase("a", [{ phase: "b", on }]), canonicalPhase("b", [{ phase: "a", on }]), canonicalPhase("c", [{ phase: "b", on }], { when: "phases.a.outcome == 'succeeded'" })]));
  assert.equal(plan.findings.map((f) => f.check), ["cycle"]);
});

test.run();
