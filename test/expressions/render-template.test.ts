/**
 * renderTemplate: one `{{ expr }}` keeps its type; anything else interpolates Python's str() and is coerced as
 * AIPerf coerces rendered text (bool, then int, then float, else the string). Rows: [template, value, isFloat].
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pythonFloat, renderTemplate, scanTemplate } from "../../src/expressions/index.ts";

const scope = { a: 1, b: 2, isl: 1024, load: 50, rate: pythonFloat(10), half: 0.5, name: "llama", port: "8080", flag: true, nothing: null, pair: [1, 2], cfg: { k: "v" } };

type Row = [template: string, value: unknown, isFloat: boolean];

const tables: Record<string, Row[]> = {
  "a single expression keeps its type": [
    ["{{ isl }}", 1024, false],
    ["{{ a * b }}", 2, false],
    ["{{ isl // 4 }}", 256, false],
    ["{{ load * 5 }}", 250, false],
    ["{{ 8 / 2 }}", 4, true],
    ["{{ rate }}", 10, true],
    ["{{ flag }}", true, false],
    ["{{ nothing }}", null, false],
    ["{{ pair }}", [1, 2], false],
    ["{{ [a, b] | max }}", 2, false],
    ["{{ cfg }}", { k: "v" }, false],
    ["  {{ isl }}\n", 1024, false],
    ["{{- isl -}}", 1024, false],
  ],
  "a single string expression is coerced as AIPerf coerces rendered text": [
    ["{{ name }}", "llama", false],
    ["{{ port }}", 8080, false],
    ["{{ 'TRUE' }}", true, false],
    ["{{ '2.5' }}", 2.5, true],
    [" {{ name }} ", " llama ", false],
  ],
  "several expressions, or text around one, interpolate Python's str()": [
    ["{{ a }}-{{ b }}", "1-2", false],
    ["isl={{ isl }}", "isl=1024", false],
    ["x={{ 8 / 2 }}", "x=4.0", false],
    ["rate={{ rate }}", "rate=10.0", false],
    ["{{ flag }}!", "True!", false],
    ["{{ nothing }}?", "None?", false],
    ["{{ pair }}.", "[1, 2].", false],
    ["{{ cfg }}.", "{'k': 'v'}.", false],
    ["{{ name }}-{{ isl }}", "llama-1024", false],
  ],
  "the interpolated text is coerced: bool, then int, then float": [
    ["{{ a }}0", 10, false],
    ["{{ a }}{{ b }}", 12, false],
    ["{{ a }}.{{ b }}", 1.2, true],
    ["{{ a }}e{{ b }}", 100, true],
    ["{{ a }}_{{ b }}", 12, false],
    ["{{ flag }}", true, false],
    ["{{ 'tr' }}{{ 'ue' }}", true, false],
    ["Fals{{ 'e' }}", false, false],
    [" {{ a }} {{ b }} ", " 1 2 ", false],
    ["{{ a }} ", 1, false],
    ["-{{ a }}", -1, false],
    ["{{ 'in' }}{{ 'f' }}", Infinity, true],
  ],
  "whitespace control and literal text": [
    ["a  {{- b }}", "a2", false],
    ["{{ a -}}   b", "1b", false],
    ["{{ '}}' }}", "}}", false],
    ["{{ \"{{\" }}", "{{", false],
    ["{{ a }}}", "1}", false],
    ["}} {{ a }}", "}} 1", false],
  ],
  "strings that hold no template come back unchanged": [
    ["plain", "plain", false],
    ["", "", false],
    ["1024", "1024", false],
    ["true", "true", false],
    ["${MODEL_NAME:meta-llama/Llama-3.1-8B-Instruct}", "${MODEL_NAME:meta-llama/Llama-3.1-8B-Instruct}", false],
    ["{ a }", "{ a }", false],
    ["100%}", "100%}", false],
    ["{#not a comment without a template", "{#not a comment without a template", false],
  ],
};

for (const [group, rows] of Object.entries(tables)) {
  for (const [template, value, isFloat] of rows) {
    test(`${group}: ${JSON.stringify(template)}`, () => {
      const result = renderTemplate(template, scope);
      if (!result.ok) assert.unreachable(`${template} failed: ${result.errors.map((e) => e.message).join("; ")}`);
      else {
        assert.equal(result.value, value);
        assert.is(result.isFloat, isFloat, `${template}: isFloat`);
      }
    });
  }
}

test("acceptance 33: grid over variables.load re-renders concurrency and requests per variant", () => {
  const rendered = [10, 50, 100].map((load) => ["{{ load }}", "{{ load * 5 }}"].map((t) => renderTemplate(t, { load })));
  assert.equal(rendered.map((pair) => pair.map((r) => (r.ok ? r.value : r.errors))), [[10, 50], [50, 250], [100, 500]]);
});

test("acceptance 32: zip over variables.conc / variables.reqs re-renders each variation", () => {
  const variations = [{ conc: 4, reqs: 40 }, { conc: 8, reqs: 80 }];
  const rendered = variations.map((vars) => ["{{ conc }}", "{{ reqs }}"].map((t) => renderTemplate(t, vars)));
  assert.equal(rendered.map((pair) => pair.map((r) => (r.ok ? r.value : null))), [[4, 40], [8, 80]]);
});

test("acceptance 53: an undefined name is an error; a defined variable renders and is coerced to a number", () => {
  const missing = renderTemplate("{{ undefined_name }}", {});
  assert.ok(!missing.ok && missing.errors[0]?.code === "E_EXPRESSION_UNDEFINED" && missing.errors[0].message === "'undefined_name' is undefined");
  assert.equal(renderTemplate("{{ conc }}", { conc: 8 }), { ok: true, value: 8, isFloat: false });
  assert.equal(renderTemplate("{{ conc }}", { conc: "8" }), { ok: true, value: 8, isFloat: false });
});

test("acceptance 54: user_files content needs the run-time context; at load time its names are undefined", () => {
  const content = "{{ job_name }}-{{ epoch }}";
  const atLoad = renderTemplate(content, { scenario_label: "dense-agg" });
  assert.ok(!atLoad.ok && atLoad.errors.every((e) => e.code === "E_EXPRESSION_UNDEFINED"));
  assert.equal(renderTemplate(content, { job_name: "job", epoch: "1700000000" }), { ok: true, value: "job-1700000000", isFloat: false });
});

test("env substitution runs first, so a quoted default is text an expression can convert", () => {
  assert.equal(renderTemplate("{{ base * '10' | int }}", { base: 3 }), { ok: true, value: 30, isFloat: false });
});

test("scanTemplate splits text and expressions and records the tag spans", () => {
  const scanned = scanTemplate("n={{ a }}, m={{- b -}} !");
  assert.equal(scanned.errors, []);
  assert.equal(scanned.parts, [
    { kind: "text", text: "n=", offset: 0 },
    { kind: "expression", source: " a ", offset: 4, tagOffset: 2, tagLength: 7 },
    { kind: "text", text: ", m=", offset: 9 },
    { kind: "expression", source: " b ", offset: 16, tagOffset: 13, tagLength: 9 },
    { kind: "text", text: "!", offset: 23 },
  ]);
});

test("rendering does not touch the scope", () => {
  const data = { list: [1, 2], cfg: { k: [1] } };
  const before = JSON.stringify(data);
  const result = renderTemplate("{{ cfg }}", data);
  assert.equal(JSON.stringify(data), before);
  assert.ok(result.ok && result.value !== data.cfg, "the result is a copy");
});

test.run();
