import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import type { AiperfConfig } from "../../generated/types/canonical.ts";
import { type DataPath, type Finding, formatPath } from "../../src/diagnostics.ts";
import { RULES, checkRules } from "../../src/rules/index.ts";
import type { RuleContext } from "../../src/rules/rule.ts";
import { validateCanonicalSchema } from "../../src/validate-schema.ts";
import { ROOT, fixtureFiles } from "../support/paths.ts";

// Drop a file into test/fixtures/rules/<area>/ and it becomes a test. A fixture is a YAML mapping:
//   rule:   the rule's name (its sentence)
//   base:   a complete canonical config in test/fixtures/canonical/valid/
//   patch:  deep-merged into the base: mappings merge, lists and scalars replace, null removes a key
//   set:    (optional) dotted canonical paths the user wrote, beyond the patch's own nodes, which all count as written
//   unset:  (optional) paths the patch writes that stand for loader-filled defaults (not written by the user)
//   expect: exactly the findings of that rule, in order: [{code, path, message (a substring), severity?, hint?
//           (a substring), related? (paths)}]; [] for a passing fixture
//   clean:  (optional) true when no rule at all may report anything (a config that must pass as a whole)
// Every built config must pass the canonical schema, so no fixture tests what the schema already rejects.

interface Expected {
  code: string;
  path: string;
  message: string;
  severity?: string;
  hint?: string;
  related?: string[];
}

interface Fixture {
  file: string;
  rule: string;
  base: string;
  patch: Record<string, unknown>;
  set?: string[];
  unset?: string[];
  expect: Expected[];
  clean?: boolean;
}

const FIXTURES = join(ROOT, "test", "fixtures", "rules");

const fixtures: Fixture[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((area) =>
    fixtureFiles(join("rules", area.name)).map((f) => ({ file: `${area.name}/${f.name}`, ...(parse(f.text) as Omit<Fixture, "file">) })),
  );

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function merge(base: unknown, patch: unknown): unknown {
  if (!isMapping(base) || !isMapping(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = merge(base[key], value);
  }
  return out;
}

/** Every node the patch writes, as formatted paths (deleted keys excluded). */
function writtenPaths(value: unknown, path: (string | number)[], out: Set<string>): Set<string> {
  if (path.length) out.add(formatPath(path));
  if (Array.isArray(value)) value.forEach((v, i) => writtenPaths(v, [...path, i], out));
  else if (isMapping(value)) for (const [k, v] of Object.entries(value)) if (v !== null) writtenPaths(v, [...path, k], out);
  return out;
}

function contextOf(fixture: Fixture): RuleContext {
  const base = parse(readFileSync(join(ROOT, "test", "fixtures", "canonical", "valid", fixture.base), "utf8"));
  const config = merge(base, fixture.patch ?? {}) as AiperfConfig;
  const written = writtenPaths(fixture.patch ?? {}, [], new Set(fixture.set ?? []));
  const unset = fixture.unset ?? [];
  const wasSet = (path: DataPath): boolean => {
    const p = formatPath(path);
    return written.has(p) && !unset.some((u) => p === u || p.startsWith(`${u}.`) || p.startsWith(`${u}[`));
  };
  return { config, wasSet };
}

const show = (findings: Finding[]): string => JSON.stringify(findings.map((f) => ({ ...f, path: formatPath(f.path) })), null, 1);

test("rule names are unique sentences", () => {
  const names = RULES.map((r) => r.name);
  assert.equal(new Set(names).size, names.length);
  for (const name of names) assert.ok(/^[A-Za-z].*[a-z0-9]$/.test(name) && name.includes(" "), `not a sentence: '${name}'`);
});

test("every fixture names an existing rule and a complete base", () => {
  const names = new Set(RULES.map((r) => r.name));
  for (const f of fixtures) {
    assert.ok(names.has(f.rule), `${f.file}: no rule named '${f.rule}'`);
    assert.ok(Array.isArray(f.expect), `${f.file}: expect must be a list`);
  }
});

test("every rule has a failing and a passing fixture", () => {
  for (const rule of RULES) {
    const mine = fixtures.filter((f) => f.rule === rule.name);
    assert.ok(mine.some((f) => f.expect.length > 0), `no failing fixture for '${rule.name}'`);
    assert.ok(mine.some((f) => f.expect.length === 0), `no passing fixture for '${rule.name}'`);
  }
});

test("the complete canonical fixtures pass every rule", () => {
  for (const f of fixtureFiles("canonical/valid")) {
    const findings = checkRules({ config: parse(f.text) as AiperfConfig, wasSet: () => false });
    assert.equal(findings.length, 0, `${f.name}: ${show(findings)}`);
  }
});

for (const fixture of fixtures) {
  test(`${fixture.file}: ${fixture.rule}`, () => {
    const ctx = contextOf(fixture);
    const violations = validateCanonicalSchema(ctx.config);
    assert.equal(violations.length, 0, `the built config must pass the canonical schema: ${JSON.stringify(violations.map((v) => [v.instancePath, v.message]))}`);

    const rule = RULES.find((r) => r.name === fixture.rule);
    if (!rule) return assert.unreachable(`no rule '${fixture.rule}'`);
    const actual = rule.check(ctx);
    assert.equal(actual.length, fixture.expect.length, `expected ${fixture.expect.length} finding(s), got ${show(actual)}`);
    fixture.expect.forEach((want, i) => {
      const got = actual[i] as Finding;
      assert.is(got.code, want.code, `finding ${i}: code`);
      assert.is(formatPath(got.path), want.path, `finding ${i}: path`);
      assert.is(got.severity, want.severity ?? (want.code.startsWith("W_") ? "warning" : "error"), `finding ${i}: severity`);
      assert.ok(got.message.includes(want.message), `finding ${i}: message '${got.message}' lacks '${want.message}'`);
      if (want.hint !== undefined) assert.ok(got.hint?.includes(want.hint), `finding ${i}: hint '${got.hint}' lacks '${want.hint}'`);
      if (want.related !== undefined) assert.equal((got.related ?? []).map((r) => formatPath(r.path)), want.related, `finding ${i}: related`);
    });

    // checkRules runs this rule too and reports the same findings.
    const all = checkRules(ctx);
    for (const f of actual) assert.ok(all.some((g) => JSON.stringify(g) === JSON.stringify(f)), `checkRules lost ${show([f])}`);
    if (fixture.clean) assert.equal(all.length, 0, `a clean fixture, but: ${show(all)}`);
  });
}

test.run();
