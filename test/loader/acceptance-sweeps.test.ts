import { test } from "uvu";
import * as assert from "uvu/assert";
import type { LoadResult } from "../../src/load-config.ts";
import { acceptanceHelpers, errorsOf, phaseField, yaml } from "../support/acceptance.ts";

/**
 * Acceptance cases 29–41 and 55 (shared/spec/acceptance-cases.md, from AIPerf's test_sweep*.py and
 * loader/test_adversarial_strictness.py), through `loadConfig`: the expansion (count, labels, variant configs), the
 * rendered canonical config of a chosen variant, and the diagnostics at the sweep parameter's line.
 * The helpers (yaml, load, rejects, …) come from test/support/acceptance.ts, bound to this file's name.
 */
const { load, reports, rejects } = acceptanceHelpers("sweeps.yaml", { checkAllVariants: true });

/** Every variant's label. */
const labels = (result: LoadResult): string[] => [...(result.expansion?.variants() ?? [])].map((v) => v.label);

/** The body every sweep below varies: one poisson profiling phase, written as the phases: shorthand (lines 1–5). */
const BODY = yaml`
  benchmark:
    model: m
    endpoint: {url: "http://localhost:8000"}
    dataset: {entries: 10}
    phases: {type: poisson, rate: 1, requests: 10}
`;

test("case 29: a 3×3 grid gives 9 variations labelled k=v, k2=v2, each without the sweep key", () => {
  const result = load(`${BODY}${yaml`
    sweep:
      type: grid
      parameters:
        phases.profiling.requests: [100, 200, 300]
        phases.profiling.concurrency: [8, 16, 32]
  `}`);
  assert.equal(errorsOf(result), []);
  assert.is(result.expansion?.count, 9);
  // Keys are sorted by path, so concurrency varies slowest although it is written second.
  assert.is(labels(result)[0], "phases.profiling.concurrency=8, phases.profiling.requests=100");
  assert.is(labels(result)[5], "phases.profiling.concurrency=16, phases.profiling.requests=300");
  for (const variant of result.expansion?.variants() ?? []) assert.not.ok("sweep" in variant.config, variant.label);
  assert.not.ok(result.config && "sweep" in result.config);
  assert.equal([phaseField(result.config, 0, "concurrency"), phaseField(result.config, 0, "requests")], [8, 100]);
});

test("case 30: a zip over datasets.default.prompts.isl/osl pairs the i-th values", () => {
  const text = `${BODY}${yaml`
    sweep:
      type: zip
      parameters:
        datasets.default.prompts.isl: [128, 512, 2048]
        datasets.default.prompts.osl: [128, 256, 512]
  `}`;
  const result = load(text);
  assert.equal(errorsOf(result), []);
  assert.is(result.expansion?.count, 3);
  const pairs = [0, 1, 2].map((i) => load(text, { variant: i }).config?.benchmark.datasets[0]).map((d) => {
    const prompts = (d as { prompts?: { isl?: unknown; osl?: unknown } } | undefined)?.prompts;
    return [prompts?.isl, prompts?.osl];
  });
  // Distributions always carry an explicit type in the canonical config.
  assert.equal(pairs, [0, 1, 2].map((i) => [{ type: "fixed", value: [128, 512, 2048][i] }, { type: "fixed", value: [128, 256, 512][i] }]));
});

test("case 31: zip lists of different lengths and a malformed zip parameter are rejected", () => {
  rejects(`${BODY}${yaml`
    sweep:
      type: zip
      parameters:
        datasets.default.prompts.isl: [128, 512, 2048]
        datasets.default.prompts.osl: [128, 256]
  `}`, "E_SWEEP", 9, "zip sweep parameters must all have equal length");
  rejects(`${BODY}${yaml`
    sweep:
      type: zip
      parameters:
        a..b: [1]
  `}`, "E_SWEEP_PATH", 9, "zip sweep parameter: dimension path 'a..b'");
});

test("case 32: a zip over variables.conc / variables.reqs re-renders the body for each variation", () => {
  const text = yaml`
    variables:
      conc: 1
      reqs: 10
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        type: concurrency
        concurrency: "{{ conc }}"
        requests: "{{ reqs }}"
    sweep:
      type: zip
      parameters:
        variables.conc: [4, 8]
        variables.reqs: [40, 80]
  `;
  const configs = [0, 1].map((i) => load(text, { variant: i }).config);
  assert.equal(configs.map((c) => [phaseField(c, 0, "concurrency"), phaseField(c, 0, "requests")]), [[4, 40], [8, 80]]);
  assert.equal(configs.map((c) => c?.variables), [{ conc: 4, reqs: 40 }, { conc: 8, reqs: 80 }]);
});

test("case 33: a grid on variables.load drives concurrency '{{ load }}' and requests '{{ load * 5 }}'", () => {
  const text = yaml`
    variables:
      load: 1
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        type: concurrency
        concurrency: "{{ load }}"
        requests: "{{ load * 5 }}"
    sweep:
      type: grid
      parameters:
        variables.load: [10, 50, 100]
  `;
  assert.equal(labels(load(text)), ["variables.load=10", "variables.load=50", "variables.load=100"]);
  const configs = [0, 1, 2].map((i) => load(text, { variant: i }).config);
  assert.equal(configs.map((c) => phaseField(c, 0, "concurrency")), [10, 50, 100]);
  assert.equal(configs.map((c) => phaseField(c, 0, "requests")), [50, 250, 500]);
});

