import { test } from "uvu";
import * as assert from "uvu/assert";
import { acceptanceHelpers, phaseField, show, yaml } from "../support/acceptance.ts";

/**
 * Acceptance cases 19–28 (shared/spec/acceptance-cases.md: list shapes from AIPerf's test_phases_list_shape.py and
 * test_datasets_list_shape.py, the envelope from test_envelope_restructure.py), through `loadConfig`. Error rows name
 * the code, the line of the YAML text and the subject of the message; success rows check the canonical config.
 * The helpers (yaml, loads, rejects, …) come from test/support/acceptance.ts, bound to this file's name.
 */
const { load, loads, reports, rejects } = acceptanceHelpers("lists-envelope.yaml");

test("case 19: a phases list keeps the input order, warmup first or profiling first", () => {
  const warmupFirst = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        - {name: warmup, type: concurrency, requests: 5}
        - {name: profiling, type: concurrency, requests: 10}
  `);
  assert.equal(warmupFirst.benchmark.phases.map((p) => p.name), ["warmup", "profiling"]);
  const profilingFirst = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        - {name: profiling, type: concurrency, requests: 10}
        - {name: warmup, type: concurrency, requests: 5}
  `);
  assert.equal(profilingFirst.benchmark.phases.map((p) => p.name), ["profiling", "warmup"]);
});

test("case 20: a phase without a name, duplicate phase names and an empty phases list are rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        - {name: warmup, type: concurrency, requests: 5}
        - {type: concurrency, requests: 10}
  `, "E_REQUIRED", 7, "missing required field 'name'");
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        - {name: profiling, type: concurrency, requests: 5}
        - {name: profiling, type: concurrency, requests: 10}
  `, "E_PHASES", 7, "duplicate phase name 'profiling'");
  // AIPerf (pydantic) says "at least 1 item"; ours is ajv's "must NOT have fewer than 1 items".
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: []
  `, "E_RANGE", 5, "must NOT have fewer than 1 items");
});

test("case 21: datasets as a dict, a dataset without a name and an empty datasets list are rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      datasets:
        main: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_TYPE", 5, "datasets must be a list");
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      datasets:
        - {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_REQUIRED", 5, "missing required field 'name'");
  // AIPerf (pydantic) says "at least 1 item"; ours is ajv's "must NOT have fewer than 1 items".
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      datasets: []
      phases: {type: concurrency, requests: 10}
  `, "E_RANGE", 4, "must NOT have fewer than 1 items");
});

test("case 22: a public dataset selects its corpus with dataset:, not with name", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      datasets:
        - {name: chat, type: public, dataset: sharegpt}
      phases: {type: concurrency, requests: 10}
  `);
  assert.equal(config.benchmark.datasets[0], { name: "chat", type: "public", dataset: "sharegpt", sampling: "sequential" });
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      datasets:
        - {name: sharegpt, type: public}
      phases: {type: concurrency, requests: 10}
  `, "E_REQUIRED", 5, "missing required field 'dataset'");
});

test("case 23: a flat file loads and warns that the flat shape was auto-migrated", () => {
  const result = load(yaml`
    model: m
    endpoint: {url: "http://localhost:8000"}
    dataset: {entries: 10}
    phases: {type: concurrency, requests: 10}
  `);
  reports(result, "warning", "W_FLAT_SHAPE_MIGRATED", 1, /auto-migrated.*flat shape/);
  assert.equal(result.config?.benchmark.models.items, [{ name: "m" }]);
  assert.equal(result.config?.benchmark.phases.map((p) => p.name), ["profiling"]);
});

test("case 24: an envelope without benchmark is rejected with a message that names benchmark", () => {
  rejects(yaml`
    random_seed: 7
    variables:
      load: 10
  `, "E_REQUIRED", 1, "'benchmark'");
});

test("case 25: a scenario run with top-level phases: is an unknown key; the allowed keys are listed", () => {
  const hit = rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: poisson, rate: 1, requests: 10}
    sweep:
      type: scenarios
      runs:
        - name: fast
          phases: [{name: profiling, rate: 5}]
  `, "E_UNKNOWN_KEY", 10, "unknown key 'phases'");
  // AIPerf: "sweep run [0]: unknown field(s) ['phases']; allowed: [...]"; ours names the key in the message and
  // lists the allowed keys in the hint.
  assert.ok(hit.hint?.includes("allowed: benchmark, name, values, variables"), hit.hint);
});

test("case 26: a scenario run wrapped in benchmark: is accepted", () => {
  const result = load(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: poisson, rate: 1, requests: 10}
    sweep:
      type: scenarios
      runs:
        - name: fast
          benchmark:
            phases: [{name: profiling, rate: 5}]
  `);
  assert.equal(result.diagnostics.map(show), []);
  assert.is(result.expansion?.count, 1);
  assert.is(result.expansion?.variant(0).label, "fast");
  assert.is(phaseField(result.config, 0, "rate"), 5);
});

test("case 27: a sweep path with a benchmark. prefix is redundant; multi_run and random_seed are non-sweepable", () => {
  const base = yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: poisson, rate: 1, requests: 10}
    sweep:
      parameters:
  `;
  rejects(`${base}    benchmark.phases.profiling.rate: [1, 2]\n`, "E_SWEEP_PATH", 8, "redundant 'benchmark.' prefix");
  const nonSweepable = `${base}    multi_run.num_runs: [1, 2]\n    random_seed: [1, 2]\n`;
  rejects(nonSweepable, "E_SWEEP_PATH", 8, "non-sweepable top-level field 'multi_run'");
  rejects(nonSweepable, "E_SWEEP_PATH", 9, "non-sweepable top-level field 'random_seed'");
});

test("case 28: the root key sweeps: is unknown, with a did-you-mean and the known keys", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: poisson, rate: 1, requests: 10}
    sweeps:
      parameters:
        rate: [1, 2]
  `, "E_UNKNOWN_KEY", 6, /^Unknown top-level envelope key\(s\): 'sweeps' \(did you mean 'sweep'\?\)\. Known keys: \[.*'benchmark'.*'sweep'.*\]$/);
});

test.run();
