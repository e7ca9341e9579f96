import { test } from "uvu";
import * as assert from "uvu/assert";
import { acceptanceHelpers, phase, show, yaml } from "../support/acceptance.ts";

/**
 * Acceptance cases 1–18 (shared/spec/acceptance-cases.md, from AIPerf's test_config_normalization.py), through
 * `loadConfig` as a user's file would go. Error rows name the code, the line of the YAML text and the subject of
 * the message; success rows check the canonical config (camelCase, defaults filled).
 * The helpers (yaml, loads, rejects, …) come from test/support/acceptance.ts, bound to this file's name.
 */
const { load, loads, rejects } = acceptanceHelpers("normalization.yaml");

test("case 1: model: m becomes models.items [{name: m}] with strategy round_robin", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `);
  assert.equal(config.benchmark.models, { items: [{ name: "m" }], strategy: "round_robin" });
});

test("case 2: models: [a, b] becomes two items, in order", () => {
  const config = loads(yaml`
    benchmark:
      models: [b, a]
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `);
  assert.equal(config.benchmark.models, { items: [{ name: "b" }, { name: "a" }], strategy: "round_robin" });
});

test("case 3: a structured models block passes through unchanged", () => {
  const config = loads(yaml`
    benchmark:
      models:
        strategy: weighted
        items:
          - {name: a, weight: 0.25}
          - {name: b, weight: 0.75}
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `);
  assert.equal(config.benchmark.models, { strategy: "weighted", items: [{ name: "a", weight: 0.25 }, { name: "b", weight: 0.75 }] });
});

test("case 4: model together with models is rejected", () => {
  rejects(yaml`
    benchmark:
      models: [a, b]
      model: a
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_SHORTHAND_CONFLICT", 3, "'model' cannot be used with 'models'");
});

test("case 5: dataset: {…} becomes datasets[0] named default (an explicit name wins)", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {type: synthetic, entries: 10}
      phases: {type: concurrency, requests: 10}
  `);
  assert.is(config.benchmark.datasets.length, 1);
  assert.is(config.benchmark.datasets[0]?.name, "default");
  const named = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {name: mine, entries: 10}
      phases: {type: concurrency, requests: 10}
  `);
  assert.is(named.benchmark.datasets[0]?.name, "mine");
});

test("case 6: a dataset without type is synthetic; an explicit type is preserved", () => {
  const untyped = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `);
  assert.is(untyped.benchmark.datasets[0]?.type, "synthetic");
  const typed = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {type: public, dataset: sharegpt}
      phases: {type: concurrency, requests: 10}
  `);
  assert.is(typed.benchmark.datasets[0]?.type, "public");
});

test("case 7: the legacy composed dataset (source + augment) is rejected", () => {
  const text = yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset:
        source: {type: file, path: data.jsonl}
        augment: {isl: 128}
      phases: {type: concurrency, requests: 10}
  `;
  // AIPerf (pydantic) says "Extra inputs are not permitted"; ours names each unknown key at its own line.
  rejects(text, "E_UNKNOWN_KEY", 5, "unknown key 'source'");
  rejects(text, "E_UNKNOWN_KEY", 6, "unknown key 'augment'");
});

/** Case 8: one phase of each type, with a dataset our compatibility rules accept for it. */
const SINGLE_PHASES: { type: string; phase: string; dataset: string }[] = [
  { type: "concurrency", phase: "{type: concurrency, requests: 10}", dataset: "{entries: 10}" },
  { type: "poisson", phase: "{type: poisson, rate: 5, requests: 10}", dataset: "{entries: 10}" },
  { type: "gamma", phase: "{type: gamma, rate: 5, smoothness: 2, requests: 10}", dataset: "{entries: 10}" },
  { type: "constant", phase: "{type: constant, rate: 5, requests: 10}", dataset: "{entries: 10}" },
  // Our compatibility matrix wants multi-turn data for user_centric and a timestamped trace for fixed_schedule.
  { type: "user_centric", phase: "{type: user_centric, rate: 5, users: 2, requests: 10}", dataset: "{entries: 10, turns: {mean: 3, stddev: 1}}" },
  { type: "fixed_schedule", phase: "{type: fixed_schedule}", dataset: "{type: file, path: trace.jsonl, format: mooncake_trace}" },
];

test("case 8: phases: {type: …} becomes a one-element list named profiling, for all 6 phase types", () => {
  for (const row of SINGLE_PHASES) {
    const config = loads(`benchmark:\n  model: m\n  endpoint: {url: "http://localhost:8000"}\n  dataset: ${row.dataset}\n  phases: ${row.phase}\n`);
    assert.is(config.benchmark.phases.length, 1, row.type);
    assert.equal([phase(config, 0).name, phase(config, 0).type, phase(config, 0).kind], ["profiling", row.type, "profiling"], row.type);
  }
});

test("case 9: phases as a dict of named phases is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        warmup: {type: concurrency, requests: 5}
        profiling: {type: concurrency, requests: 10}
  `, "E_TYPE", 6, "phases must be a list");
});

