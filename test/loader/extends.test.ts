import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadConfig, type LoadResult } from "../../src/load-config.ts";
import { explainOrigins } from "../../src/explain-origins.ts";
import { yaml } from "../support/acceptance.ts";

/** templates: + extends: (design §4), through loadConfig. */
const load = (text: string): LoadResult => loadConfig({ text, file: "extends.yaml" }, { env: {} });
const errorsOf = (r: LoadResult) => r.diagnostics.filter((d) => d.severity === "error");
const phases = (r: LoadResult) => (r.config?.benchmark.phases ?? []) as unknown as Record<string, unknown>[];

const body = (phasesYaml: string, templates: string, extra = ""): string => `templates:
${templates}
benchmark:
  model: m
  endpoint: {url: "http://localhost:8000"}
  dataset: {}
${extra}  phases:
${phasesYaml}`;

test("mappings merge deeply, scalars are replaced, the entry's own keys win", () => {
  const r = load(body(`    - {name: p, extends: base, rate: 20, rate_ramp: {strategy: exponential}}
`, `  base: {type: poisson, rate: 5, duration: 60, rate_ramp: {duration: 30, strategy: linear}}`));
  assert.equal(errorsOf(r), []);
  assert.equal(phases(r)[0]?.["rate"], 20);
  assert.equal(phases(r)[0]?.["duration"], 60);
  assert.equal(phases(r)[0]?.["rateRamp"], { duration: 30, strategy: "exponential" });
});

test("lists are replaced, not merged", () => {
  const r = load(body(`    - {name: p, extends: base, sla: [{metric: request_latency, op: le, threshold: 900}]}
`, `  base: {type: concurrency, requests: 10, sla: [{metric: time_to_first_token, op: le, threshold: 100}, {metric: inter_token_latency, op: le, threshold: 20}]}`));
  assert.equal(errorsOf(r), []);
  assert.equal((phases(r)[0]?.["sla"] as { metric: string }[]).map((c) => c.metric), ["request_latency"]);
});

test("null in the entry removes an inherited key", () => {
  const r = load(body(`    - {name: p, extends: base, grace_period: null}
`, `  base: {type: poisson, rate: 5, duration: 60, grace_period: 30}`));
  assert.equal(errorsOf(r), []);
  assert.not.ok("gracePeriod" in (phases(r)[0] ?? {}));
});

test("name, extends, depends_on and seamless are never inherited", () => {
  const r = load(body(`    - {name: first, type: concurrency, requests: 1}
    - {name: second, extends: base}
`, `  base: {name: other, type: concurrency, requests: 10, seamless: true, depends_on: []}`));
  assert.equal(errorsOf(r), []);
  const second = phases(r)[1] ?? {};
  assert.is(second["name"], "second");
  assert.is(second["seamless"], false);
  assert.equal(second["dependsOn"], [{ phase: "first", on: ["succeeded"] }]);
});

test("chains resolve, and a list of templates applies left to right", () => {
  const r = load(body(`    - {name: p, extends: [slow, hot]}
`, `  base: {type: poisson, duration: 60, rate: 1}
  slow: {extends: base, rate: 2, grace_period: 5}
  hot: {extends: base, rate: 50}`));
  assert.equal(errorsOf(r), []);
  assert.is(phases(r)[0]?.["rate"], 50);
  assert.is(phases(r)[0]?.["gracePeriod"], 5);
});

test("a cycle is one error that prints the chain, at the extends that closes it", () => {
  const r = load(body(`    - {name: p, extends: a, requests: 1}
`, `  a: {extends: b, type: concurrency}
  b: {extends: a}`));
  const d = errorsOf(r).find((e) => e.code === "E_TEMPLATE_CYCLE");
  assert.ok(d);
  assert.match(d?.message ?? "", "a → b → a");
  assert.is(d?.line, 3);
});

