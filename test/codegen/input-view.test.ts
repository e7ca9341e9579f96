import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { validateInputSchema } from "../../src/validate-schema.ts";

/**
 * The rules of the input view (schema/README.md), one case each, through the generated standalone validator with its
 * ajv-errors messages. `expect` is "valid" or the instance path and a piece of the message.
 */
interface Case {
  name: string;
  yaml: string;
  expect: "valid" | { path: string; message: string };
}

const body = (phases: string, extra = ""): string => `
benchmark:
  model: m
  endpoint: {url: "http://localhost:8000"}
  dataset: {prompts: {isl: 128}}
${extra}
${phases}`;

const cases: Case[] = [
  { name: "an unknown phase type names the allowed types", yaml: body("  phases: [{name: p, type: burst, requests: 1}]"),
    expect: { path: "/benchmark/phases/0/type", message: "unknown phase type: must be one of concurrency, poisson, gamma, constant, user_centric, fixed_schedule" } },
  { name: "an unknown dataset type names the allowed types", yaml: "benchmark: {model: m, endpoint: {url: x}, dataset: {type: composed}, profiling: {type: concurrency, requests: 1}}",
    expect: { path: "/benchmark/dataset/type", message: "must be one of synthetic, file, public" } },
  { name: "a field written in both spellings is one error", yaml: body("  phases: [{name: p, type: poisson, rate: 1, duration: 10, gracePeriod: 5, grace_period: 5}]"),
    expect: { path: "/benchmark/phases/0", message: "'gracePeriod' and 'grace_period' are two spellings of one field" } },
  { name: "snake_case and camelCase may mix across fields", yaml: body("  phases: [{name: p, type: poisson, rate: 1, duration: 10, grace_period: 5, excludeFromResults: false}]"), expect: "valid" },
  { name: "model with models is rejected", yaml: "benchmark: {model: m, models: [m], endpoint: {url: x}, dataset: {}, profiling: {type: concurrency, requests: 1}}",
    expect: { path: "/benchmark", message: "'model' cannot be used with 'models'" } },
  { name: "warmup needs profiling", yaml: "benchmark: {model: m, endpoint: {url: x}, dataset: {}, warmup: {type: concurrency, requests: 1}}",
    expect: { path: "/benchmark", message: "'warmup' requires 'profiling'" } },
  { name: "warmup with phases is rejected", yaml: body("  phases: [{name: p, type: concurrency, requests: 1}]\n  warmup: {type: concurrency, requests: 1}"),
    expect: { path: "/benchmark", message: "'warmup' cannot be used with 'phases'" } },
  { name: "a missing model list names models", yaml: "benchmark: {endpoint: {url: x}, dataset: {}, profiling: {type: concurrency, requests: 1}}",
    expect: { path: "/benchmark", message: "must have required property 'models'" } },
  { name: "a YAML 1.1 boolean word gets a hint", yaml: body("  profiling: {type: concurrency, requests: 1}").replace("url: \"http://localhost:8000\"", "url: x, streaming: yes"),
    expect: { path: "/benchmark/endpoint/streaming", message: "YAML 1.1 words such as yes, no, on and off are not booleans" } },
  { name: "duration strings are accepted", yaml: body("  profiling: {type: poisson, rate: 5, duration: 2m, grace_period: 1.5 h}"), expect: "valid" },
  { name: "a compound duration is rejected with the duration rule", yaml: body("  profiling: {type: poisson, rate: 5, duration: 1m30s}"),
    expect: { path: "/benchmark/profiling/duration", message: "must be a duration" } },
  { name: "templates are accepted where numbers go", yaml: body("  profiling: {type: concurrency, concurrency: '{{ base * 2 }}', requests: '${REQS:100}'}"), expect: "valid" },
  { name: "a plain word where an integer goes is rejected", yaml: body("  profiling: {type: concurrency, requests: lots}"),
    expect: { path: "/benchmark/profiling/requests", message: "must be an integer, or a template string" } },
  { name: "a distribution's form follows its keys (mean + median is lognormal)", yaml: body("  profiling: {type: concurrency, requests: 1}").replace("isl: 128", "isl: {mean: 512, median: 400}"), expect: "valid" },
  { name: "lognormal keys do not take a stddev", yaml: body("  profiling: {type: concurrency, requests: 1}").replace("isl: 128", "isl: {type: lognormal, mean: 512, median: 400, stddev: 3}"),
    expect: { path: "/benchmark/dataset/prompts/isl", message: "must NOT have additional properties" } },
  { name: "a distribution without recognizable keys says what is expected", yaml: body("  profiling: {type: concurrency, requests: 1}").replace("isl: 128", "isl: {avg: 512}"),
    expect: { path: "/benchmark/dataset/prompts/isl", message: "cannot determine the distribution type" } },
  { name: "a dataset without type is synthetic", yaml: "benchmark: {model: m, endpoint: {url: x}, dataset: {path: data.jsonl}, profiling: {type: concurrency, requests: 1}}",
    expect: { path: "/benchmark/dataset", message: "must NOT have additional properties" } },
  { name: "a file dataset takes a path", yaml: "benchmark: {model: m, endpoint: {url: x}, dataset: {type: file, path: data.jsonl}, profiling: {type: concurrency, requests: 1}}", expect: "valid" },
  { name: "a sweep without type is a grid", yaml: `${body("  profiling: {type: concurrency, requests: 1}")}\nsweep: {parameters: {concurrency: [1, 2]}}`, expect: "valid" },
  { name: "a phase with extends may leave out what the template gives", yaml: `templates: {base: {type: poisson, rate: 5, duration: 60}}\n${body("  phases: [{name: p, extends: base, rate: 10}]")}`, expect: "valid" },
  { name: "a phase with extends still rejects unknown keys", yaml: `templates: {base: {type: poisson, rate: 5}}\n${body("  phases: [{name: p, extends: base, raet: 10}]")}`,
    expect: { path: "/benchmark/phases/0", message: "must NOT have additional properties" } },
  { name: "null unsets an optional field", yaml: body("  phases: [{name: p, type: concurrency, requests: null, duration: 30}]"), expect: "valid" },
  { name: "the singular phases mapping needs no name", yaml: body("  phases: {type: concurrency, requests: 10}"), expect: "valid" },
  { name: "a phase list entry needs a name", yaml: body("  phases: [{type: concurrency, requests: 10}]"),
    expect: { path: "/benchmark/phases/0", message: "must have required property 'name'" } },
  { name: "a bare metrics URL enables GPU telemetry", yaml: body("  profiling: {type: concurrency, requests: 1}", "  gpu_telemetry: http://localhost:9400/metrics"), expect: "valid" },
  { name: "depends_on takes names and {phase, on}", yaml: body("  phases: [{name: a, type: concurrency, requests: 1}, {name: b, type: concurrency, requests: 1, depends_on: [a, {phase: a, on: [failed]}]}]"), expect: "valid" },
  { name: "an endpoint profile may not be called default", yaml: body("  phases: [{name: a, type: concurrency, requests: 1}]", "  endpoint_profiles: {default: {url: x}}"),
    expect: { path: "/benchmark/endpoint_profiles", message: "default" } },
  { name: "a list of model names is a models shorthand", yaml: "benchmark: {models: [a, b], endpoint: {urls: [x]}, datasets: [{name: d}], phases: [{name: p, type: concurrency, requests: 1}]}", expect: "valid" },
  { name: "a list dataset entry needs a name", yaml: "benchmark: {models: [a], endpoint: {urls: [x]}, datasets: [{type: synthetic}], phases: [{name: p, type: concurrency, requests: 1}]}",
    expect: { path: "/benchmark/datasets/0", message: "must have required property 'name'" } },
  { name: "a misspelled root key is rejected with the known keys", yaml: `sweeps: {}\n${body("  profiling: {type: concurrency, requests: 1}")}`,
    expect: { path: "", message: "unknown top-level key" } },
];

for (const c of cases) {
  test(c.name, () => {
    const violations = validateInputSchema(parse(c.yaml));
    if (c.expect === "valid") {
      assert.equal(violations.map((v) => `${v.instancePath}: ${v.message}`), []);
      return;
    }
    const { path, message } = c.expect;
    const hit = violations.find((v) => v.instancePath === path && v.message.includes(message));
    assert.ok(hit, `expected '${message}' at '${path}', got ${JSON.stringify(violations.map((v) => [v.instancePath, v.message]))}`);
  });
}

test.run();
