import { test } from "uvu";
import * as assert from "uvu/assert";
import { expandSweep } from "../../src/sweep/expand-sweep.ts";
import type { SweepExpansion } from "../../src/sweep/types.ts";
import { all, at, envelope, errors, profiling, warmup, warnings } from "./envelope.ts";

/**
 * Acceptance cases 25–41 and 55 (shared/spec/acceptance-cases.md) as far as they concern expansion, one row each.
 * `errors` / `warnings` are substrings or patterns that some finding of that severity must match; a row without
 * `errors` must expand without any.
 */
interface Case {
  name: string;
  envelope: Record<string, unknown>;
  isFloat?: (param: string, index: number) => boolean;
  errors?: (string | RegExp)[];
  warnings?: (string | RegExp)[];
  check?: (x: SweepExpansion) => void;
}

const grid = (parameters: Record<string, unknown>, root: Record<string, unknown> = {}, phases?: Record<string, unknown>[]) =>
  envelope({ root: { sweep: { type: "grid", parameters }, ...root }, ...(phases ? { phases } : {}) });
const zip = (parameters: Record<string, unknown>, root: Record<string, unknown> = {}) => envelope({ root: { sweep: { type: "zip", parameters }, ...root } });
const scenarios = (runs: unknown[]) => envelope({ root: { sweep: { type: "scenarios", runs } } });
const PROFILING = ["benchmark", "phases", 1];

