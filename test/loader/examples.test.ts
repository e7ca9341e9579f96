import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";
import { loadConfig } from "../../src/load-config.ts";

/** Every file in examples/ loads with no error and no warning, and the docs show it exactly as it is. */
const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).sort();
const docs = readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(ROOT, "docs", f), "utf8")).join("\n");

test("the roadmap's examples are all there", () => {
  for (const name of ["named-phases.yaml", "multiple-datasets.yaml", "per-phase-model.yaml", "templates.yaml", "per-phase-endpoint.yaml"]) assert.ok(examples.includes(name), name);
});

for (const name of examples) {
  test(`examples/${name} loads cleanly and the docs show it verbatim`, () => {
    const path = join(ROOT, "examples", name);
    const result = loadConfig(path, { env: {}, checkAllVariants: true });
    assert.equal(result.diagnostics.map((d) => `${d.line}: ${d.code} ${d.message}`), []);
    assert.ok(result.config);
    const text = readFileSync(path, "utf8");
    assert.ok(docs.includes(`<!-- example: examples/${name} -->\n\`\`\`yaml\n${text}\`\`\``), `docs do not show examples/${name} as it is`);
  });
}

test("what the examples resolve to", () => {
  const load = (name: string) => loadConfig(join(ROOT, "examples", name), { env: {} }).config;
  assert.equal(load("named-phases.yaml")?.benchmark.phases.map((p) => [p.name, p.kind, p.excludeFromResults]), [["cache_warmup", "warmup", true], ["steady_state", "profiling", false], ["burst", "profiling", false]]);
  assert.equal(load("multiple-datasets.yaml")?.benchmark.phases.map((p) => p.dataset ?? null), [null, null, "long_context", "production_trace"]);
  assert.equal(load("per-phase-model.yaml")?.benchmark.phases.map((p) => p.model ?? null), [null, "meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct-FP8"]);
  assert.equal(load("templates.yaml")?.benchmark.phases.map((p) => [p.name, "rate" in p ? p.rate : null, p.duration, p.gracePeriod ?? null]), [["warmup", null, undefined, null], ["rate_10", 10, 120, 30], ["rate_25", 25, 120, 30], ["rate_50", 50, 120, 30], ["rate_50_long", 50, 600, null]]);
  const endpoint = load("per-phase-endpoint.yaml")?.benchmark;
  assert.equal([endpoint?.endpoint.urls, endpoint?.endpointProfiles?.["direct"]?.timeout, endpoint?.phases[2]?.endpoint], [["http://gateway.internal:8080/v1/chat/completions"], 300, "direct"]);
});

test.run();
