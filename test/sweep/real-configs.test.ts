import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { expandSweep } from "../../src/sweep/expand-sweep.ts";
import { fixtureFiles, realConfigs } from "../support/paths.ts";
import { all, at } from "./envelope.ts";

/**
 * Goldens for the real configs that sweep: `test/fixtures/sweep/*.yaml` each hold a real config's normalized
 * envelope (written by hand) and AIPerf's labels, folder names, order and seeds for it. Drop a file in, get a test.
 */
interface Fixture {
  source: string;
  floatLiterals?: Record<string, number[]>;
  envelope: Record<string, unknown>;
  expect: {
    kind: string;
    count: number;
    labels: string[];
    dirNames: string[];
    seeds: number[];
    warnings?: string[];
    values?: { variant: number; path: (string | number)[]; value: unknown }[];
  };
}

const fixtures = fixtureFiles("sweep").map((f) => ({ name: f.name, fixture: parse(f.text) as Fixture }));

for (const { name, fixture } of fixtures) {
  test(`${name} (${fixture.source})`, () => {
    const floats = fixture.floatLiterals ?? {};
    const x = expandSweep({ envelope: fixture.envelope, isFloatLiteral: (param, i) => floats[param]?.includes(i) ?? false });
    const { expect } = fixture;
    assert.equal(x.findings.filter((f) => f.severity === "error"), []);
    const warnings = x.findings.filter((f) => f.severity === "warning").map((f) => f.message);
    assert.equal(warnings.map((m) => expect.warnings?.find((w) => m.startsWith(w)) ?? m), expect.warnings ?? []);
    assert.is(x.kind, expect.kind);
    assert.is(x.count, expect.count);
    const variants = all(x);
    assert.equal(variants.map((v) => v.label), expect.labels);
    assert.equal(variants.map((v) => v.dirName), expect.dirNames);
    assert.equal(variants.map((v) => v.config.randomSeed), expect.seeds);
    assert.equal(variants.map((v) => v.index), variants.map((_, i) => i));
    for (const v of variants) {
      assert.not.ok("sweep" in v.config || "multiRun" in v.config, "sweep and multiRun are removed");
      assert.equal(x.variant(v.index), v, "random access equals iteration");
    }
    for (const check of expect.values ?? []) assert.equal(at(variants[check.variant]?.config, check.path), check.value, `variant ${check.variant} at ${check.path.join(".")}`);
  });
}

test("every real config with a sweep: block has a golden here", () => {
  const covered = new Set(fixtures.map((f) => f.fixture.source));
  const sweeping = realConfigs().filter((c) => /^sweep:/m.test(c.text)).map((c) => c.name);
  assert.ok(sweeping.length >= 13, "the reference configs are where they should be");
  assert.equal(sweeping.filter((n) => !covered.has(n)), []);
});

test.run();