const cases: Case[] = [
  { name: "25: a scenario run with a top-level phases: key names the allowed keys",
    envelope: scenarios([{ name: "a", phases: [{ name: "profiling", rate: 5 }] }]),
    errors: ["sweep run [0]: unknown field(s) ['phases']; allowed: ['benchmark', 'name', 'values', 'variables']"] },
  { name: "26: a scenario run wrapped in benchmark: is accepted",
    envelope: scenarios([{ name: "a", benchmark: { phases: [{ name: "profiling", rate: 5 }] } }]),
    check: (x) => assert.is(at(x.variant(0).config, [...PROFILING, "rate"]), 5) },
  { name: "27: the benchmark. prefix is redundant", envelope: grid({ "benchmark.phases.profiling.rate": [1, 2] }), errors: ["redundant 'benchmark.' prefix"] },
  { name: "27: multi_run is non-sweepable", envelope: grid({ "multi_run.num_runs": [1, 2] }), errors: [/non-sweepable top-level field 'multi_run'/] },
  { name: "27: random_seed is non-sweepable", envelope: grid({ random_seed: [1, 2] }), errors: [/non-sweepable top-level field 'random_seed'/] },
  { name: "27: the camelCase spellings are non-sweepable too", envelope: grid({ "multiRun.numRuns": [1], randomSeed: [1] }), errors: [/'multiRun'/, /'randomSeed'/] },
  { name: "27: sweep.* is non-sweepable", envelope: grid({ "sweep.type": ["zip"] }), errors: [/non-sweepable top-level field 'sweep'/] },
  { name: "29: a 3×3 grid has 9 variations labelled k=v, k2=v2, without sweep",
    envelope: grid({ "phases.profiling.concurrency": [8, 16, 32], "phases.profiling.requests": [100, 200, 300] }),
    check: (x) => {
      assert.is(x.count, 9);
      assert.is(x.variant(0).label, "phases.profiling.concurrency=8, phases.profiling.requests=100");
      assert.is(x.variant(5).label, "phases.profiling.concurrency=16, phases.profiling.requests=300");
      for (const v of all(x)) assert.not.ok("sweep" in v.config);
    } },
  { name: "29: grid keys are sorted by path, not YAML order; an alias sorts by the path it resolves to",
    envelope: grid({ concurrency: [1, 2], "datasets.default.entries": [10, 20], "endpoint.timeout": [5] }),
    check: (x) => {
      assert.equal(all(x).map((v) => v.label), [
        "datasets.default.entries=10, endpoint.timeout=5, phases.profiling.concurrency=1",
        "datasets.default.entries=10, endpoint.timeout=5, phases.profiling.concurrency=2",
        "datasets.default.entries=20, endpoint.timeout=5, phases.profiling.concurrency=1",
        "datasets.default.entries=20, endpoint.timeout=5, phases.profiling.concurrency=2",
      ]);
      assert.equal(x.variant(3).assignments.map((a) => a.param), ["datasets.default.entries", "endpoint.timeout", "concurrency"]);
    } },
  { name: "30: zip pairs the i-th values", envelope: zip({ "datasets.default.prompts.isl": [128, 512, 2048], "datasets.default.prompts.osl": [128, 256, 512] }),
    check: (x) => {
      const pairs = all(x).map((v) => [at(v.config, ["benchmark", "datasets", 0, "prompts", "isl"]), at(v.config, ["benchmark", "datasets", 0, "prompts", "osl"])]);
      assert.equal(pairs, [[128, 128], [512, 256], [2048, 512]]);
    } },
  { name: "31: zip lists of different lengths", envelope: zip({ "datasets.default.prompts.isl": [128, 512, 2048], "datasets.default.prompts.osl": [128, 256] }),
    errors: ["zip sweep parameters must all have equal length; got {'datasets.default.prompts.isl': 3, 'datasets.default.prompts.osl': 2}."] },
  { name: "31: a malformed zip parameter", envelope: zip({ "a..b": [1], "phases.profiling.rate": [] }),
    errors: [/^zip sweep parameter: dimension path 'a\.\.b'/, "zip sweep parameter 'phases.profiling.rate': value list must be non-empty."] },
  { name: "32: a zip over variables writes the root variables per variation",
    envelope: zip({ "variables.conc": [4, 8], "variables.reqs": [40, 80] }, { variables: { conc: 1, reqs: 10 } }),
    check: (x) => {
      assert.equal(all(x).map((v) => v.config.variables), [{ conc: 4, reqs: 40 }, { conc: 8, reqs: 80 }]);
      assert.equal(x.variant(1).assignments.map((a) => a.path), [["variables", "conc"], ["variables", "reqs"]]);
    } },
  { name: "33: a grid on variables.load leaves the {{ }} strings for rendering",
    envelope: envelope({ root: { variables: { load: 1 }, sweep: { type: "grid", parameters: { "variables.load": [10, 50, 100] } } },
      phases: [profiling({ type: "concurrency", rate: undefined, concurrency: "{{ load }}", requests: "{{ load * 5 }}" })] }),
    check: (x) => {
      assert.equal(all(x).map((v) => at(v.config, ["variables", "load"])), [10, 50, 100]);
      assert.is(at(x.variant(2).config, ["benchmark", "phases", 0, "requests"]), "{{ load * 5 }}");
      assert.is(x.variant(0).label, "variables.load=10");
    } },
  { name: "34: the alias concurrency resolves to phases.profiling.concurrency", envelope: grid({ concurrency: [4, 8] }),
    check: (x) => {
      assert.ok(x.variant(0).label.startsWith("phases.profiling.concurrency="));
      assert.equal(x.variant(1).assignments, [{ param: "concurrency", path: [...PROFILING, "concurrency"], value: 8 }]);
      assert.is(at(x.variant(1).config, [...PROFILING, "concurrency"]), 8);
    } },
  { name: "35: an alias against a single phase named default falls back to the profiling-kind phase",
    envelope: grid({ concurrency: [4, 8] }, {}, [profiling({ name: "default" })]),
    check: (x) => assert.equal(x.variant(0).assignments[0]?.path, ["benchmark", "phases", 0, "concurrency"]) },
  { name: "36: an alias and its full path together", envelope: grid({ concurrency: [4], "phases.profiling.concurrency": [8] }),
    errors: ["grid sweep parameter 'phases.profiling.concurrency' resolves to 'phases.profiling.concurrency', which is already a parameter. Pick one spelling"] },
  { name: "36: the snake_case and camelCase spellings of one field together", envelope: grid({ grace_period: [4], "phases.profiling.gracePeriod": [8] }),
    errors: [/already a parameter/] },
  { name: "37: a typo in the phase segment", envelope: grid({ "phases.profilling.rate": [1] }),
    errors: ["sweep path 'phases.profilling.rate': no entry named 'profilling' found (existing: ['warmup', 'profiling']). Add the entry first or fix the typo."] },
  { name: "38: two profiling-kind phases and none named profiling",
    envelope: grid({ "phases.profiling.rate": [1] }, {}, [warmup(), profiling({ name: "low" }), profiling({ name: "high" })]),
    errors: ["no entry named 'profiling' found (existing: ['warmup', 'low', 'high'])"] },
  { name: "39: descending into a scalar", envelope: grid({ "phases.profiling.concurrency.x": [1] }),
    errors: ["sweep path 'phases.profiling.concurrency.x': cannot assign into int at segment 'phases.profiling.concurrency'; expected a dict or list-of-named-dicts."] },
  { name: "39: descending through a scalar", envelope: grid({ "phases.profiling.concurrency.x.y": [1] }),
    errors: ["cannot descend into int at segment 'phases.profiling.concurrency'"] },
  { name: "40: a run name with / is path-unsafe", envelope: scenarios([{ name: "a/b", benchmark: {} }]), errors: [/name 'a\/b' is path-unsafe/] },
  { name: "40: a run name with .. is path-unsafe", envelope: scenarios([{ name: "up..", benchmark: {} }]), errors: [/path-unsafe/] },
  { name: "40: a run name of dots only is path-unsafe", envelope: scenarios([{ name: "...", benchmark: {} }]), errors: [/path-unsafe/] },
  { name: "40: duplicate run names", envelope: scenarios([{ name: "a", benchmark: {} }, { name: "a", benchmark: {} }]),
    errors: ["scenario sweep runs must have unique names; duplicates: ['a']."] },
  { name: "40: an unnamed run with nested overrides warns", envelope: scenarios([{ benchmark: { phases: [{ name: "profiling", rate: 5 }] } }]),
    warnings: [/^sweep run \[0\]: no 'name:' set .* positional name 'scenario_0'/],
    check: (x) => assert.is(x.variant(0).label, "scenario_0") },
  { name: "40: an unnamed run with flat values does not warn", envelope: scenarios([{ values: { isl: 128 }, benchmark: { phases: [{ name: "profiling", rate: 5 }] } }]),
    check: (x) => { assert.equal(warnings(x), []); assert.is(x.variant(0).dirName, "isl_128"); } },
  { name: "41: an empty path", envelope: grid({ "": [1] }), errors: ["grid sweep parameter: dimension path must be a non-empty string."] },
  { name: "41: a leading dot", envelope: grid({ ".a": [1] }), errors: ["dimension path '.a' must not start with '.'."] },
  { name: "41: a trailing dot", envelope: grid({ "a.": [1] }), errors: ["dimension path 'a.' must not end with '.'."] },
  { name: "41: a trailing dot is reported before consecutive dots, as AIPerf checks them", envelope: grid({ "a..b.": [1] }), errors: ["dimension path 'a..b.' must not end with '.'."] },
  { name: "41: consecutive dots", envelope: grid({ "a..b": [1] }), errors: ["dimension path 'a..b' must not contain consecutive dots ('..')."] },
  { name: "41: an empty value list", envelope: grid({ rate: [] }), errors: ["grid sweep parameter 'rate': value list must be non-empty."] },
  { name: "41: NaN and inf values", envelope: grid({ rate: [1, Number.NaN], duration: [Number.POSITIVE_INFINITY] }),
    errors: ["grid sweep parameter 'rate': value nan is not finite.", "grid sweep parameter 'duration': value inf is not finite."] },
  { name: "55: sweep and multiRun are removed from every variant",
    envelope: grid({ rate: [1, 2] }, { multiRun: { numRuns: 3 }, variables: { a: 1 } }),
    check: (x) => {
      for (const v of all(x)) {
        assert.equal(Object.keys(v.config).sort(), ["benchmark", "randomSeed", "schemaVersion", "variables"]);
      }
    } },
];

