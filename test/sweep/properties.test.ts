import { test } from "uvu";
import * as assert from "uvu/assert";
import { expandSweep } from "../../src/sweep/expand-sweep.ts";
import { envelope } from "./envelope.ts";

/** Invariants of grid and zip expansion over random small sweeps (seeded, so a failure reproduces). */

// mulberry32: a tiny seeded generator, enough to pick list lengths and values.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = ["concurrency", "requests", "phases.warmup.requests", "datasets.default.entries", "variables.a", "endpoint.extra.temperature", "dataset.prompts.isl"];

test("random grids: count is the product of the lengths, every variant differs, random access equals iteration", () => {
  const next = random(20260706);
  for (let round = 0; round < 60; round++) {
    const chosen = PATHS.filter(() => next() < 0.5);
    if (chosen.length === 0) continue;
    const parameters = Object.fromEntries(chosen.map((p) => {
      const n = 1 + Math.floor(next() * 4);
      return [p, Array.from({ length: n }, (_, i) => i * 10 + Math.floor(next() * 10))];
    }));
    const x = expandSweep({ envelope: envelope({ root: { sweep: { type: "grid", parameters } } }) });
    assert.equal(x.findings, [], JSON.stringify(parameters));
    const product = Object.values(parameters).reduce((n, list) => n * list.length, 1);
    assert.is(x.count, product);
    const variants = [...x.variants()];
    assert.is(variants.length, product);
    const seen = new Set(variants.map((v) => JSON.stringify(v.assignments.map((a) => a.value))));
    assert.is(seen.size, product, "no two variants assign the same values");
    const configs = new Set(variants.map((v) => JSON.stringify({ ...v.config, randomSeed: 0 })));
    assert.is(configs.size, product, "no two variant configs are equal");
    const probe = Math.floor(next() * product);
    assert.equal(x.variant(probe), variants[probe]);
  }
});

test("random zips: count is the common length and variant i takes every i-th value", () => {
  const next = random(7);
  for (let round = 0; round < 30; round++) {
    const n = 1 + Math.floor(next() * 5);
    const chosen = PATHS.filter(() => next() < 0.6);
    if (chosen.length === 0) continue;
    const parameters = Object.fromEntries(chosen.map((p, k) => [p, Array.from({ length: n }, (_, i) => 1000 * k + i)]));
    const x = expandSweep({ envelope: envelope({ root: { sweep: { type: "zip", parameters } } }) });
    assert.is(x.count, n);
    for (const v of x.variants()) {
      for (const a of v.assignments) assert.is(a.value, (parameters[a.param] as number[])[v.index]);
    }
  }
});

test("counting a 2^20 grid builds no variant", () => {
  const parameters = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`variables.v${String(i).padStart(2, "0")}`, [0, 1]]));
  const started = performance.now();
  const x = expandSweep({ envelope: envelope({ root: { sweep: { type: "grid", parameters } } }) });
  assert.is(x.count, 2 ** 20);
  // Loose bound (no strict timing): building a million configs would take seconds, counting takes milliseconds.
  assert.ok(performance.now() - started < 1000, "counting is fast");
  // The last variant is reachable directly: all twenty digits are 1.
  const last = x.variant(2 ** 20 - 1);
  assert.ok(last.assignments.every((a) => a.value === 1));
  assert.is(x.variant(1).label.split(", ").pop(), "variables.v19=1", "the last sorted key varies fastest");
});

test("a grid too large to count exactly is an error, not a wrong number", () => {
  const parameters = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`variables.v${i}`, [0, 1]]));
  const x = expandSweep({ envelope: envelope({ root: { sweep: { type: "grid", parameters } } }) });
  assert.is(x.count, 0);
  assert.match(x.findings[0]?.message ?? "", /more than can be counted exactly/);
});

test.run();
