import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REFERENCE, ROOT, realConfigs } from "../support/paths.ts";
import { loadConfig } from "../../src/load-config.ts";
import type { AiperfConfig } from "../../generated/types/canonical.ts";

/**
 * All 44 real configs and the 2 AIPerfJob recipes load with no error, and what they resolve to matches a reviewed
 * summary (test/fixtures/loader/reference-summary.json): phase names, types and kinds, datasets, models, the sweep's
 * variant count and labels. `UPDATE_GOLDEN=1` rewrites the summary; review the diff before committing it.
 */
const goldenPath = join(ROOT, "test", "fixtures", "loader", "reference-summary.json");
const golden = existsSync(goldenPath) ? (JSON.parse(readFileSync(goldenPath, "utf8")) as Record<string, unknown>) : {};
const update = process.env["UPDATE_GOLDEN"] === "1";
const fresh: Record<string, unknown> = {};

const recipes = readdirSync(join(REFERENCE, "configs", "recipes")).sort().map((f) => ({ name: `recipes/${f}`, path: join(REFERENCE, "configs", "recipes", f) }));
const files = [...realConfigs().map((c) => ({ name: c.name, path: c.path })), ...recipes];

function summarize(config: AiperfConfig, labels: string[], count: number): unknown {
  const b = config.benchmark;
  return {
    phases: b.phases.map((p) => [p.name, p.type, p.kind, p.excludeFromResults]),
    datasets: b.datasets.map((d) => [d.name, d.type]),
    models: b.models.items.map((m) => m.name),
    urls: b.endpoint.urls,
    variants: count,
    labels: labels.slice(0, 4),
  };
}

for (const file of files) {
  test(`${file.name} loads with no error and resolves as reviewed`, () => {
    const result = loadConfig(file.path, { env: {}, checkAllVariants: true });
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    assert.equal(errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), []);
    assert.ok(result.config);
    const expansion = result.expansion;
    const count = expansion?.count ?? 1;
    const labels = expansion ? Array.from({ length: Math.min(4, count) }, (_, i) => expansion.variant(i).label) : [];
    const summary = summarize(result.config as AiperfConfig, labels, count);
    fresh[file.name] = summary;
    if (!update) assert.equal(summary, golden[file.name], `${file.name} resolved differently from the reviewed summary`);
  });
}

test("the reviewed summary covers every file", () => {
  if (update) writeFileSync(goldenPath, `{\n${Object.entries(fresh).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n")}\n}\n`);
  assert.equal(Object.keys(update ? fresh : golden).sort(), files.map((f) => f.name).sort());
});

test("the recipes are AIPerfJob resources, loaded through their spec with misplaced keys hoisted", () => {
  const perf = loadConfig(join(REFERENCE, "configs", "recipes", "llama-3-70b__vllm__agg__perf.yaml"), { env: {} });
  assert.is(perf.resource?.kind, "AIPerfJob");
  assert.is(perf.config?.randomSeed, 100);
  assert.equal(perf.config?.variables, { concurrency_per_gpu: 16, deployment_gpu_count: 4, total_concurrency: 64, isl: 8192, osl: 1024 });
  assert.ok(perf.diagnostics.some((d) => d.code === "W_MISPLACED_KEY_HOISTED" && d.path === "spec.benchmark.variables"));
  assert.is(perf.resource?.deployment["connectionsPerWorker"], 200);
});

test.run();
