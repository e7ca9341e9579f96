/**
 * resolveVariables: variables reference each other in any order (dependency order), nested values render, a cycle is
 * one error naming its chain, and the real configs' variables and templates render to AIPerf's numbers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { renderTemplate, resolveVariables, type ExpressionError, type Scope } from "../../src/expressions/index.ts";
import { REFERENCE } from "../support/paths.ts";

test("variables resolve in dependency order, whatever their order in the file", () => {
  const resolved = resolveVariables({ total: "{{ per_gpu * gpus }}", entries: "{{ total * 4 }}", per_gpu: 32, gpus: 4 }, {});
  assert.equal(resolved.values, { total: 128, entries: 512, per_gpu: 32, gpus: 4 });
  assert.equal(resolved.errors, []);
  assert.equal(resolved.unresolved, []);
});

test("variables override same-named scope keys, and see the rest of the scope", () => {
  const resolved = resolveVariables({ isl: 512, doubled: "{{ isl * 2 }}", from_config: "{{ phases.profiling.rate }}" }, { isl: 1, phases: { profiling: { rate: 30 } } });
  assert.equal(resolved.values, { isl: 512, doubled: 1024, from_config: 30 });
  assert.equal(renderTemplate("{{ isl }}", resolved.scope), { ok: true, value: 512, isFloat: false });
});

test("nested lists and mappings of templates render, and dependencies inside them count", () => {
  const resolved = resolveVariables({ shape: { isl: "{{ base }}", osl: ["{{ base // 2 }}", "fixed"] }, base: 256, total: "{{ shape.isl + shape.osl[0] }}" }, {});
  assert.equal(resolved.values, { shape: { isl: 256, osl: [128, "fixed"] }, base: 256, total: 384 });
});

test("the returned scope keeps Python floats, so a float variable interpolates as AIPerf prints it", () => {
  const resolved = resolveVariables({ half: "{{ 8 / 2 }}", label: "n={{ half }}" }, {});
  assert.equal(resolved.values, { half: 4, label: "n=4.0" });
  assert.equal(renderTemplate("rate={{ half }}", resolved.scope), { ok: true, value: "rate=4.0", isFloat: false });
  assert.equal(renderTemplate("{{ half }}", resolved.scope), { ok: true, value: 4, isFloat: true });
});

const cycle = (message: string, offset: number, length: number): ExpressionError => ({
  code: "E_VARIABLE_CYCLE",
  message,
  hint: "a variable cannot depend on itself, directly or through other variables",
  offset,
  length,
});

test("a cycle is one error naming the chain, at the first variable's reference to the next", () => {
  const resolved = resolveVariables({ a: "{{ b + 1 }}", b: "{{ c }}", c: "{{ a * 2 }}", free: 1 }, {});
  assert.equal(resolved.errors, [{ variable: "a", path: [], error: cycle("variables form a cycle: a → b → c → a", 3, 1) }]);
  assert.equal(resolved.values, { free: 1 });
  assert.equal(resolved.unresolved, ["a", "b", "c"]);
});

test("a variable that names itself is a cycle of one", () => {
  const resolved = resolveVariables({ x: "n={{ 1 + x }}" }, { x: 5 });
  assert.equal(resolved.errors, [{ variable: "x", path: [], error: cycle("variables form a cycle: x → x", 9, 1) }]);
});

test("each independent cycle is reported once; variables behind a cycle are unresolved without an error of their own", () => {
  const resolved = resolveVariables({ p: "{{ q }}", q: "{{ p }}", uses: "{{ p }}", r: { nested: ["{{ s }}"] }, s: "{{ r }}" }, {});
  assert.equal(
    resolved.errors.map((e) => [e.variable, e.path, e.error.message]),
    [["p", [], "variables form a cycle: p → q → p"], ["r", ["nested", 0], "variables form a cycle: r → s → r"]],
  );
  assert.equal(resolved.unresolved, ["p", "q", "uses", "r", "s"]);
});

test("an error inside a variable is reported at its path; dependents are left unresolved quietly", () => {
  const resolved = resolveVariables({ bad: { deep: ["ok", "{{ missing_name }}"] }, after: "{{ bad }}", fine: "{{ 2 }}" }, {});
  assert.equal(resolved.errors, [{ variable: "bad", path: ["deep", 1], error: { code: "E_EXPRESSION_UNDEFINED", message: "'missing_name' is undefined", offset: 3, length: 12 } }]);
  assert.equal(resolved.values, { fine: 2 });
  assert.equal(resolved.unresolved, ["bad", "after"]);
});

test("resolving does not mutate the variables or the scope", () => {
  const variables = { a: "{{ b }}", b: { c: "{{ 1 }}" } };
  const scope = { z: [1] };
  const before = JSON.stringify([variables, scope]);
  resolveVariables(variables, scope);
  assert.equal(JSON.stringify([variables, scope]), before);
});

test("a variable named __proto__ is held as data, not as a prototype", () => {
  const variables = JSON.parse('{"__proto__": {"polluted": 1}, "ok": "{{ 1 }}"}') as Record<string, unknown>;
  const resolved = resolveVariables(variables, {});
  assert.equal(Object.keys(resolved.values), ["__proto__", "ok"]);
  assert.is(({} as Record<string, unknown>)["polluted"], undefined);
  assert.is(Object.getPrototypeOf(resolved.values), Object.prototype);
});

// The real configs: resolve the variables, then render every template string of the body the way AIPerf would
// (format-today §7: body keys lifted to the top; artifacts.user_files left for run time).
function renderBody(value: unknown, scope: Scope, path: string, out: Record<string, unknown>): void {
  if (path.endsWith("artifacts.user_files")) return;
  if (typeof value === "string" && value.includes("{{")) {
    const result = renderTemplate(value, scope);
    out[path] = result.ok ? result.value : result.errors.map((e) => e.message);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => renderBody(item, scope, `${path}[${i}]`, out));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) renderBody(item, scope, path ? `${path}.${key}` : key, out);
  }
}

const realConfigs: [file: string, variables: Record<string, unknown>, rendered: Record<string, unknown>][] = [
  [
    "templates/jinja2_variables.yaml",
    { base_concurrency: 16, target_rate: 30, isl_target: 512, osl_target: 128, test_duration: 120, dataset_multiplier: 10 },
    {
      "dataset.entries": 160,
      "dataset.prompts.isl.mean": 512,
      "dataset.prompts.isl.stddev": 51,
      "dataset.prompts.osl.mean": 128,
      "dataset.prompts.osl.stddev": 25,
      "phases[0].requests": 80,
      "phases[0].concurrency": 8,
      "phases[1].rate": 30,
      "phases[1].duration": 120,
      "phases[1].concurrency": 64,
      "phases[1].rateRamp": 30,
    },
  ],
  [
    "templates/user_files.yaml",
    { scenario_label: "dense-agg", concurrency_per_gpu: 32, deployment_gpu_count: 4, total_concurrency: 128, isl: 1024, osl: 1024 },
    {
      "dataset.entries": 512,
      "dataset.prompts.isl.mean": 1024,
      "dataset.prompts.osl.mean": 1024,
      "phases[0].concurrency": 128,
      "phases[0].requests": 128,
      "phases[1].concurrency": 128,
      "phases[1].requests": 1280,
    },
  ],
  [
    "recipes/llama-3-70b__vllm__agg__perf.yaml",
    { concurrency_per_gpu: 16, deployment_gpu_count: 4, total_concurrency: 64, isl: 8192, osl: 1024 },
    {
      "endpoint.extra.max_tokens": 1024,
      "endpoint.extra.min_tokens": 1024,
      "datasets[0].prompts.isl.mean": 8192,
      "datasets[0].prompts.osl.mean": 1024,
      "phases[0].concurrency": 64,
      "phases[0].requests": 64,
      "phases[1].concurrency": 64,
      "phases[1].requests": 640,
    },
  ],
];

for (const [file, variables, rendered] of realConfigs) {
  test(`real config ${file}: variables and every template of the body`, () => {
    const document = parse(readFileSync(join(REFERENCE, "configs", file), "utf8")) as Record<string, Record<string, unknown>>;
    const envelope = document["spec"] ?? document;
    const benchmark = envelope["benchmark"] as Record<string, unknown>;
    const declared = (envelope["variables"] ?? benchmark["variables"]) as Record<string, unknown>;
    const context: Record<string, unknown> = { ...envelope, ...benchmark };
    const resolved = resolveVariables(declared, context);
    assert.equal(resolved.errors, []);
    assert.equal(resolved.values, variables);
    const out: Record<string, unknown> = {};
    const { variables: _ignored, ...body } = benchmark;
    renderBody(body, resolved.scope, "", out);
    assert.equal(out, rendered);
  });
}

test("real config templates/user_files.yaml: the user_files content renders with the run-time context", () => {
  const document = parse(readFileSync(join(REFERENCE, "configs", "templates/user_files.yaml"), "utf8")) as Record<string, Record<string, unknown>>;
  const resolved = resolveVariables(document["variables"] ?? {}, {});
  const runTime = { ...resolved.scope, epoch: "1700000000", job_name: "demo", namespace: "", model: "m", endpoint_url: "http://x", artifact_dir: "/runs/demo" };
  const files = ((document["benchmark"]?.["artifacts"] as Record<string, unknown>)["user_files"] ?? []) as { content: unknown }[];
  const out: Record<string, unknown> = {};
  files.forEach((file, i) => renderBody(file.content, runTime, `user_files[${i}]`, out));
  assert.is(out["user_files[0].gpu_count"], 4);
  assert.is(out["user_files[0].total_concurrency"], 128);
  assert.is(out["user_files[0].run.namespace"], "");
  assert.is(out["user_files[1].run_id"], "demo-1700000000");
  assert.is(out["user_files[1].tags[1]"], "isl=1024");
  assert.ok(String(out["user_files[2]"]).includes("- Concurrency: 128 (32/GPU x 4 GPUs)"));
});

test.run();