test("case 10: a phase list entry that is not a mapping is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        - profiling
  `, "E_TYPE", 6, "phases must be a list");
});

test("case 11: a top-level profiling: alone gives phases [profiling]", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      profiling: {type: concurrency, requests: 10}
  `);
  assert.equal(config.benchmark.phases.map((p) => p.name), ["profiling"]);
});

test("case 12: warmup: + profiling: give [warmup, profiling] in that order; warmup is excluded from results", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      profiling: {type: concurrency, requests: 10}
      warmup: {type: concurrency, requests: 5}
  `);
  assert.equal(config.benchmark.phases.map((p) => [p.name, p.kind, p.excludeFromResults]), [["warmup", "warmup", true], ["profiling", "profiling", false]]);
});

test("case 13: a warmup given excludeFromResults in camelCase does not collide", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      warmup: {type: concurrency, requests: 5, excludeFromResults: true}
      profiling: {type: concurrency, requests: 10}
  `);
  assert.equal(config.benchmark.phases.map((p) => [p.name, p.excludeFromResults]), [["warmup", true], ["profiling", false]]);
});

test("case 14: a warmup with exclude_from_results: false is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      warmup:
        type: concurrency
        requests: 5
        exclude_from_results: false
      profiling: {type: concurrency, requests: 10}
  `, "E_PHASES", 8, "Phase 'warmup': exclude_from_results must be True");
});

test("case 15: a profiling phase with exclude_from_results: true is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      warmup: {type: concurrency, requests: 5}
      profiling:
        type: concurrency
        requests: 10
        exclude_from_results: true
  `, "E_PHASES", 9, "Phase 'profiling': exclude_from_results must be False");
});

test("case 16: warmup without profiling is rejected", () => {
  // Like every missing-key error, it points at the mapping that lacks the key: the benchmark body (from line 2).
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      warmup: {type: concurrency, requests: 5}
  `, "E_REQUIRED", 2, "'warmup' requires 'profiling'");
});

test("case 17: warmup or profiling together with phases is rejected, at the shorthand key", () => {
  const warmupWithPhases = yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      warmup: {type: concurrency, requests: 5}
      phases: [{name: profiling, type: concurrency, requests: 10}]
  `;
  rejects(warmupWithPhases, "E_SHORTHAND_CONFLICT", 5, "'warmup' cannot be used with 'phases'");
  // `phases` has a profiling phase, so "'warmup' requires 'profiling'" (hint: add profiling:) would be false advice
  // that leads to a second conflict; AIPerf reports only the conflict here.
  assert.equal(load(warmupWithPhases).diagnostics.filter((d) => d.message.includes("requires 'profiling'")).map(show), []);
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: [{name: profiling, type: concurrency, requests: 10}]
      profiling: {type: concurrency, requests: 5}
  `, "E_SHORTHAND_CONFLICT", 6, "'profiling' cannot be used with 'phases'");
});

test("case 18: dataset together with datasets is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      datasets: [{name: main, entries: 10}]
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_SHORTHAND_CONFLICT", 5, "'dataset' cannot be used with 'datasets'");
});

test.run();