test("an unknown template is an error at the reference, with did-you-mean", () => {
  const r = load(body(`    - {name: p, extends: bse, rate: 1}
`, `  base: {type: poisson, duration: 60}`));
  const d = errorsOf(r)[0];
  assert.is(d?.code, "E_UNKNOWN_TEMPLATE");
  assert.is(d?.line, 8);
  assert.match(d?.message ?? "", "did you mean 'base'?");
});

test("a templated value's error points at the template line, with the extends line as related", () => {
  const r = load(body(`    - {name: p, extends: base}
`, `  base: {type: poisson, duration: 60, rate: 0}`));
  const d = errorsOf(r)[0];
  assert.is(d?.code, "E_RANGE");
  assert.is(d?.line, 2);
  assert.equal(d?.related?.map((x) => x.line), [8]);
});

test("a template's keys are checked against the block it is used in, at the template's own line", () => {
  const r = load(body(`    - {name: p, extends: base, requests: 5}
`, `  base: {type: concurrency, entries: 100}`));
  const d = errorsOf(r)[0];
  assert.is(d?.code, "E_UNKNOWN_KEY");
  assert.is(d?.line, 2);
  assert.match(d?.message ?? "", "'entries'");
});

test("datasets, model items, the endpoint and endpoint profiles extend too, with their shorthands", () => {
  const r = load(`templates:
  synth: {isl: 512, osl: 128, entries: 50}
  llama: {weight: 0.5}
  local: {url: "localhost:8000", streaming: true}
benchmark:
  models: {strategy: weighted, items: [{name: a, extends: llama}, {name: b, extends: llama}]}
  endpoint: {extends: local}
  endpoint_profiles: {gateway: {extends: local, url: "http://gateway:9000"}}
  allow_per_phase_endpoint: true
  datasets: [{name: short, extends: synth}]
  phases: [{name: p, type: concurrency, requests: 1, endpoint: gateway}]
`);
  assert.equal(errorsOf(r), []);
  const b = r.config?.benchmark;
  assert.equal(b?.models.items.map((m) => m.weight), [0.5, 0.5]);
  assert.equal(b?.endpoint.urls, ["http://localhost:8000"]);
  assert.is(b?.endpoint.streaming, true);
  assert.equal(b?.endpointProfiles?.["gateway"]?.urls, ["http://gateway:9000"]);
  const dataset = b?.datasets[0] as unknown as { type: string; entries: number; prompts: { isl: unknown } };
  assert.equal([dataset.type, dataset.entries, dataset.prompts.isl], ["synthetic", 50, { type: "fixed", value: 512 }]);
});

test("sweep paths address phases built from templates", () => {
  const r = loadConfig({ text: `${body(`    - {name: steady, extends: base}
`, `  base: {type: poisson, duration: 60, rate: 5}`)}sweep:
  parameters:
    phases.steady.rate: [10, 20]
`, file: "extends.yaml" }, { env: {}, variant: 1 });
  assert.equal(errorsOf(r), []);
  assert.is(r.expansion?.count, 2);
  assert.is(phases(r)[0]?.["rate"], 20);
});

test("explain names each value's origin: the line, the template, or the default", () => {
  const text = yaml`
    templates:
      base: {type: poisson, duration: 60, rate: 5}
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {}
      phases:
        - {name: p, extends: base, rate: 9}
  `;
  const r = load(text);
  const origins = explainOrigins(r.config, r.map as NonNullable<LoadResult["map"]>);
  const of = (path: string) => origins.find((o) => o.path === path);
  assert.equal([of("benchmark.phases[0].rate")?.line, of("benchmark.phases[0].rate")?.template], [8, undefined]);
  assert.equal([of("benchmark.phases[0].duration")?.line, of("benchmark.phases[0].duration")?.template, of("benchmark.phases[0].duration")?.extendsLine], [2, "base", 8]);
  assert.is(of("benchmark.endpoint.timeout")?.source, "default");
});

test.run();
