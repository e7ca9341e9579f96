import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { STRUCTURE_RULES, applyStructureRules } from "../../src/normalizers/structure-rules.ts";
import { normalizeStructure } from "../../src/stages/normalize-structure.ts";
import { fixtureFiles, realConfigs } from "../support/paths.ts";
import { contextFor, deepFreeze } from "../support/load.ts";

// One {rule, in, out} fixture per behaviour: drop a file into test/fixtures/normalizers and it becomes a test.
const fixtures = fixtureFiles("normalizers").map((f) => ({ file: f.name, ...(parse(f.text) as { rule: string; in: Record<string, unknown>; out: Record<string, unknown> }) }));

for (const fixture of fixtures) {
  test(`${fixture.rule} — ${fixture.file}`, () => {
    const rule = STRUCTURE_RULES.find((r) => r.name === fixture.rule);
    assert.ok(rule, `no rule named '${fixture.rule}'`);
    const { edit } = contextFor();
    const input = deepFreeze(structuredClone(fixture.in));
    const out = (rule as (typeof STRUCTURE_RULES)[number]).apply(input, edit, { singularDatasetName: "default" });
    assert.equal(out, fixture.out);
  });
}

test("every structure rule has a fixture", () => {
  for (const rule of STRUCTURE_RULES) assert.ok(fixtures.some((f) => f.rule === rule.name), `no fixture for '${rule.name}'`);
});

for (const config of realConfigs()) {
  test(`normalizing ${config.name} never mutates its input and is idempotent`, () => {
    const { ctx, edit } = contextFor(config.text);
    const input = deepFreeze(parse(config.text) as Record<string, unknown>);
    const once = normalizeStructure(input, ctx).config;
    const twice = normalizeStructure(deepFreeze(structuredClone(once)), ctx).config;
    assert.equal(twice, once);
    assert.equal(applyStructureRules(structuredClone(once.benchmark), edit, { singularDatasetName: "default" }), once.benchmark);
  });
}

test.run();
