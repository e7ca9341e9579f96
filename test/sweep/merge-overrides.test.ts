import { test } from "uvu";
import * as assert from "uvu/assert";
import { isDistributionSwap, mergeOverrides } from "../../src/sweep/merge-overrides.ts";

/** The scenario merge rules (format-today §8 `scenarios`), one row each: base, override, merged. */
type Obj = Record<string, unknown>;
const rows: [name: string, base: Obj, override: Obj, merged: Obj][] = [
  ["mappings merge key by key", { a: { x: 1, y: 2 } }, { a: { y: 3, z: 4 } }, { a: { x: 1, y: 3, z: 4 } }],
  ["scalars and new keys are replaced or added", { a: 1 }, { a: 2, b: 3 }, { a: 2, b: 3 }],
  ["plain lists are replaced", { urls: ["a", "b"] }, { urls: ["c"] }, { urls: ["c"] }],
  ["named lists merge by name, keeping unmentioned entries",
    { phases: [{ name: "warmup", rate: 1 }, { name: "profiling", rate: 2, duration: 10 }] },
    { phases: [{ name: "profiling", rate: 5 }] },
    { phases: [{ name: "warmup", rate: 1 }, { name: "profiling", rate: 5, duration: 10 }] }],
  ["a new name is appended", { phases: [{ name: "a" }] }, { phases: [{ name: "b", rate: 1 }] }, { phases: [{ name: "a" }, { name: "b", rate: 1 }] }],
  ["a list with an unnamed entry replaces", { phases: [{ name: "a", x: 1 }] }, { phases: [{ x: 2 }] }, { phases: [{ x: 2 }] }],
  ["same distribution form merges", { isl: { mean: 512, stddev: 50 } }, { isl: { mean: 128 } }, { isl: { mean: 128, stddev: 50 } }],
  ["normal → lognormal is replaced", { isl: { mean: 512, stddev: 50 } }, { isl: { mean: 1024, median: 904 } }, { isl: { mean: 1024, median: 904 } }],
  ["normal → multimodal is replaced", { isl: { mean: 5, stddev: 1 } }, { isl: { peaks: [{ value: 1 }, { value: 2 }] } }, { isl: { peaks: [{ value: 1 }, { value: 2 }] } }],
  ["a different distribution type is replaced", { isl: { type: "normal", mean: 5 } }, { isl: { type: "lognormal", mean: 5, median: 4 } }, { isl: { type: "lognormal", mean: 5, median: 4 } }],
  ["adding min/max keeps the form", { isl: { mean: 5, stddev: 1 } }, { isl: { min: 1 } }, { isl: { mean: 5, stddev: 1, min: 1 } }],
  ["a phase type change is not a distribution swap", { p: { type: "poisson", rate: 1 } }, { p: { type: "concurrency" } }, { p: { type: "concurrency", rate: 1 } }],
  ["null replaces", { a: { x: 1 } }, { a: null }, { a: null }],
];

for (const [name, base, override, merged] of rows) {
  test(name, () => {
    const before = structuredClone(base);
    assert.equal(mergeOverrides(base, override), merged);
    assert.equal(base, before, "the base is not mutated");
  });
}

test("distribution swaps need form keys on both sides", () => {
  assert.not.ok(isDistributionSwap({ mean: 1 }, { median: 2 }));
  assert.ok(isDistributionSwap({ value: 1 }, { mean: 1, stddev: 2 }));
});

test.run();