for (const c of cases) {
  test(c.name, () => {
    const x = expandSweep({ envelope: c.envelope, ...(c.isFloat ? { isFloatLiteral: c.isFloat } : {}) });
    const errs = errors(x);
    if (c.errors) {
      for (const want of c.errors) assert.ok(errs.some((m) => (typeof want === "string" ? m.includes(want) : want.test(m))), `no error matches ${want}; got:\n${errs.join("\n")}`);
      assert.is(x.count, 0, "an expansion with errors has no variants");
    } else {
      assert.equal(errs, [], "unexpected errors");
    }
    const warns = warnings(x);
    for (const want of c.warnings ?? []) assert.ok(warns.some((m) => (typeof want === "string" ? m.includes(want) : want.test(m))), `no warning matches ${want}; got:\n${warns.join("\n")}`);
    c.check?.(x);
  });
}

test("the input envelope is never mutated", () => {
  const env = envelope({ root: { sweep: { type: "grid", parameters: { concurrency: [1, 2], "variables.x": [{ a: 1 }] } }, multiRun: { numRuns: 2 } } });
  const before = structuredClone(env);
  const x = expandSweep({ envelope: env });
  for (const v of all(x)) {
    ((v.config.variables as Record<string, Record<string, number>>).x as Record<string, number>).a = 99;
    (at(v.config, ["benchmark", "phases"]) as unknown[]).push("mutating a variant");
  }
  assert.equal(env, before);
  assert.equal(at(x.variant(1).config, ["variables", "x", "a"]), 1, "variants do not share written values");
});

test("findings point at the parameter key", () => {
  const x = expandSweep({ envelope: grid({ "phases.profilling.rate": [1], rate: [Number.NaN] }) });
  assert.equal(x.findings.map((f) => [f.code, f.path, f.atKey ?? false]), [
    ["E_SWEEP_PATH", ["sweep", "parameters", "phases.profilling.rate"], true],
    ["E_SWEEP", ["sweep", "parameters", "rate", 0], false],
  ]);
  assert.is(x.findings[0]?.hint, "did you mean 'profiling'?");
});

test("variant(i) outside the range throws a RangeError", () => {
  const x = expandSweep({ envelope: grid({ rate: [1, 2] }) });
  assert.throws(() => x.variant(2), (e: unknown) => e instanceof RangeError);
  assert.throws(() => x.variant(-1), (e: unknown) => e instanceof RangeError);
});

test("warmup-named phases keep their kind in the profiling fallback", () => {
  const x = expandSweep({ envelope: grid({ rate: [5] }, {}, [warmup({ name: "prewarm" }), profiling({ name: "main" })]) });
  assert.equal(x.variant(0).assignments[0]?.path, ["benchmark", "phases", 1, "rate"]);
});

test.run();