test("case 34: the alias concurrency: [4, 8] resolves to phases.profiling.concurrency", () => {
  const text = `${BODY}${yaml`
    sweep:
      parameters:
        concurrency: [4, 8]
  `}`;
  const result = load(text);
  assert.equal(errorsOf(result), []);
  assert.equal(labels(result), ["phases.profiling.concurrency=4", "phases.profiling.concurrency=8"]);
  assert.equal(result.expansion?.variant(1).assignments[0]?.path, ["benchmark", "phases", 0, "concurrency"]);
  assert.is(phaseField(load(text, { variant: 1 }).config, 0, "concurrency"), 8);
});

test("case 35: an alias against a single phase named default resolves through the profiling fallback", () => {
  const text = yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        - {name: default, type: concurrency, requests: 10}
    sweep:
      parameters:
        concurrency: [4, 8]
  `;
  const result = load(text);
  assert.equal(errorsOf(result), []);
  assert.is(result.expansion?.count, 2);
  const config = load(text, { variant: 1 }).config;
  assert.equal([phaseField(config, 0, "name"), phaseField(config, 0, "kind"), phaseField(config, 0, "concurrency")], ["default", "profiling", 8]);
});

test("case 36: the same parameter as alias and as full path is rejected", () => {
  rejects(`${BODY}${yaml`
    sweep:
      parameters:
        concurrency: [4]
        phases.profiling.concurrency: [8]
  `}`, "E_SWEEP_PATH", 9, "resolves to 'phases.profiling.concurrency', which is already a parameter");
});

test("case 37: a typo in the phase segment names the missing entry", () => {
  rejects(`${BODY}${yaml`
    sweep:
      parameters:
        phases.profilling.rate: [1, 2]
  `}`, "E_SWEEP_PATH", 8, "no entry named 'profilling'");
});

test("case 38: phases.profiling.X with two non-warmup phases, none named profiling, is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        - {name: low, type: poisson, rate: 1, requests: 10}
        - {name: high, type: poisson, rate: 5, requests: 10}
    sweep:
      parameters:
        phases.profiling.rate: [1, 2]
  `, "E_SWEEP_PATH", 10, "no entry named 'profiling'");
});

test("case 39: descending into a scalar is rejected", () => {
  rejects(`${BODY}${yaml`
    sweep:
      parameters:
        phases.profiling.requests.x: [1, 2]
  `}`, "E_SWEEP_PATH", 8, "cannot assign into int");
});

test("case 40: path-unsafe and duplicate run names are rejected; an unnamed nested run warns", () => {
  const runs = (runsYaml: string): string => `${BODY}sweep:\n  type: scenarios\n  runs:\n${runsYaml}`;
  // AIPerf: "sweep run name 'a/b' is path-unsafe"; ours (the schema's message for a run name) says what a run
  // name may not contain and why.
  const unsafe = runs("    - {name: a/b, benchmark: {phases: [{name: profiling, rate: 5}]}}\n    - {name: .., benchmark: {phases: [{name: profiling, rate: 6}]}}\n");
  rejects(unsafe, "E_FORMAT", 9, "a run name may not contain `/`, `\\` or `..`");
  rejects(unsafe, "E_FORMAT", 10, "a run name may not contain `/`, `\\` or `..`");
  rejects(runs("    - {name: fast, benchmark: {phases: [{name: profiling, rate: 5}]}}\n    - {name: fast, benchmark: {phases: [{name: profiling, rate: 6}]}}\n"),
    "E_SWEEP", 10, "scenario sweep runs must have unique names; duplicates: ['fast']");
  const unnamed = load(runs("    - benchmark:\n        phases: [{name: profiling, rate: 5}]\n"));
  reports(unnamed, "warning", "W_SWEEP", 9, "sweep run [0]: no 'name:' set");
  assert.equal(labels(unnamed), ["scenario_0"]);
  assert.is(phaseField(unnamed.config, 0, "rate"), 5);
});

test("case 41: empty, dotted, empty-list and non-finite sweep parameters are rejected", () => {
  const paths = `${BODY}${yaml`
    sweep:
      parameters:
        "": [1]
        .a: [1]
        a..b: [1]
  `}`;
  rejects(paths, "E_SWEEP_PATH", 8, "dimension path must be a non-empty string");
  rejects(paths, "E_SWEEP_PATH", 9, "dimension path '.a' must not start with '.'");
  rejects(paths, "E_SWEEP_PATH", 10, "dimension path 'a..b' must not contain consecutive dots");
  // AIPerf: "value list must be non-empty"; ours is ajv's "must NOT have fewer than 1 items".
  rejects(`${BODY}sweep:\n  parameters:\n    rate: []\n`, "E_RANGE", 8, "must NOT have fewer than 1 items");
  const nonFinite = `${BODY}sweep:\n  parameters:\n    rate: [1, .nan]\n    duration: [.inf]\n`;
  rejects(nonFinite, "E_SWEEP", 8, "grid sweep parameter 'rate': value nan is not finite");
  rejects(nonFinite, "E_SWEEP", 9, "grid sweep parameter 'duration': value inf is not finite");
});

test("case 55: expanded configs have sweep and multiRun removed; multiRun defaults to 1 run, no cooldown, 0.95", () => {
  const result = load(`${BODY}${yaml`
    sweep:
      parameters:
        rate: [1, 2]
  `}`);
  assert.equal(errorsOf(result), []);
  for (const variant of result.expansion?.variants() ?? []) {
    assert.not.ok("sweep" in variant.config, variant.label);
    assert.not.ok("multiRun" in variant.config, variant.label);
  }
  const multiRun = result.config?.multiRun;
  assert.equal([multiRun?.numRuns, multiRun?.cooldownSeconds, multiRun?.confidenceLevel], [1, 0, 0.95]);
  assert.not.ok(result.config && "sweep" in result.config);
});

test.run();
