import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseSource } from "../../src/stages/parse-source.ts";
import { substituteEnv } from "../../src/stages/substitute-env.ts";
import { contextFor } from "../support/load.ts";

const parseText = (text: string) => parseSource({ file: "t.yaml", text, baseDir: "/" });

test("a billion-laughs file fails fast at the alias bound", () => {
  const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
  const result = parseText(`${levels.join("\n")}\n`);
  assert.is(result.parsed, undefined);
  assert.is(result.diagnostics[0]?.code, "E_ALIAS_LIMIT");
});

test("nesting deeper than 256 is refused", () => {
  const result = parseText(`a: ${"[".repeat(300)}${"]".repeat(300)}\n`);
  assert.is(result.diagnostics[0]?.code, "E_TOO_DEEP");
});

test("YAML 1.1 merge keys work, and explicit keys win", () => {
  const result = parseText("base: &b {rate: 5, duration: 60}\nphase:\n  <<: *b\n  rate: 10\n");
  assert.equal(result.parsed?.data["phase"], { rate: 10, duration: 60 });
});

test("a duplicate key reports both positions", () => {
  const result = parseText("a: 1\nb: 2\na: 3\n");
  const d = result.diagnostics[0];
  assert.is(d?.code, "E_DUPLICATE_KEY");
  assert.is(d?.line, 3);
  assert.equal(d?.related?.map((r) => [r.line, r.column]), [[1, 1]]);
});

test("a `__proto__` key is data, never a prototype", () => {
  const data = parseText("__proto__: {polluted: true}\n").parsed?.data as Record<string, unknown>;
  assert.equal(Object.keys(data), ["__proto__"]);
  assert.is(({} as Record<string, unknown>)["polluted"], undefined);
  assert.is(Object.getPrototypeOf(data), Object.prototype);
});

test("float literals are remembered (10.0 prints as AIPerf prints it)", () => {
  const parsed = parseText("rates: [10.0, 20, 1e3]\n").parsed;
  const list = parsed?.data["rates"] as object;
  assert.equal([0, 1, 2].map((i) => parsed?.map.entryOf(list, i)?.floatLiteral === true), [true, false, true]);
});

const env = (data: Record<string, unknown>, vars: Record<string, string>) => {
  const { ctx } = contextFor("x: 1\n");
  return substituteEnv(data, vars, ctx);
};

const envCases: [string, unknown, Record<string, string>, unknown][] = [
  ["a whole-string reference is coerced to an int", "${N}", { N: "42" }, 42],
  ["… a float", "${N}", { N: "2.5" }, 2.5],
  ["… a boolean in any case", "${B}", { B: "TRUE" }, true],
  ["a reference inside a string stays a string", "port-${N}", { N: "8080" }, "port-8080"],
  ["two references in one string", "${H}:${P}", { H: "localhost", P: "8080" }, "localhost:8080"],
  ["the environment beats the default", "${H:fallback}", { H: "set" }, "set"],
  ["`${VAR:-x}` is not bash: the default is '-x'", "${H:-x}", {}, "-x"],
  ["`${VAR:}` is an empty default", "${H:}", {}, ""],
  ["`$${` is a literal `${`", "cost $${X}", {}, "cost ${X}"],
  ["`$VAR` without braces is left alone", "$HOME", { HOME: "/root" }, "$HOME"],
  ["a value never becomes YAML structure", "${V}", { V: "{a: 1}" }, "{a: 1}"],
  ["inf stays a string (JSON has no Infinity)", "${D:inf}", {}, "inf"],
];

for (const [name, input, vars, expected] of envCases) {
  test(`env: ${name}`, () => {
    const result = env({ v: input }, vars);
    assert.equal(result.diagnostics, []);
    assert.equal(result.envelope["v"], expected);
  });
}

test("env: keys are untouched and non-strings pass through; lists and nesting are substituted", () => {
  const result = env({ "${K}": 1, n: 2, b: false, z: null, list: ["${A}", { deep: "${A}" }] }, { K: "k", A: "7" });
  assert.equal(result.envelope, { "${K}": 1, n: 2, b: false, z: null, list: [7, { deep: 7 }] });
});

test("env: a missing variable without default is an error naming it; an unterminated ${ too", () => {
  const missing = env({ a: { b: ["${NOPE}"] } }, {});
  assert.is(missing.diagnostics[0]?.code, "E_ENV_MISSING");
  assert.match(missing.diagnostics[0]?.message ?? "", "'NOPE'");
  assert.is(missing.diagnostics[0]?.path, "a.b[0]");
  const open = env({ a: "${OPEN" }, {});
  assert.is(open.diagnostics[0]?.code, "E_ENV_UNTERMINATED");
});

test("env: substitution never mutates its input", () => {
  const input = Object.freeze({ a: Object.freeze(["${A}"]) });
  const result = env(input as unknown as Record<string, unknown>, { A: "1" });
  assert.equal(input.a, ["${A}"]);
  assert.equal(result.envelope["a"], [1]);
});

test.run();
