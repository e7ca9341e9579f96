import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatPythonStr } from "../../src/sweep/python-format.ts";
import { formatDirName, formatLabel, sanitizeDirSegment } from "../../src/sweep/name-variant.ts";

/** `str(value)` as Python 3 prints it (each expected string checked against CPython). */
const rows: [value: unknown, isFloat: boolean, python: string][] = [
  [10, false, "10"],
  [10, true, "10.0"],
  [0.5, false, "0.5"],
  [-0.0, true, "-0.0"],
  [1e3, true, "1000.0"],
  [1e15, true, "1000000000000000.0"],
  [1e16, true, "1e+16"],
  [1.5e16, true, "1.5e+16"],
  [0.0001, false, "0.0001"],
  [0.00001, false, "1e-05"],
  [1.25e-7, false, "1.25e-07"],
  [123456789.125, false, "123456789.125"],
  [0.1 + 0.2, false, "0.30000000000000004"],
  [1e21, false, "1000000000000000000000"],
  [Number.NaN, false, "nan"],
  [Number.NEGATIVE_INFINITY, false, "-inf"],
  [true, false, "True"],
  [null, false, "None"],
  ["speed_bench_math", false, "speed_bench_math"],
  [[1, "a", false, null], false, "[1, 'a', False, None]"],
  [{ mean: 128, stddev: 2.5 }, false, "{'mean': 128, 'stddev': 2.5}"],
  [["it's"], false, `["it's"]`],
  [["a\nb\\"], false, "['a\\nb\\\\']"],
];

for (const [value, isFloat, python] of rows) {
  test(`str(${JSON.stringify(value) ?? String(value)}${isFloat ? " as float" : ""}) == ${python}`, () => {
    assert.is(formatPythonStr(value, isFloat), python);
  });
}

test("labels join k=v with ', '", () => {
  assert.is(formatLabel([
    { key: "phases.profiling.rate", lastSegment: "rate", value: 10, isFloat: true },
    { key: "endpoint.streaming", lastSegment: "streaming", value: false, isFloat: false },
  ]), "phases.profiling.rate=10.0, endpoint.streaming=False");
});

test("folder names: last segment and value, joined by __, unsafe characters stripped", () => {
  const v = (key: string, value: unknown) => ({ key, lastSegment: key.split(".").pop() ?? key, value, isFloat: false });
  assert.is(formatDirName([v("a.b", 1), v("c.d", 2)], "label", 0), "b_1__d_2");
  assert.is(formatDirName([v("models.items", "meta-llama/Llama-3.1-8B")], "x", 0), "items_meta-llamaLlama-3.1-8B");
  assert.is(formatDirName([v("endpoint.path", "a..b<>:\"|?*\\c")], "x", 0), "path_abc");
  assert.is(formatDirName([v("prompts.isl", { mean: 5 })], "prompts.isl={'mean': 5}", 3), "prompts.isl={'mean' 5}", "a nested value falls back to the label");
  assert.is(formatDirName([v("x", [1])], "///", 7), "variation_7", "then to variation_i");
  assert.is(sanitizeDirSegment("..."), ".");
});

test.run();
