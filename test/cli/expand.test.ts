import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REFERENCE } from "../support/paths.ts";
import { runCli } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "aiperf-expand-"));
const swept = join(REFERENCE, "configs", "templates", "sweep_distributions.yaml");

test("expand lists variants in AIPerf's order with names and labels", () => {
  const run = runCli(["expand", swept]);
  assert.is(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n");
  assert.is(lines.length, 9);
  assert.is(lines[0], "0  isl_128__rate_10.0  datasets.default.prompts.isl=128, phases.profiling.rate=10.0");
  assert.is(lines[8], "8  isl_2048__rate_50.0  datasets.default.prompts.isl=2048, phases.profiling.rate=50.0");
});

test("expand --format json: {count, variants: [{index, name, label, config}]}, each config canonical and resolved", () => {
  const run = runCli(["expand", "--format", "json", swept]);
  assert.is(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { count: number; variants: { index: number; name: string; label: string; config: { benchmark: { phases: { rate?: number }[]; datasets: { prompts: { isl: unknown } }[] }; randomSeed: number } }[] };
  assert.is(out.count, 9);
  const last = out.variants[8];
  assert.equal([last?.index, last?.name, last?.config.benchmark.phases[1]?.rate, last?.config.benchmark.datasets[0]?.prompts.isl, last?.config.randomSeed], [8, "isl_2048__rate_50.0", 50, { type: "fixed", value: 2048 }, 50]);
});

test("expand --count prints only the integer, without building variants (a 2^20 grid)", () => {
  const file = join(dir, "big.yaml");
  writeFileSync(file, `variables: {${Array.from({ length: 20 }, (_, i) => `v${i}: 0`).join(", ")}}
benchmark:
  model: m
  endpoint: {url: "http://localhost:8000"}
  dataset: {}
  profiling: {type: concurrency, requests: 10}
sweep:
  parameters:
${Array.from({ length: 20 }, (_, i) => `    variables.v${i}: [0, 1]`).join("\n")}
`);
  const run = runCli(["expand", "--count", file]);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, "1048576\n");
  const capped = runCli(["expand", file]);
  assert.is(capped.status, 1);
  assert.match(capped.stderr, "more than --max-variants 10000");
});

test("expand: a config without a sweep is one variant named base; an invalid one exits 1", () => {
  const run = runCli(["expand", join(REFERENCE, "configs", "templates", "minimal.yaml")]);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, "0  base  base\n");
  const bad = join(dir, "bad.yaml");
  writeFileSync(bad, "benchmark: {model: m}\n");
  assert.is(runCli(["expand", bad]).status, 1);
  assert.is(runCli(["expand"]).status, 2);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
