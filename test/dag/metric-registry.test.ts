import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { DISTRIBUTION_STATS, METRICS, checkMetricName, checkMetricStat, findMetric } from "../../src/dag/metric-registry.ts";
import { REFERENCE, realConfigs } from "../support/paths.ts";

test("the metrics the design and the real configs name are there, with their units", () => {
  const units: [string, string][] = [
    ["time_to_first_token", "ms"],
    ["time_to_second_token", "ms"],
    ["inter_token_latency", "ms"],
    ["inter_chunk_latency", "ms"],
    ["request_latency", "ms"],
    ["output_token_throughput", "tokens/s"],
    ["output_token_throughput_per_user", "tokens/s/user"],
    ["prefill_throughput_per_user", "tokens/s/user"],
    ["request_throughput", "requests/s"],
    ["goodput", "requests/s"],
    ["error_request_count", "requests"],
    ["request_count", "requests"],
    ["input_sequence_length", "tokens"],
    ["output_sequence_length", "tokens"],
    ["output_token_count", "tokens"],
  ];
  for (const [name, unit] of units) assert.is(findMetric(name)?.unit, unit, name);
});

test("names are unique snake_case tags; every metric has a description and known statistics", () => {
  const names = METRICS.map((m) => m.name);
  assert.is(new Set(names).size, names.length);
  for (const m of METRICS) {
    assert.ok(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(m.name), m.name);
    assert.ok(m.description.length > 10 && m.unit.length > 0, m.name);
    assert.ok(m.stats.length > 0 && m.stats.every((s) => DISTRIBUTION_STATS.includes(s)), m.name);
  }
});

test("per-request metrics have every statistic; run-level ones only avg", () => {
  assert.equal(findMetric("time_to_first_token")?.stats, ["avg", "min", "max", "std", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99"]);
  for (const name of ["request_throughput", "output_token_throughput", "goodput", "request_count", "error_request_count"]) assert.equal(findMetric(name)?.stats, ["avg"], name);
});

const nameCases: [string, boolean, string | undefined][] = [
  ["time_to_first_token", true, undefined],
  ["time_to_frist_token", false, "did you mean 'time_to_first_token'?"],
  ["TimeToFirstToken", false, "did you mean 'time_to_first_token'?"],
  ["ttft", false, "did you mean 'time_to_first_token'?"],
  ["ITL", false, "did you mean 'inter_token_latency'?"],
  ["goodptu", false, "did you mean 'goodput'?"],
  ["gpu_temperature_celsius", false, "use an AIPerf metric tag, such as time_to_first_token, inter_token_latency"],
];

for (const [name, ok, hint] of nameCases) {
  test(`checkMetricName('${name}')`, () => {
    const check = checkMetricName(name);
    assert.is(check.ok, ok);
    if (!check.ok) {
      assert.is(check.message, `unknown metric '${name}': AIPerf reports no metric of that name`);
      assert.ok(check.hint.startsWith(hint as string), check.hint);
    }
  });
}

const statCases: [string, string, string | undefined, string | undefined][] = [
  ["request_latency", "p95", undefined, undefined],
  ["request_latency", "p98", "metric 'request_latency' has no statistic 'p98'; it has avg, min, max, std, p1, p5, p10, p25, p50, p75, p90, p95, p99", "did you mean 'p9"],
  ["goodput", "avg", undefined, undefined],
  ["request_throughput", "p99", "metric 'request_throughput' is one value per phase, reported as 'avg' only; it has no 'p99'", "use stat avg"],
  ["reqest_latency", "p99", "unknown metric 'reqest_latency'", "did you mean 'request_latency'?"],
];

for (const [name, stat, message, hint] of statCases) {
  test(`checkMetricStat('${name}', '${stat}')`, () => {
    const check = checkMetricStat(name, stat);
    assert.is(check.ok, message === undefined);
    if (!check.ok) {
      assert.ok(check.message.startsWith(message as string), check.message);
      assert.ok(check.hint?.startsWith(hint as string), check.hint);
    }
  });
}

/** Every metric name a real config uses: `slos` keys, `metric:` fields (sla, objectives, plots), nested sla keys. */
function metricNames(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => metricNames(v, out));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "slos" && typeof v === "object" && v) Object.keys(v).forEach((m) => out.add(m));
      if (k === "sla" && typeof v === "object" && v && !Array.isArray(v)) Object.keys(v).forEach((m) => out.add(m));
      if ((k === "metric" || k === "metric_tag") && typeof v === "string") out.add(v);
      metricNames(v, out);
    }
  }
  return out;
}

test("every metric name in AIPerf's real configs is in the registry", () => {
  const recipes = readdirSync(join(REFERENCE, "configs", "recipes")).map((f) => readFileSync(join(REFERENCE, "configs", "recipes", f), "utf8"));
  const names = new Set<string>();
  for (const text of [...realConfigs().map((c) => c.text), ...recipes]) metricNames(parse(text), names);
  assert.ok(names.size >= 8, [...names].join(", "));
  for (const name of names) assert.ok(findMetric(name), `'${name}' is used by a real config but missing from the registry`);
});

test.run();
