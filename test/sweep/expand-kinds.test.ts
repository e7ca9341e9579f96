import { test } from "uvu";
import * as assert from "uvu/assert";
import { expandSweep } from "../../src/sweep/expand-sweep.ts";
import { all, at, dataset, envelope, errors, profiling, warmup, warnings } from "./envelope.ts";

/** The base variant, magic lists, seeds, scenario details and adaptive search. */

test("no sweep and no magic list: one variant named base", () => {
  const env = envelope({ root: { multiRun: { numRuns: 1 } } });
  const x = expandSweep({ envelope: env });
  assert.is(x.kind, "none");
  assert.is(x.count, 1);
  const [v] = all(x);
  assert.equal([v?.name, v?.label, v?.dirName, v?.assignments, v?.values], ["base", "base", "base", [], {}]);
  const { multiRun: _m, ...rest } = env;
  assert.equal(v?.config, rest, "the envelope without multiRun, unseeded (one trial, no sweep)");
});

test("magic lists: number lists under phase fields expand as a grid, in phase order", () => {
  const env = envelope({ phases: [warmup({ requests: [10, 20] }), profiling({ concurrency: [8, 16], prefillConcurrency: [2, 4, 6], rate: 5 })] });
  const x = expandSweep({ envelope: env, isFloatLiteral: (param) => param === "benchmark.phases[1].prefillConcurrency" });
  assert.is(x.kind, "magic");
  assert.is(x.count, 12);
  assert.is(x.variant(0).label, "phases.warmup.requests=10, phases.profiling.concurrency=8, phases.profiling.prefill_concurrency=2.0");
  assert.is(x.variant(11).dirName, "requests_20__concurrency_16__prefill_concurrency_6.0");
  assert.equal(at(x.variant(11).config, ["benchmark", "phases", 1, "prefillConcurrency"]), 6);
  assert.is(x.variant(11).config.randomSeed, undefined, "magic lists are no sweep block: AIPerf leaves the seed unset");
});

test("magic lists: other fields, other places and non-numbers do not expand", () => {
  const env = envelope({ phases: [profiling({ sla: [1, 2], concurrency: ["{{ a }}", 2] })], datasets: [dataset({ entries: [1, 2] })] });
  assert.is(expandSweep({ envelope: env }).kind, "none");
});

test("magic lists are ignored when a sweep block exists", () => {
  const env = envelope({ phases: [profiling({ concurrency: [8, 16] })], root: { sweep: { type: "grid", parameters: { rate: [1, 2] } } } });
  const x = expandSweep({ envelope: env });
  assert.is(x.kind, "grid");
  assert.equal(at(x.variant(0).config, ["benchmark", "phases", 0, "concurrency"]), [8, 16]);
});

test("seeds: base + index, the same with sameSeed, 42 when AIPerf would set it, none otherwise", () => {
  const seeds = (root: Record<string, unknown>) => all(expandSweep({ envelope: envelope({ root }) })).map((v) => v.config.randomSeed);
  const sweep = { type: "grid", parameters: { rate: [1, 2, 3] } };
  assert.equal(seeds({ sweep, randomSeed: 7 }), [7, 8, 9]);
  assert.equal(seeds({ sweep: { ...sweep, sameSeed: true }, randomSeed: 7 }), [7, 7, 7]);
  assert.equal(seeds({ sweep }), [42, 43, 44]);
  assert.equal(seeds({ sweep, multiRun: { setConsistentSeed: false } }), [undefined, undefined, undefined]);
  assert.equal(seeds({ multiRun: { numRuns: 3 } }), [42], "several trials without a sweep");
  assert.equal(seeds({ sweep, randomSeed: "{{ seed }}" }), ["{{ seed }}", "{{ seed }}", "{{ seed }}"], "an unrendered seed is left alone");
});

test("scenarios: a singular dataset: in a run means the base's only dataset, whatever its name", () => {
  const env = envelope({ datasets: [dataset({ name: "main", prompts: { isl: 100, osl: 10 } })],
    root: { sweep: { type: "scenarios", runs: [{ name: "r", benchmark: { dataset: { prompts: { isl: 5 } } } }] } } });
  const x = expandSweep({ envelope: env });
  assert.equal(errors(x), []);
  assert.equal(at(x.variant(0).config, ["benchmark", "datasets"]), [{ name: "main", type: "synthetic", entries: 500, prompts: { isl: 5, osl: 10 } }]);
});

