/**
 * The pieces under the public functions: Python's number text and printing, exact rounding, tokens, references and
 * the parse cache.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatValue, listReferences, parseExpression, pythonFloat, tokenizeExpression } from "../../src/expressions/index.ts";
import { parsePythonFloat, parsePythonInt, powerFloat, roundFloat } from "../../src/expressions/python-numbers.ts";

// [value, Python's str()]
const printed: [unknown, string][] = [
  [4, "4"],
  [pythonFloat(4), "4.0"],
  [2.5, "2.5"],
  [pythonFloat(-0), "-0.0"],
  [0.1 + 0.2, "0.30000000000000004"],
  [pythonFloat(1e16), "1e+16"],
  [pythonFloat(1234567890123456), "1234567890123456.0"],
  [1e-5, "1e-05"],
  [0.0001, "0.0001"],
  [1.5e-7, "1.5e-07"],
  [pythonFloat(1.2345678901234568e17), "1.2345678901234568e+17"],
  [1e15, "1000000000000000"], // an integral JS number is an int: only a PythonFloat prints as a float
  [Infinity, "inf"],
  [-Infinity, "-inf"],
  [NaN, "nan"],
  [true, "True"],
  [null, "None"],
  ["text", "text"],
  [[1, "a", null, pythonFloat(2), true], "[1, 'a', None, 2.0, True]"],
  [["it's", 'say "hi"', "both ' \"", "tab\t\\"], `["it's", 'say "hi"', 'both \\' "', 'tab\\t\\\\']`],
  [{ k: [1], "x y": { z: null } }, "{'k': [1], 'x y': {'z': None}}"],
  [["\x00\x7f\u0085é"], "['\\x00\\x7f\\x85é']"],
];
for (const [value, text] of printed) test(`str(${text})`, () => assert.is(formatValue(value), text));

// [text, base, Python's int(text, base) or undefined for ValueError]
const ints: [string, number, bigint | undefined][] = [
  ["42", 10, 42n],
  ["  -42\n", 10, -42n],
  ["+7", 10, 7n],
  ["1_000", 10, 1000n],
  ["1__0", 10, undefined],
  ["_1", 10, undefined],
  ["1_", 10, undefined],
  ["007", 10, 7n],
  ["007", 0, undefined],
  ["0", 0, 0n],
  ["0x1A", 16, 26n],
  ["0x_1a", 0, 26n],
  ["ff", 16, 255n],
  ["0b101", 0, 5n],
  ["0b101", 10, undefined],
  ["z", 36, 35n],
  ["12", 1, undefined],
  ["1.5", 10, undefined],
  ["", 10, undefined],
  ["- 5", 10, undefined],
  ["99999999999999999999", 10, 99999999999999999999n],
];
for (const [text, base, value] of ints) test(`int(${JSON.stringify(text)}, ${base})`, () => assert.is(parsePythonInt(text, base), value));

// [text, Python's float(text) or undefined for ValueError]
const floats: [string, number | undefined][] = [
  ["2.5", 2.5],
  [" 1e3 ", 1000],
  [".5", 0.5],
  ["5.", 5],
  ["1_0.2_5", 10.25],
  ["-1E-2", -0.01],
  ["inf", Infinity],
  ["-Infinity", -Infinity],
  ["nAn", NaN],
  ["1e", undefined],
  [".", undefined],
  ["0x10", undefined],
  ["1,5", undefined],
  ["", undefined],
];
for (const [text, value] of floats) test(`float(${JSON.stringify(text)})`, () => assert.ok(Object.is(parsePythonFloat(text), value), String(parsePythonFloat(text))));

// [x, ndigits, Python's round(x, ndigits)]: half to even on the exact binary value.
const rounded: [number, number, number][] = [
  [2.5, 0, 2],
  [3.5, 0, 4],
  [-2.5, 0, -2],
  [-0.4, 0, -0],
  [2.675, 2, 2.67],
  [0.125, 2, 0.12],
  [0.375, 2, 0.38],
  [1.005, 2, 1],
  [1234.5678, -2, 1200],
  [1250, -2, 1200],
  [5e-324, 400, 5e-324],
  [123.456, -400, 0],
  [1e300, 2, 1e300],
];
for (const [x, digits, value] of rounded) test(`round(${x}, ${digits})`, () => assert.ok(Object.is(roundFloat(x, digits), value), String(roundFloat(x, digits))));

// [x, y, C's pow(x, y) as Python returns it]: integer exponents are rounded once, exactly.
const powers: [number, number, number][] = [
  [1.1, 3, 1.3310000000000004],
  [5.91, 2, 34.9281],
  [2, -1074, 5e-324],
  [10, 22, 1e22],
  [10, -5, 0.00001],
  [-1.5, 3, -3.375],
  [1.0000001, 1000, 1.0001000049952247],
  [2, 0.5, Math.SQRT2],
];
for (const [x, y, value] of powers) test(`pow(${x}, ${y})`, () => assert.is(powerFloat(x, y), value));

test("tokens carry their spans; after a '.' only an integer is read", () => {
  const result = tokenizeExpression("a.0.1 + 'x\\n' | round(2.5)");
  assert.ok(result.ok);
  if (result.ok) {
    const shape = result.tokens.map((t) => [t.kind, typeof t.value === "object" ? formatValue(t.value) : t.value, t.offset, t.length]);
    assert.equal(shape, [
      ["name", "a", 0, 1],
      ["operator", ".", 1, 1],
      ["int", 0, 2, 1],
      ["operator", ".", 3, 1],
      ["int", 1, 4, 1],
      ["operator", "+", 6, 1],
      ["string", "x\n", 8, 5],
      ["operator", "|", 14, 1],
      ["name", "round", 16, 5],
      ["operator", "(", 21, 1],
      ["float", "2.5", 22, 3],
      ["operator", ")", 25, 1],
      ["end", "", 26, 0],
    ]);
  }
});

test("listReferences gives each data path an expression reads, with its span", () => {
  const parsed = parseExpression("phases.warmup.metrics.goodput.avg >= 0.9 and phases['cold-cache'].metrics[k].p99 < limit | default(x.y[0])");
  assert.ok(parsed.ok);
  if (parsed.ok) {
    assert.equal(listReferences(parsed.ast), [
      { path: ["phases", "warmup", "metrics", "goodput", "avg"], offset: 0, length: 33 },
      { path: ["phases", "cold-cache", "metrics"], offset: 45, length: 28 },
      { path: ["k"], offset: 74, length: 1 },
      { path: ["limit"], offset: 83, length: 5 },
      { path: ["x", "y", 0], offset: 99, length: 6 },
    ]);
  }
});

test("parsed trees are cached per expression text", () => {
  const first = parseExpression("cached_a * cached_b // 4");
  const second = parseExpression("cached_a * cached_b // 4");
  assert.ok(first.ok);
  assert.is(first, second);
  assert.is.not(parseExpression("cached_a * cached_b // 5"), first);
});

test.run();
