/**
 * Errors are data with a code, a message and the exact span, relative to the string given (the template for
 * renderTemplate, the bare expression for evaluateExpression). Rows: [text, code, offset, length, message, hint?].
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { evaluateExpression, renderTemplate, type ExpressionError } from "../../src/expressions/index.ts";

const scope = {
  isl: 1024,
  osl: 128,
  total_concurrency: 64,
  name: "llama",
  empty: null,
  phases: { warmup: { metrics: { goodput: { avg: 0.93 }, time_to_first_token: { p99: 480 } } } },
  items: [{ name: "default", rate: 10 }],
};

type Row = [text: string, code: ExpressionError["code"], offset: number, length: number, message: string, hint?: string];

const templateErrors: Row[] = [
  // undefined names and keys: the caret is on the missing segment
  ["{{ x }}", "E_EXPRESSION_UNDEFINED", 3, 1, "'x' is undefined"],
  ["requests: {{ isll * 2 }}", "E_EXPRESSION_UNDEFINED", 13, 4, "'isll' is undefined", "did you mean 'isl'?"],
  ["{{ total_concurency }}", "E_EXPRESSION_UNDEFINED", 3, 16, "'total_concurency' is undefined", "did you mean 'total_concurrency'?"],
  ["{{ phases.warmup.metrics.goodput.p99 }}", "E_EXPRESSION_UNDEFINED", 33, 3, "'phases.warmup.metrics.goodput.p99' is undefined", "'phases.warmup.metrics.goodput' has keys: avg"],
  ["{{ phases.warmpu.metrics }}", "E_EXPRESSION_UNDEFINED", 10, 6, "'phases.warmpu' is undefined", "did you mean 'warmup'?"],
  ["{{ phases['cold-cache'].metrics }}", "E_EXPRESSION_UNDEFINED", 10, 12, "'phases['cold-cache']' is undefined", "'phases' has keys: warmup"],
  ["{{ items.fast.rate }}", "E_EXPRESSION_UNDEFINED", 9, 4, "'items.fast' is undefined", "'items' has entries named: default"],
  ["{{ items[3] }}", "E_EXPRESSION_UNDEFINED", 9, 1, "'items[3]' is undefined", "'items' has 1 item"],
  ["{{ empty.x }}", "E_EXPRESSION_UNDEFINED", 9, 1, "'empty.x' is undefined", "'empty' is None"],
  ["{{ isl }} and {{ nope }}", "E_EXPRESSION_UNDEFINED", 17, 4, "'nope' is undefined"],
  // syntax
  ["{{ isl", "E_EXPRESSION_SYNTAX", 0, 2, "unbalanced '{{' with no closing '}}'", "close the expression with '}}'"],
  ["a {{ isl }} {{ osl", "E_EXPRESSION_SYNTAX", 12, 2, "unbalanced '{{' with no closing '}}'", "close the expression with '}}'"],
  ["{{ }}", "E_EXPRESSION_SYNTAX", 2, 1, "expected an expression"],
  ["{{ isl + }}", "E_EXPRESSION_SYNTAX", 9, 0, "unexpected end of expression", "an operand is missing"],
  ["{{ isl osl }}", "E_EXPRESSION_SYNTAX", 7, 3, "unexpected 'osl'", "an operator is missing between the two"],
  ["{{ (isl + 1 }}", "E_EXPRESSION_SYNTAX", 3, 1, "'(' was never closed"],
  ["{{ [1, 2 }}", "E_EXPRESSION_SYNTAX", 3, 1, "'[' was never closed"],
  ["{{ 'abc }}", "E_EXPRESSION_SYNTAX", 3, 5, "unterminated string literal", "close it with '"],
  ["{{ isl = 1 }}", "E_EXPRESSION_SYNTAX", 7, 1, "unexpected '='", "compare with '=='"],
  ["{{ a if b }}", "E_EXPRESSION_SYNTAX", 10, 0, "expected 'else' in a conditional expression", "write: a if condition else b"],
  ["{{ isl | }}", "E_EXPRESSION_SYNTAX", 9, 0, "expected a filter name after '|'"],
  ["{{ isl || osl }}", "E_EXPRESSION_SYNTAX", 7, 2, "unexpected '||'", "use 'or'"],
  ["{{ isl && osl }}", "E_EXPRESSION_SYNTAX", 7, 2, "unexpected '&&'", "use 'and'"],
  ["{{ .5 }}", "E_EXPRESSION_SYNTAX", 3, 1, "unexpected '.'", "write numbers with a leading digit: 0.5"],
  ["{{ 07 }}", "E_EXPRESSION_SYNTAX", 3, 2, "invalid number literal", "leading zeros are not allowed in ints (write 7, not 07)"],
  ["{{ '\\x4' }}", "E_EXPRESSION_SYNTAX", 4, 3, "truncated \\xXX escape"],
  ["{{ isl. }}", "E_EXPRESSION_SYNTAX", 8, 0, "expected a name after '.'"],
  ["{{ {{ isl }} }}", "E_EXPRESSION_SYNTAX", 3, 2, "unexpected '{{' inside an expression", "an expression is written without '{{ }}' here"],
  // type errors, at the operation
  ["{{ name + 1 }}", "E_EXPRESSION_TYPE", 3, 8, 'can only concatenate str (not "int") to str', "turn the other side into text first: x | string"],
  ["{{ 1 + name }}", "E_EXPRESSION_TYPE", 3, 8, "unsupported operand type(s) for +: 'int' and 'str'"],
  ["{{ isl / 0 }}", "E_EXPRESSION_TYPE", 3, 7, "division by zero"],
  ["{{ isl // 0 }}", "E_EXPRESSION_TYPE", 3, 8, "integer division or modulo by zero"],
  ["{{ isl % 0 }}", "E_EXPRESSION_TYPE", 3, 7, "integer modulo by zero"],
  ["{{ 1.5 // 0 }}", "E_EXPRESSION_TYPE", 3, 8, "float floor division by zero"],
  ["{{ 0 ** -1 }}", "E_EXPRESSION_TYPE", 3, 7, "0.0 cannot be raised to a negative power"],
  ["{{ (-8) ** 0.5 }}", "E_EXPRESSION_TYPE", 3, 11, "negative number cannot be raised to a fractional power", "the result would be a complex number"],
  ["{{ isl < name }}", "E_EXPRESSION_TYPE", 3, 10, "'<' not supported between instances of 'int' and 'str'"],
  ["{{ -name }}", "E_EXPRESSION_TYPE", 3, 5, "bad operand type for unary -: 'str'"],
  ["{{ name * 2 }}", "E_EXPRESSION_TYPE", 3, 8, "unsupported operand type(s) for *: 'str' and 'int'", "repeating strings or lists with * is not supported"],
  ["{{ isl.mean }}", "E_EXPRESSION_TYPE", 7, 4, "cannot look up 'mean' in 'isl': it is an int (1024), not a mapping or a list"],
  ["{{ items[1.5] }}", "E_EXPRESSION_TYPE", 9, 3, "list indices must be integers or entry names, not float"],
  // integers beyond 2^53 are out of scope: an error, never a silently rounded number
  ["{{ 2 ** 60 }}", "E_EXPRESSION_TYPE", 3, 7, "integer 1152921504606846976 is beyond 2^53", "integers that large are not supported"],
  ["{{ 9007199254740991 + 1 }}", "E_EXPRESSION_TYPE", 3, 20, "integer result 9007199254740992 is beyond 2^53", "integers that large are not supported; use a float (e.g. 1e18)"],
  ["{{ 99999999999999999999 }}", "E_EXPRESSION_TYPE", 3, 20, "integer literal 99999999999999999999 is beyond 2^53", "integers that large are not supported; write a float such as 1e18"],
];

for (const [text, code, offset, length, message, hint] of templateErrors) {
  test(`${code}: ${text}`, () => {
    const result = renderTemplate(text, scope);
    if (result.ok) assert.unreachable(`${text} rendered ${JSON.stringify(result.value)}`);
    else {
      const expected: ExpressionError = { code, message, offset, length };
      if (hint !== undefined) expected.hint = hint;
      assert.equal(result.errors[0], expected);
    }
  });
}

test("every failing expression of a template is reported, in order", () => {
  const result = renderTemplate("{{ a }}-{{ isl }}-{{ b + }}-{{ c }}", scope);
  assert.ok(!result.ok);
  if (!result.ok) assert.equal(result.errors.map((e) => [e.code, e.offset]), [["E_EXPRESSION_UNDEFINED", 3], ["E_EXPRESSION_SYNTAX", 25], ["E_EXPRESSION_UNDEFINED", 31]]);
});

test("bare expressions (phase `when:`) report offsets within the expression", () => {
  const result = evaluateExpression("phases.warmup.metrics.goodput.avg >= 0.9 and phases.cold.metrics.goodput.avg > 0", scope);
  assert.ok(!result.ok);
  if (!result.ok) assert.equal([result.error.code, result.error.offset, result.error.length, result.error.message], ["E_EXPRESSION_UNDEFINED", 52, 4, "'phases.cold' is undefined"]);
});

test("a `when:` over a present metric evaluates; over a missing one it is E_EXPRESSION_UNDEFINED, whatever the link", () => {
  const ok = evaluateExpression("phases.warmup.metrics.goodput.avg >= 0.9", scope);
  assert.equal(ok, { ok: true, value: true, isFloat: false });
  for (const missing of ["phases.skipped.metrics.goodput.avg >= 0.9", "phases.warmup.metrics.request_latency.p99 < 500", "phases.warmup.metrics.goodput.p50 > 1"]) {
    const result = evaluateExpression(missing, scope);
    assert.ok(!result.ok && result.error.code === "E_EXPRESSION_UNDEFINED", missing);
  }
  const guarded = evaluateExpression("(phases.skipped.metrics.goodput.avg | default(0)) >= 0.9", scope);
  assert.equal(guarded, { ok: true, value: false, isFloat: false });
});

test("no input makes the public functions throw", () => {
  const alphabet = ["{{", "}}", "{%", "%}", "{#", "'", '"', "\\", "(", ")", "[", "]", ".", "|", "a", "1", "0x", "e", "-", "**", "//", " ", "if", "else", "not", "and", "_", "__proto__", "default(", ",", "=", "\u{1F600}", "\n"];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 3000; i++) {
    let text = "";
    for (let j = random(12); j >= 0; j--) text += alphabet[random(alphabet.length)];
    renderTemplate(text, scope);
    evaluateExpression(text, scope);
  }
  evaluateExpression("(".repeat(5000), scope);
  evaluateExpression("-".repeat(5000) + "1", scope);
  evaluateExpression("not ".repeat(5000) + "1", scope);
  evaluateExpression(Array.from({ length: 5000 }, () => "1").join(" + "), scope);
  evaluateExpression("isl" + ".a".repeat(5000), scope);
  assert.ok(true);
});

test("nesting and length limits are syntax errors, not stack overflows", () => {
  const deep = evaluateExpression("(".repeat(100) + "1" + ")".repeat(100), scope);
  assert.ok(!deep.ok && deep.error.code === "E_EXPRESSION_SYNTAX" && deep.error.message.includes("nests too deeply"));
  const long = evaluateExpression(Array.from({ length: 600 }, () => "1").join(" + "), scope);
  assert.ok(!long.ok && long.error.message.includes("too long"));
  const fine = evaluateExpression("(".repeat(30) + "1" + ")".repeat(30), scope);
  assert.equal(fine, { ok: true, value: 1, isFloat: false });
});

test.run();
