import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { REFERENCE } from "../support/paths.ts";
import { runCli } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "aiperf-cli-"));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const minimal = join(REFERENCE, "configs", "templates", "minimal.yaml");
const swept = join(REFERENCE, "configs", "templates", "sweep_with_plot.yaml");
const recipe = join(REFERENCE, "configs", "recipes", "llama-3-70b__vllm__agg__aiperfjob.yaml");
const bad = write("bad.yaml", `benchmark:
  model: m
  endpoint: {url: "http://localhost:8000"}
  dataset: {}
  profiling:
    type: poisson
    rate: 10
    duratoin: 60
`);
const flat = write("flat.yaml", `model: m
endpoint: {url: "http://localhost:8000", api_key: sk-live-123}
dataset: {type: file, path: data/trace.jsonl, format: mooncake_trace}
phases: {type: fixed_schedule}
`);

test("validate: a valid config exits 0 and says so", () => {
  const run = runCli(["validate", minimal]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, "minimal.yaml: valid");
});

test("validate: text diagnostics look like a compiler's: file:line:col, the line, a caret, a hint", () => {
  const run = runCli(["validate", bad]);
  assert.is(run.status, 1);
  assert.match(run.stderr, `${bad}:8:5: error E_UNKNOWN_KEY: unknown key 'duratoin' (did you mean 'duration'?)`);
  assert.match(run.stderr, "8 |     duratoin: 60\n  |     ^^^^^^^^\n");
  assert.match(run.stderr, "hint: allowed here:");
  assert.match(run.stdout, "bad.yaml: invalid");
  assert.not.match(run.stderr, /\n\s+at /);
});

test("validate --format json: only a JSON array of diagnostics on stdout, for every file", () => {
  const run = runCli(["validate", "--format", "json", minimal, bad]);
  assert.is(run.status, 1);
  const diagnostics = JSON.parse(run.stdout) as Record<string, unknown>[];
  assert.is(diagnostics.length, 1);
  assert.equal(Object.keys(diagnostics[0] ?? {}).sort(), ["code", "column", "endColumn", "endLine", "file", "hint", "line", "message", "path", "severity"]);
  assert.equal({ file: diagnostics[0]?.["file"], line: diagnostics[0]?.["line"], column: diagnostics[0]?.["column"], path: diagnostics[0]?.["path"] }, { file: bad, line: 8, column: 5, path: "benchmark.profiling.duratoin" });
  const clean = runCli(["validate", "--format", "json", minimal]);
  assert.is(clean.status, 0);
  assert.is(clean.stdout, "[]\n");
});

test("validate: warnings do not change the exit code unless --strict", () => {
  assert.is(runCli(["validate", flat]).status, 0);
  const strict = runCli(["validate", "--strict", flat]);
  assert.is(strict.status, 1);
  assert.match(strict.stderr, "W_FLAT_SHAPE_MIGRATED");
});

test("validate: bad usage exits 2", () => {
  assert.is(runCli(["validate"]).status, 2);
  assert.is(runCli(["validate", "--format", "xml", minimal]).status, 2);
  assert.is(runCli(["validate", "--max-variants", "0", minimal]).status, 2);
});

test("validate: a missing file exits 1 with a clear message", () => {
  const run = runCli(["validate", join(dir, "nope.yaml")]);
  assert.is(run.status, 1);
  assert.match(run.stderr, "E_FILE_NOT_FOUND");
  assert.match(run.stderr, "not found");
});

test("resolve: the canonical config as YAML, camelCase with defaults filled", () => {
  const run = runCli(["resolve", minimal]);
  assert.is(run.status, 0, run.stderr);
  const config = parse(run.stdout) as { benchmark: { phases: Record<string, unknown>[]; endpoint: Record<string, unknown> }; multiRun: Record<string, unknown> };
  assert.equal(config.benchmark.phases.map((p) => [p["name"], p["type"], p["kind"], p["concurrency"]]), [["profiling", "concurrency", "profiling", 8]]);
  assert.is(config.benchmark.endpoint["timeout"], 21600);
  assert.equal(config.multiRun, { numRuns: 1, cooldownSeconds: 0, confidenceLevel: 0.95, setConsistentSeed: true, varySeedPerTrial: false, disableWarmupAfterFirst: true });
});

test("resolve --format json: secrets are redacted, relative input paths resolved from the config's folder", () => {
  const run = runCli(["resolve", "--format", "json", flat]);
  assert.is(run.status, 0, run.stderr);
  assert.not.match(run.stdout, "sk-live-123");
  const config = JSON.parse(run.stdout) as { benchmark: { endpoint: { apiKey: string }; datasets: { path: string }[] } };
  assert.is(config.benchmark.endpoint.apiKey, "<redacted>");
  assert.is(config.benchmark.datasets[0]?.path, join(dir, "data", "trace.jsonl"));
  const job = runCli(["resolve", "--format", "json", recipe]);
  assert.is(job.status, 0, job.stderr);
  assert.not.match(job.stdout, "Bearer NOT USED");
  assert.match(job.stdout, '"Authorization": "<redacted>"');
});

test("resolve: a sweep shows variant 0 and says how many there are; --variant picks by index or name", () => {
  const first = runCli(["resolve", "--format", "json", swept]);
  assert.is(first.status, 0, first.stderr);
  assert.match(first.stderr, "the sweep has 9 variants");
  const concurrencyOf = (text: string): unknown => (JSON.parse(text) as { benchmark: { phases: { concurrency: number }[] } }).benchmark.phases[1]?.concurrency;
  assert.is(concurrencyOf(first.stdout), 1);
  assert.is(concurrencyOf(runCli(["resolve", "--format", "json", "--variant", "3", swept]).stdout), 8);
  assert.is(concurrencyOf(runCli(["resolve", "--format", "json", "--variant", "concurrency_64", swept]).stdout), 64);
  const missing = runCli(["resolve", "--variant", "concurrency_3", swept]);
  assert.is(missing.status, 1);
  assert.match(missing.stderr, "no variant named 'concurrency_3'");
});

test("resolve: an invalid config exits 1 and prints nothing on stdout", () => {
  const run = runCli(["resolve", bad]);
  assert.is(run.status, 1);
  assert.is(run.stdout, "");
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
