import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseSweepPath } from "../../src/sweep/parse-sweep-path.ts";
import { resolveSweepPath } from "../../src/sweep/resolve-sweep-path.ts";
import { dataset, envelope, profiling, warmup } from "./envelope.ts";

/** Path syntax and resolution rules (format-today §8 "Path syntax", design §5), one row each. */
type Row = [name: string, path: string, expect: (string | number)[] | RegExp, env?: Record<string, unknown>];

const models = envelope({ benchmark: { models: { strategy: "weighted", items: [{ name: "meta-llama/Llama-3.1-8B", weight: 0.5 }, { name: "b.c", weight: 0.5 }] } } });
const twoDatasets = envelope({ datasets: [dataset(), dataset({ name: "other" })] });
const custom = envelope({ phases: [warmup({ name: "prime" }), profiling({ name: "main" })] });
const normalOsl = envelope({ datasets: [dataset({ prompts: { isl: 512, osl: { mean: 128, stddev: 25 } } })] });
const withVars = envelope({ root: { variables: { isl: 1, nested: { a: 1 } } }, benchmark: { endpoint: { urls: ["http://x"], headers: { "X-Custom_Header": "1" }, extra: { top_k: 5 } } } });

const rows: Row[] = [
  ["an alias goes to the profiling phase", "rate", ["benchmark", "phases", 1, "rate"]],
  ["a camelCase alias too", "gracePeriod", ["benchmark", "phases", 1, "gracePeriod"]],
  ["snake_case segments map to canonical names", "phases.profiling.prefill_concurrency", ["benchmark", "phases", 1, "prefillConcurrency"]],
  ["a missing field is created", "phases.warmup.rate_ramp", ["benchmark", "phases", 0, "rateRamp"]],
  ["a numeric segment indexes a list", "phases.1.concurrency", ["benchmark", "phases", 1, "concurrency"]],
  ["a bracketed index too", "phases[0].requests", ["benchmark", "phases", 0, "requests"]],
  ["an index past the end", "phases.2.rate", /index 2 is out of range \(the list has 2 entries\)/],
  ["dataset. means the only dataset", "dataset.prompts.isl", ["benchmark", "datasets", 0, "prompts", "isl"]],
  ["dataset. with two datasets", "dataset.entries", /'dataset\.' means the only dataset, but there are 2 \(existing: \['default', 'other'\]\)/, twoDatasets],
  ["datasets by name", "datasets.other.entries", ["benchmark", "datasets", 1, "entries"], twoDatasets],
  ["warmup. means the warmup phase", "warmup.concurrency", ["benchmark", "phases", 0, "concurrency"]],
  ["profiling. means the profiling phase", "profiling.duration", ["benchmark", "phases", 1, "duration"]],
  ["profiling falls back to the single profiling-kind phase", "phases.profiling.rate", ["benchmark", "phases", 1, "rate"], custom],
  ["warmup falls back to the single warmup-kind phase", "warmup.requests", ["benchmark", "phases", 0, "requests"], custom],
  ["other names do not fall back", "phases.main2.rate", /no entry named 'main2' found \(existing: \['prime', 'main'\]\)/, custom],
  ["a quoted segment holds / and .", 'models.items["meta-llama/Llama-3.1-8B"].weight', ["benchmark", "models", "items", 0, "weight"], models],
  ["single quotes work too", "models.items['b.c'].weight", ["benchmark", "models", "items", 1, "weight"], models],
  ["an unquoted model name with a dot does not resolve", "models.items.b.c.weight", /no entry named 'b' found/, models],
  ["variables keep their keys verbatim", "variables.isl", ["variables", "isl"], withVars],
  ["a new variable is created", "variables.new_name", ["variables", "new_name"], withVars],
  ["nested variables", "variables.nested.a", ["variables", "nested", "a"], withVars],
  ["header names are not renamed", "endpoint.headers.X-Custom_Header", ["benchmark", "endpoint", "headers", "X-Custom_Header"], withVars],
  ["extra keys are not renamed", "endpoint.extra.top_k", ["benchmark", "endpoint", "extra", "top_k"], withVars],
  ["below extra anything goes", "endpoint.extra.nvext.ignore_eos", ["benchmark", "endpoint", "extra", "nvext", "ignore_eos"], withVars],
  ["slos are user keys", "slos.time_to_first_token", ["benchmark", "slos", "time_to_first_token"]],
  ["a field of any phase type is accepted (the type may be swept too)", "phases.profiling.smoothness", ["benchmark", "phases", 1, "smoothness"]],
  ["a distribution's fields", "datasets.default.prompts.osl.stddev", ["benchmark", "datasets", 0, "prompts", "osl", "stddev"], normalOsl],
  ["a field of a scalar distribution", "datasets.default.prompts.osl.stddev", /cannot assign into int at segment 'datasets\.default\.prompts\.osl'/],
  ["a typo in a field name", "phases.profiling.concurency", /'concurency' is not a field under 'phases\.profiling'/],
  ["a typo at the top of the body", "endpont.streaming", /'endpont' is not a field in the benchmark block/],
  ["descending into a string", "endpoint.type.x", /cannot assign into str at segment 'endpoint\.type'/],
  ["descending into a list of strings", "endpoint.urls.primary", /cannot assign into list at segment 'endpoint\.urls'/],
  ["a list of strings by index", "endpoint.urls.0", ["benchmark", "endpoint", "urls", 0]],
  ["a malformed bracket", "models.items[meta].weight", /malformed bracket segment/],
  ["an unterminated quote", 'models.items["meta', /malformed bracket segment/],
];

for (const [name, text, expect, env] of rows) {
  test(`${name}: ${text}`, () => {
    const parsed = parseSweepPath(text);
    const result = parsed.ok ? resolveSweepPath(env ?? envelope(), parsed.path) : { ok: false as const, message: parsed.message };
    if (Array.isArray(expect)) {
      assert.ok(result.ok, result.ok ? "" : result.message);
      if (result.ok) assert.equal(result.path, expect);
    } else {
      assert.not.ok(result.ok, "expected an error");
      if (!result.ok) assert.match(result.message, expect);
    }
  });
}

test("the label key expands a bare alias only", () => {
  const label = (t: string) => (parseSweepPath(t) as { ok: true; path: { labelKey: string } }).path.labelKey;
  assert.is(label("concurrency"), "phases.profiling.concurrency");
  assert.is(label("grace_period"), "phases.profiling.grace_period");
  assert.is(label("concurrency.x"), "concurrency.x");
  assert.is(label("phases.warmup.rate"), "phases.warmup.rate");
});

test.run();
