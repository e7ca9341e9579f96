/**
 * Every operator, literal and precedence rule against Python's result. Each row is [expression, value, isFloat]:
 * the value as JSON plus whether Python holds it as a float (`8 / 2` is 4.0, not 4). Expected values were checked
 * against Jinja2 3.1 with StrictUndefined, except `**` where we follow Python (see the last table).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { evaluateExpression } from "../../src/expressions/index.ts";

const scope = { a: 3, b: 4, f: 2.5, s: "Hi", l: [1, 2, 3], d: { k: 1, "cold-cache": { avg: 0.5 } }, e: { "cold-cache": { avg: 0.5 }, k: 1.0 }, n: null, t: true };

type Row = [expression: string, value: unknown, isFloat: boolean];

const tables: Record<string, Row[]> = {
  "addition and subtraction": [
    ["1 + 2", 3, false],
    ["1 + 2.0", 3, true],
    ["a - b - 1", -2, false],
    ["a - -b", 7, false],
    ["0.1 + 0.2", 0.30000000000000004, true],
    ["true + 1", 2, false],
    ["1.5 + true", 2.5, true],
    ["'A' + 'b'", "Ab", false],
    ["[1] + [2, 3]", [1, 2, 3], false],
  ],
  "multiplication": [
    ["3 * 4", 12, false],
    ["a * f", 7.5, true],
    ["2 * 2.0", 4, true],
  ],
  "true division always gives a float": [
    ["10 / 4", 2.5, true],
    ["8 / 2", 4, true],
    ["-9 / 3", -3, true],
    ["1 / 3", 1 / 3, true],
  ],
  "floor division floors toward negative infinity": [
    ["7 // 2", 3, false],
    ["-7 // 2", -4, false],
    ["7 // -2", -4, false],
    ["-7 // -2", 3, false],
    ["7.5 // 2", 3, true],
    ["-7.5 // 2", -4, true],
    ["f // 1", 2, true],
    ["9007199254740991 // 2", 4503599627370495, false],
  ],
  "modulo takes the sign of the divisor": [
    ["7 % 3", 1, false],
    ["-7 % 3", 2, false],
    ["7 % -3", -2, false],
    ["-7 % -3", -1, false],
    ["7.5 % 2", 1.5, true],
    ["7.5 % -2", -0.5, true],
    ["-0.5 % 2", 1.5, true],
  ],
  "power": [
    ["2 ** 10", 1024, false],
    ["2 ** 0", 1, false],
    ["(-2) ** 3", -8, false],
    ["2 ** -1", 0.5, true],
    ["2.0 ** 3", 8, true],
    ["4 ** 0.5", 2, true],
    ["1.1 ** 3", 1.3310000000000004, true],
    ["10.0 ** -2", 0.01, true],
  ],
  "unary minus and plus": [
    ["-a", -3, false],
    ["+a", 3, false],
    ["-f", -2.5, true],
    ["-t", -1, false],
    ["- - a", 3, false],
  ],
  "comparisons, including Python's chains": [
    ["1 < 2", true, false],
    ["2 <= 2", true, false],
    ["3 > 4", false, false],
    ["4 >= 4.0", true, false],
    ["1 == 1.0", true, false],
    ["true == 1", true, false],
    ["1 != 1", false, false],
    ["'a' == 'a'", true, false],
    ["'1' == 1", false, false],
    ["none == none", true, false],
    ["[1, 2] == [1, 2]", true, false],
    ["[1, 2] < [1, 3]", true, false],
    ["[1, 2] < [1, 2, 0]", true, false],
    ["'ab' < 'b'", true, false],
    ["d == e", true, false],
    ["d == l", false, false],
    ["1 < 2 < 3", true, false],
    ["1 < 2 > 3", false, false],
    ["3 > 2 > 1 > 0", true, false],
  ],
  "and/or short-circuit and return an operand": [
    ["1 and 'x'", "x", false],
    ["0 and 'x'", 0, false],
    ["0 or none", null, false],
    ["'' or 'fallback'", "fallback", false],
    ["a or undefined_name", 3, false],
    ["0 and undefined_name", 0, false],
    ["not 0", true, false],
    ["not 'a'", false, false],
    ["not []", true, false],
    ["not not a", true, false],
    ["not a == 3", false, false],
    ["a == 3 and b == 4", true, false],
  ],
  "conditional expressions": [
    ["a if a > 2 else b", 3, false],
    ["a if a > 5 else b", 4, false],
    ["'x' if n else 'y'", "y", false],
    ["1 if false else 2 if false else 3", 3, false],
    ["undefined_name if false else 'safe'", "safe", false],
  ],
  "literals": [
    ["42", 42, false],
    ["1_000", 1000, false],
    ["0x10", 16, false],
    ["0o17", 15, false],
    ["0b101", 5, false],
    ["2.5", 2.5, true],
    ["1.0", 1, true],
    ["1e3", 1000, true],
    ["1.5e-3", 0.0015, true],
    ["'single'", "single", false],
    ['"double"', "double", false],
    ['"it\'s"', "it's", false],
    ["'a' 'b'", "ab", false],
    ["'tab\\there'", "tab\there", false],
    ["'\\x41\\u00e9\\U0001F600'", "Aé😀", false],
    ["'\\101'", "A", false],
    ["'keep \\d'", "keep \\d", false],
    ["true", true, false],
    ["True", true, false],
    ["false", false, false],
    ["False", false, false],
    ["none", null, false],
    ["None", null, false],
    ["[]", [], false],
    ["[a, b, ]", [3, 4], false],
  ],
  "names, dotted names and subscripts": [
    ["a", 3, false],
    ["d.k", 1, false],
    ["d['k']", 1, false],
    ['d["cold-cache"].avg', 0.5, true],
    ["l[0]", 1, false],
    ["l[-1]", 3, false],
    ["l.1", 2, false],
    ["l[a - 2]", 2, false],
    ["s[0]", "H", false],
    ["(d).k", 1, false],
  ],
  "precedence": [
    ["10 - 2 * 3", 4, false],
    ["(10 - 2) * 3", 24, false],
    ["10 // 3 * 3", 9, false],
    ["2 + 3 ** 2", 11, false],
    ["a * b | int", 12, false],
    ["-a | abs", 3, false],
    ["1 + 2 == 3", true, false],
    ["1 < 2 and 2 < 3 or false", true, false],
  ],
  "** is Python's: right-associative, tighter than a unary minus on its left (Jinja2 differs: 64 and 4)": [
    ["2 ** 3 ** 2", 512, false],
    ["-2 ** 2", -4, false],
    ["2 ** -2", 0.25, true],
    ["(-2) ** 2", 4, false],
  ],
};

for (const [group, rows] of Object.entries(tables)) {
  for (const [expression, value, isFloat] of rows) {
    test(`${group}: ${expression}`, () => {
      const result = evaluateExpression(expression, scope);
      if (!result.ok) assert.unreachable(`${expression} failed: ${result.error.message}`);
      else {
        assert.equal(result.value, value);
        assert.is(result.isFloat, isFloat, `${expression}: isFloat`);
      }
    });
  }
}

test("-0.0 keeps its sign as a float and an int never has one", () => {
  const float = evaluateExpression("-0.0", {});
  const int = evaluateExpression("0 * -1", {});
  assert.ok(float.ok && Object.is(float.value, -0) && float.isFloat);
  assert.ok(int.ok && Object.is(int.value, 0) && !int.isFloat);
});

test.run();
