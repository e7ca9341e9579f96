import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { VALUE_RULES } from "../../src/normalizers/value-rules.ts";
import { normalizeValues } from "../../src/stages/normalize-values.ts";
import { fixtureFiles } from "../support/paths.ts";
import { contextFor, deepFreeze } from "../support/load.ts";

// One {rule, in, out} fixture per value rule: the stage runs with that rule alone.
const fixtures = fixtureFiles("value-rules").map((f) => ({ file: f.name, ...(parse(f.text) as { rule: string; in: Record<string, unknown>; out: Record<string, unknown> }) }));

for (const fixture of fixtures) {
  test(`${fixture.rule} — ${fixture.file}`, () => {
    const rule = VALUE_RULES.filter((r) => r.name === fixture.rule);
    assert.is(rule.length, 1, `no value rule named '${fixture.rule}'`);
    const { ctx } = contextFor();
    const input = deepFreeze(structuredClone(fixture.in));
    const { config, diagnostics } = normalizeValues(input, ctx, undefined, rule);
    assert.equal(diagnostics, []);
    assert.equal(config, fixture.out);
    assert.equal(normalizeValues(deepFreeze(structuredClone(config)), ctx).config, normalizeValues(config, ctx).config, "normalizing twice equals normalizing once");
  });
}

test("every value rule has a fixture", () => {
  for (const rule of VALUE_RULES) assert.ok(fixtures.some((f) => f.rule === rule.name), `no fixture for '${rule.name}'`);
});

test("a bad duration and an unknown distribution form are errors at their place", () => {
  const { ctx } = contextFor();
  const { diagnostics } = normalizeValues({ benchmark: { phases: [{ name: "p", type: "poisson", rate: 1, duration: "1m30s" }], datasets: [{ name: "d", type: "synthetic", prompts: { isl: { avg: 5 } } }] } }, ctx);
  assert.equal(diagnostics.map((d) => `${d.code} ${d.path}`).sort(), ["E_DISTRIBUTION benchmark.datasets[0].prompts.isl", "E_DURATION benchmark.phases[0].duration"]);
});

test.run();