test("scenarios: singular dataset: errors", () => {
  const run = (benchmark: Record<string, unknown>, datasets = [dataset()]) =>
    errors(expandSweep({ envelope: envelope({ datasets, root: { sweep: { type: "scenarios", runs: [{ name: "r", benchmark }] } } }) }));
  assert.match(run({ dataset: {}, datasets: [] }).join(), /'dataset' cannot be used with 'datasets'/);
  assert.match(run({ dataset: "x" }).join(), /'benchmark\.dataset:' must be a mapping; got str/);
  assert.match(run({ dataset: { entries: 1 } }, [dataset(), dataset({ name: "b" })]).join(), /against a base with multiple datasets \(\['default', 'b'\]\)/);
  assert.equal(run({ dataset: { name: "b", entries: 1 } }, [dataset(), dataset({ name: "b" })]), []);
});

test("scenarios: variables merge over the root variables; values must be flat scalars", () => {
  const env = envelope({ root: { variables: { a: 1, b: { c: 2 } }, sweep: { type: "scenarios", runs: [
    { name: "one", variables: { b: { d: 3 } }, values: { isl: 1024, tag: "x", on: true } },
    { name: "two", values: { bad: [1] } },
  ] } } });
  const x = expandSweep({ envelope: env });
  assert.equal(errors(x), ["sweep run [1].values['bad'] must be a hashable scalar; got list"]);
  const ok = expandSweep({ envelope: { ...env, sweep: { type: "scenarios", runs: [(env.sweep as { runs: unknown[] }).runs[0]] } } });
  const v = ok.variant(0);
  assert.equal(v.config.variables, { a: 1, b: { c: 2, d: 3 } });
  assert.equal(v.values, { isl: 1024, tag: "x", on: true });
  assert.is(v.label, "one");
  assert.is(v.dirName, "isl_1024__tag_x__on_True", "flat values name the folder, as AIPerf's dir_name does");
});

test("scenarios: a run that is not a mapping, and an empty run list", () => {
  assert.match(errors(expandSweep({ envelope: envelope({ root: { sweep: { type: "scenarios", runs: ["x"] } } }) })).join(), /sweep run \[0\] must be a mapping; got str/);
  assert.match(errors(expandSweep({ envelope: envelope({ root: { sweep: { type: "scenarios", runs: [] } } }) })).join(), /'runs' must be a non-empty list/);
});

test("adaptive_search: the base only, a warning, and its search-space paths resolved", () => {
  const sweep = { type: "adaptive_search", searchSpace: [{ path: "concurrency", lo: 1, hi: 8 }, { path: "phases.profilling.rate", lo: 1, hi: 2 }, { path: "phases.profiling.concurrency", lo: 1, hi: 3 }], objectives: [], maxIterations: 5 };
  const x = expandSweep({ envelope: envelope({ root: { sweep } }) });
  assert.is(x.kind, "adaptive_search");
  assert.match(warnings(x).join(), /runs at execution time/);
  assert.equal(x.findings.filter((f) => f.severity === "error").map((f) => f.path), [["sweep", "searchSpace", 1, "path"], ["sweep", "searchSpace"]]);
  assert.match(errors(x)[1] ?? "", /must have unique paths; duplicates: \['phases\.profiling\.concurrency'\]/);
  const clean = expandSweep({ envelope: envelope({ root: { sweep: { ...sweep, searchSpace: [sweep.searchSpace[0]] } } }) });
  assert.is(clean.count, 1);
  assert.is(clean.variant(0).label, "base");
});

test("an unknown sweep type and a sweep that is not a mapping", () => {
  assert.match(errors(expandSweep({ envelope: envelope({ root: { sweep: { type: "random" } } }) })).join(), /unknown sweep type 'random'/);
  assert.match(errors(expandSweep({ envelope: envelope({ root: { sweep: [1] } }) })).join(), /sweep must be a mapping/);
});

test("a sweep without type is a grid", () => {
  const x = expandSweep({ envelope: envelope({ root: { sweep: { parameters: { rate: [1, 2] } } } }) });
  assert.is(x.kind, "grid");
  assert.is(x.count, 2);
});

test("overlapping parameters are refused", () => {
  const x = expandSweep({ envelope: envelope({ root: { sweep: { type: "grid", parameters: { "dataset.prompts": [{ isl: 1 }], "dataset.prompts.isl": [2] } } } }) });
  assert.match(errors(x).join(), /'dataset\.prompts\.isl' lies inside parameter 'dataset\.prompts'/);
});

test("a nested value names the folder after the label", () => {
  const x = expandSweep({ envelope: envelope({ root: { sweep: { type: "grid", parameters: { "dataset.prompts.isl": [{ mean: 5, stddev: 1 }] } } } }) });
  assert.is(x.variant(0).label, "dataset.prompts.isl={'mean': 5, 'stddev': 1}");
  assert.is(x.variant(0).dirName, "dataset.prompts.isl={'mean' 5, 'stddev' 1}");
});

test.run();
