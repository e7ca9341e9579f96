/**
 * What the language refuses (acceptance case 58: template-injection payloads), and that lookups never reach past
 * the data's own properties. Each row: [template, code, offset, length] — the span is where a caret would point.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { evaluateExpression, renderTemplate } from "../../src/expressions/index.ts";

const scope = { x: { a: 1 }, s: "text", l: [1, 2], k: "__proto__", c: "constructor", t: "toString" };

const forbidden: [template: string, code: string, offset: number, length: number][] = [
  ["{{ ''.__class__ }}", "E_EXPRESSION_FORBIDDEN", 6, 9],
  ["{{ ''.__class__.__mro__[1].__subclasses__() }}", "E_EXPRESSION_FORBIDDEN", 6, 9],
  ["{{ x.__proto__ }}", "E_EXPRESSION_FORBIDDEN", 5, 9],
  ["{{ x['__proto__'] }}", "E_EXPRESSION_FORBIDDEN", 5, 11],
  ["{{ x.constructor }}", "E_EXPRESSION_FORBIDDEN", 5, 11],
  ["{{ x.constructor.constructor('return process')() }}", "E_EXPRESSION_FORBIDDEN", 5, 11],
  ["{{ x.prototype }}", "E_EXPRESSION_FORBIDDEN", 5, 9],
  ["{{ _private }}", "E_EXPRESSION_FORBIDDEN", 3, 8],
  ["{{ x._hidden }}", "E_EXPRESSION_FORBIDDEN", 5, 7],
  ["{{ cycler.__init__.__globals__.os }}", "E_EXPRESSION_FORBIDDEN", 10, 8],
  ["{{ self._TemplateReference__context }}", "E_EXPRESSION_FORBIDDEN", 8, 27],
  ["{{ f(1) }}", "E_EXPRESSION_FORBIDDEN", 3, 2],
  ["{{ range(10) }}", "E_EXPRESSION_FORBIDDEN", 3, 6],
  ["{{ s.upper() }}", "E_EXPRESSION_FORBIDDEN", 3, 8],
  ["{{ x.items() }}", "E_EXPRESSION_FORBIDDEN", 3, 8],
  ["{{ lambda: 1 }}", "E_EXPRESSION_FORBIDDEN", 3, 6],
  ["{{ (lambda y: y)(1) }}", "E_EXPRESSION_FORBIDDEN", 4, 6],
  ["{% if x %}a{% endif %}", "E_EXPRESSION_FORBIDDEN", 0, 10],
  ["{% for i in l %}{{ i }}{% endfor %}", "E_EXPRESSION_FORBIDDEN", 0, 16],
  ["a {# note #} {{ l }}", "E_EXPRESSION_FORBIDDEN", 2, 10],
  ["{{ 1 in l }}", "E_EXPRESSION_FORBIDDEN", 5, 2],
  ["{{ x is defined }}", "E_EXPRESSION_FORBIDDEN", 5, 2],
  ["{{ 'a' ~ 'b' }}", "E_EXPRESSION_FORBIDDEN", 7, 1],
  ["{{ {'a': 1} }}", "E_EXPRESSION_FORBIDDEN", 3, 1],
  ["{{ l[0:1] }}", "E_EXPRESSION_FORBIDDEN", 6, 1],
  ["{{ (1, 2) }}", "E_EXPRESSION_FORBIDDEN", 5, 1],
  ["{{ l | join(',') }}", "E_EXPRESSION_FORBIDDEN", 7, 4],
  ["{{ l | attr('__class__') }}", "E_EXPRESSION_FORBIDDEN", 7, 4],
  ["{{ x | constructor }}", "E_EXPRESSION_FORBIDDEN", 7, 11],
  // Computed keys are checked when they are known, at run time.
  ["{{ x[k] }}", "E_EXPRESSION_FORBIDDEN", 5, 1],
  ["{{ x[c] }}", "E_EXPRESSION_FORBIDDEN", 5, 1],
  ["{{ x['_' + 'a'] }}", "E_EXPRESSION_FORBIDDEN", 5, 9],
];

for (const [template, code, offset, length] of forbidden) {
  test(`refused: ${template}`, () => {
    const result = renderTemplate(template, scope);
    if (result.ok) assert.unreachable(`${template} rendered ${JSON.stringify(result.value)}`);
    else {
      const [first] = result.errors;
      assert.equal({ code: first?.code, offset: first?.offset, length: first?.length }, { code, offset, length }, first?.message);
    }
  });
}

test("a scope whose prototype has a property does not leak it", () => {
  const scoped = Object.create({ secret: "from the prototype", a: 1 }) as Record<string, unknown>;
  scoped["b"] = 2;
  for (const text of ["secret", "a", "toString", "hasOwnProperty", "valueOf"]) {
    const result = evaluateExpression(text, scoped);
    assert.ok(!result.ok && result.error.code === "E_EXPRESSION_UNDEFINED", `${text} leaked`);
  }
  const own = evaluateExpression("b", scoped);
  assert.ok(own.ok && own.value === 2);
});

test("nested data answers only with own properties, never Object.prototype's or Array.prototype's", () => {
  const nested = { obj: Object.create({ inherited: 1 }) as object, list: [1, 2] };
  for (const text of ["obj.inherited", "obj.toString", "obj['hasOwnProperty']", "list.length", "list.map", "list['push']"]) {
    const result = evaluateExpression(text, nested);
    assert.ok(!result.ok && result.error.code === "E_EXPRESSION_UNDEFINED", `${text} leaked`);
  }
  const computed = evaluateExpression("x[t]", scope);
  assert.ok(!computed.ok && computed.error.code === "E_EXPRESSION_UNDEFINED");
});

test("looking into a string or number is a type error, not a way to its methods", () => {
  for (const text of ["s.upper", "s['length']", "l.0.real"]) {
    const result = evaluateExpression(text, scope);
    assert.ok(!result.ok && result.error.code === "E_EXPRESSION_TYPE", text);
  }
});

test("a function or other non-data value in the scope is never called or returned", () => {
  let called = false;
  const hostile = { f: () => (called = true), obj: { g: () => (called = true) } };
  for (const text of ["f", "obj.g", "f | string", "obj.g.x", "[f]"]) {
    const result = evaluateExpression(text, hostile);
    assert.ok(!result.ok && result.error.code === "E_EXPRESSION_TYPE", `${text}: ${JSON.stringify(result)}`);
  }
  assert.not.ok(called);
});

test.run();
