/**
 * The filters with Jinja2's results (checked against Jinja2 3.1). Cases are grouped by filter and named by the
 * filter's own description, so a new filter without cases fails the coverage test at the end.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { evaluateExpression, FILTERS } from "../../src/expressions/index.ts";

const scope = { a: 3, f: 2.5, s: "Hi", l: [3, 1, 2], d: { k: 1, b: 2 }, n: null, words: ["B", "a", "c"] };

type Row = [expression: string, value: unknown, isFloat: boolean];

const cases: Record<string, Row[]> = {
  int: [
    ["(8 / 2) | int", 4, false],
    ["3.9 | int", 3, false],
    ["-3.9 | int", -3, false],
    ["'42' | int", 42, false],
    ["' 42 ' | int", 42, false],
    ["'1_000' | int", 1000, false],
    ["'3.7' | int", 3, false],
    ["'1e3' | int", 1000, false],
    ["'abc' | int", 0, false],
    ["'abc' | int(7)", 7, false],
    ["'abc' | int(default=7)", 7, false],
    ["'inf' | int", 0, false],
    ["none | int", 0, false],
    ["true | int", 1, false],
    ["'ff' | int(base=16)", 255, false],
    ["'0x1A' | int(0, 16)", 26, false],
    ["'0b101' | int(0, 0)", 5, false],
    ["'07' | int(0, 0)", 7, false],
  ],
  float: [
    ["5 | float", 5, true],
    ["'2.5' | float", 2.5, true],
    ["' 1e3 ' | float", 1000, true],
    ["'x' | float", 0, true],
    ["'x' | float(1.5)", 1.5, true],
    ["none | float", 0, true],
    ["true | float", 1, true],
  ],
  round: [
    ["3.7 | round", 4, true],
    ["2.5 | round", 2, true],
    ["3.5 | round", 4, true],
    ["-2.5 | round", -2, true],
    ["2.675 | round(2)", 2.67, true],
    ["0.125 | round(2)", 0.12, true],
    ["1.005 | round(2)", 1, true],
    ["3 | round", 3, false],
    ["1250 | round(-2)", 1200, false],
    ["1350 | round(-2)", 1400, false],
    ["1234.5 | round(-2)", 1200, true],
    ["3.14159 | round(2, 'floor')", 3.14, true],
    ["3.14159 | round(2, 'ceil')", 3.15, true],
    ["-3.5 | round(0, 'floor')", -4, true],
    ["3 | round(1, 'ceil')", 3, true],
    ["2.5 | round(method='ceil')", 3, true],
  ],
  abs: [
    ["-3 | abs", 3, false],
    ["-3.5 | abs", 3.5, true],
    ["true | abs", 1, false],
  ],
  default: [
    ["undefined_name | default(5)", 5, false],
    ["d.missing | default('q')", "q", false],
    ["undefined_name.deeper.still | default(0)", 0, false],
    ["l[10] | default(-1)", -1, false],
    ["n | default(1)", null, false],
    ["0 | default(1)", 0, false],
    ["0 | default(1, true)", 1, false],
    ["'' | default('e', boolean=true)", "e", false],
    ["undefined_name | default", "", false],
    ["a | default(other_undefined)", 3, false],
    ["[] | max | default(0)", 0, false],
  ],
  lower: [
    ["'A' | lower", "a", false],
    ["s | lower", "hi", false],
    ["5 | lower", "5", false],
  ],
  upper: [
    ["'abc' | upper", "ABC", false],
    ["true | upper", "TRUE", false],
  ],
  string: [
    ["none | string", "None", false],
    ["true | string", "True", false],
    ["(8 / 2) | string", "4.0", false],
    ["[1, 'a', none, 2.0] | string", "[1, 'a', None, 2.0]", false],
    ["d | string", "{'k': 1, 'b': 2}", false],
    ["'x' + (a | string)", "x3", false],
  ],
  min: [
    ["l | min", 1, false],
    ["[a, f] | min", 2.5, true],
    ["words | min", "a", false],
    ["words | min(true)", "B", false],
    ["'hello' | min", "e", false],
    ["d | min", "b", false],
  ],
  max: [
    ["l | max", 3, false],
    ["[1, 2.5] | max", 2.5, true],
    ["words | max", "c", false],
    ["['B', 'a'] | max", "B", false],
    ["['B', 'a'] | max(case_sensitive=true)", "a", false],
    ["[4, 1] | max | string | upper", "4", false],
  ],
};

for (const [name, rows] of Object.entries(cases)) {
  const rule = FILTERS.get(name);
  for (const [expression, value, isFloat] of rows) {
    test(`${rule?.description ?? name} — ${expression}`, () => {
      const result = evaluateExpression(expression, scope);
      if (!result.ok) assert.unreachable(`${expression} failed: ${result.error.message}`);
      else {
        assert.equal(result.value, value);
        assert.is(result.isFloat, isFloat, `${expression}: isFloat`);
      }
    });
  }
}

// [expression, code, message fragment]: filters fail where Jinja's filters raise.
const failures: [string, string, string][] = [
  ["'a' | round", "E_EXPRESSION_TYPE", "type str doesn't define __round__ method"],
  ["3.7 | round(1.5)", "E_EXPRESSION_TYPE", "'float' object cannot be interpreted as an integer"],
  ["1 | round(0, 'up')", "E_EXPRESSION_TYPE", "method must be common, ceil or floor"],
  ["'a' | abs", "E_EXPRESSION_TYPE", "bad operand type for abs(): 'str'"],
  ["5 | max", "E_EXPRESSION_TYPE", "'int' object is not iterable"],
  ["[3, 'a'] | max", "E_EXPRESSION_TYPE", "not supported between instances of 'str' and 'int'"],
  ["[] | min", "E_EXPRESSION_UNDEFINED", "No aggregated item, sequence was empty."],
  ["l | max(attribute='x')", "E_EXPRESSION_FORBIDDEN", "max(attribute=…) is not supported"],
  ["(1e308 * 10) | int", "E_EXPRESSION_TYPE", "cannot convert float infinity to integer"],
  ["undefined_name | int", "E_EXPRESSION_UNDEFINED", "'undefined_name' is undefined"],
  ["a | round(1, 2, 3)", "E_EXPRESSION_TYPE", "filter 'round' takes at most 2 arguments (3 given)"],
  ["a | abs(1)", "E_EXPRESSION_TYPE", "filter 'abs' takes no arguments (1 given)"],
  ["a | round(precison=1)", "E_EXPRESSION_TYPE", "filter 'round' got an unexpected keyword argument 'precison'"],
  ["a | round(1, precision=2)", "E_EXPRESSION_TYPE", "got multiple values for argument 'precision'"],
  ["a | round(precision=1, 'floor')", "E_EXPRESSION_SYNTAX", "positional argument follows keyword argument"],
];
for (const [expression, code, message] of failures) {
  test(`filter failure: ${expression}`, () => {
    const result = evaluateExpression(expression, scope);
    if (result.ok) assert.unreachable(`${expression} should fail`);
    else {
      assert.is(result.error.code, code);
      assert.ok(result.error.message.includes(message), result.error.message);
    }
  });
}

test("a misspelt filter argument fails even in a branch that is not taken", () => {
  const result = evaluateExpression("1 if true else (a | round(precison=1))", scope);
  assert.ok(!result.ok && result.error.code === "E_EXPRESSION_TYPE");
});

test("every filter has cases, and only the documented ten exist", () => {
  assert.equal([...FILTERS.keys()].sort(), ["abs", "default", "float", "int", "lower", "max", "min", "round", "string", "upper"]);
  for (const name of FILTERS.keys()) assert.ok((cases[name]?.length ?? 0) > 0, `no cases for filter '${name}'`);
});

test.run();
