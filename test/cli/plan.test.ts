import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";
import { runCli } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "aiperf-plan-"));
const steps = join(ROOT, "examples", "dag-cache-warmups-rate-steps.yaml");
const assume = (text: string): string => {
  const path = join(dir, `assume-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return path;
};

test("plan: a table in execution order and the run's cost", () => {
  const run = runCli(["plan", steps]);
  assert.is(run.status, 0, run.stderr);
  const rows = run.stdout.split("\n").filter((l) => /^\d+ /.test(l)).map((l) => l.split(/\s{2,}/)[1]);
  assert.equal(rows, ["cold_cache", "warm_cache", "rate_10", "rate_20", "rate_40", "rate_80"]);
  assert.match(run.stdout, "cold_cache: bounded by 50 requests");
  assert.match(run.stdout, "rate_10: 2.0 min + 30 s grace");
  assert.match(run.stdout, "total: 10.0 min × 1 variant × 1 run = 10.0 min, plus the request-bounded phases (cold_cache, warm_cache)");
});

test("plan --format json: order and phases as design §8 specifies", () => {
  const run = runCli(["plan", "--format", "json", join(ROOT, "examples", "dag-gateway-vs-direct.yaml")]);
  assert.is(run.status, 0, run.stderr);
  const plan = JSON.parse(run.stdout) as { variant: string; order: string[]; phases: Record<string, unknown>[] };
  assert.is(plan.variant, "base");
  assert.equal(plan.order, ["warmup", "via_gateway", "direct_to_pod"]);
  assert.equal(plan.phases[2], { name: "direct_to_pod", kind: "profiling", type: "poisson", dataset: null, model: null, endpoint: "direct", dependsOn: [{ phase: "warmup", on: ["succeeded"] }], when: null, carryOver: null });
});

test("plan --assume: which phases would run, skip or fail, and why", () => {
  const results = assume(`rate_10: {goodput: {avg: 0.95}, time_to_first_token: {p99: 450}}
rate_20: {goodput: {avg: 0.7}, time_to_first_token: {p99: 900}}
`);
  const run = runCli(["plan", "--format", "json", "--assume", results, steps]);
  assert.is(run.status, 0, run.stderr);
  const outcomes = (JSON.parse(run.stdout) as { outcomes: Record<string, { outcome: string; reason: string }> }).outcomes;
  assert.equal(Object.fromEntries(Object.entries(outcomes).map(([k, v]) => [k, v.outcome])), { cold_cache: "succeeded", warm_cache: "succeeded", rate_10: "succeeded", rate_20: "failed", rate_40: "skipped", rate_80: "skipped" });
  assert.match(outcomes["rate_20"]?.reason ?? "", "convergence: time_to_first_token p99 900");
  assert.match(outcomes["rate_40"]?.reason ?? "", "rate_20");
});

test("plan --assume rejects an unknown metric name with did-you-mean (exit 2)", () => {
  const run = runCli(["plan", "--assume", assume("rate_10: {goodptu: {avg: 1}}\n"), steps]);
  assert.is(run.status, 2);
  assert.match(run.stderr, "goodptu");
  assert.match(run.stderr, "goodput");
});

test("plan --format mermaid and dot draw the graph with non-default edges labelled", () => {
  const file = join(dir, "edges.yaml");
  writeFileSync(file, `benchmark:
  model: m
  endpoint: {url: "http://localhost:8000"}
  dataset: {}
  failure_policy: continue
  phases:
    - {name: a, type: concurrency, requests: 1}
    - {name: b, type: concurrency, requests: 1, depends_on: [{phase: a, on: [succeeded, failed]}]}
`);
  const mermaid = runCli(["plan", "--format", "mermaid", file]);
  assert.is(mermaid.status, 0, mermaid.stderr);
  assert.match(mermaid.stdout, "flowchart TD");
  assert.match(mermaid.stdout, "p_a -->|succeeded or failed| p_b");
  const dot = runCli(["plan", "--format", "dot", file]);
  assert.match(dot.stdout, '"a" -> "b" [label="succeeded or failed"];');
});

test("plan: an invalid config exits 1; bad usage exits 2", () => {
  const file = join(dir, "cycle.yaml");
  writeFileSync(file, `benchmark:
  model: m
  endpoint: {url: "http://localhost:8000"}
  dataset: {}
  phases:
    - {name: a, type: concurrency, requests: 1, depends_on: [b]}
    - {name: b, type: concurrency, requests: 1, depends_on: [a]}
`);
  const run = runCli(["plan", file]);
  assert.is(run.status, 1);
  assert.match(run.stderr, "a → b → a");
  assert.is(runCli(["plan"]).status, 2);
  assert.is(runCli(["plan", "--format", "svg", steps]).status, 2);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
