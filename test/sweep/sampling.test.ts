import { test } from "uvu";
import * as assert from "uvu/assert";
import { expandSweep } from "../../src/sweep/expand-sweep.ts";
import { NumpyRandom } from "../../src/sweep/numpy-random.ts";
import { createSobolSequence } from "../../src/sweep/sobol-sequence.ts";
import { drawLatinHypercube } from "../../src/sweep/latin-hypercube.ts";
import { all, at, envelope, errors, warnings } from "./envelope.ts";

/**
 * Sobol' and Latin hypercube sweeps. Every expected number below was produced by numpy 2.4.6 / scipy 1.17.1
 * (`PCG64(seed).random_raw()`, `qmc.Sobol(d, scramble, seed=seed).random(n)`,
 * `qmc.LatinHypercube(d, seed=seed).random(n)`) and AIPerf's `_map_dim` and label code, so they pin bit parity.
 */

test("numpy PCG64 raw output for seed 42", () => {
  const r = new NumpyRandom(42);
  assert.equal([r.next64(), r.next64()], [14276969152011380360n, 8095878257575067585n]);
});

test("scipy Sobol', unscrambled, first 8 points in 3 dimensions", () => {
  const s = createSobolSequence(3, false, undefined);
  assert.equal([0, 1, 2, 3, 4, 5, 6, 7].map((i) => s.point(i)), [
    [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75], [0.375, 0.375, 0.625], [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375],
  ]);
});

test("scipy Sobol', scrambled with seed 12345, points 0–3 and 1000", () => {
  const s = createSobolSequence(3, true, new NumpyRandom(12345));
  assert.equal([0, 1, 2, 3, 1000].map((i) => s.point(i)), [
    [0.06043765414506197, 0.5029462669044733, 0.21592710819095373],
    [0.8835967909544706, 0.217695701867342, 0.5557210966944695],
    [0.5126927960664034, 0.9895503222942352, 0.2805666057392955],
    [0.4314635032787919, 0.2896858733147383, 0.9954599030315876],
    [0.2391440188512206, 0.5628999527543783, 0.5351939667016268],
  ]);
});

test("scipy Latin hypercube with seed 42", () => {
  assert.equal(drawLatinHypercube(2, 4, new NumpyRandom(42)), [
    [0.30651098786100917, 0.14028039006198692], [0.035350520022154386, 0.575657992735159],
    [0.7264556630280876, 0.7560944120908111], [0.8097150745024118, 0.30348392368076155],
  ]);
});

const DIMENSIONS = [
  { path: "concurrency", lo: 1, hi: 256, scale: "log", kind: "int" },
  { path: "variables.isl", lo: 128, hi: 4096 },
  { path: "datasets.default.sampling", choices: ["random", "sequential", "shuffle"] },
];
const sampling = (sweep: Record<string, unknown>) => envelope({ root: { variables: { isl: 1 }, sweep } });

test("a kv-labelled Sobol' sweep matches AIPerf's labels and folders", () => {
  const x = expandSweep({ envelope: sampling({ type: "sobol", samples: 8, seed: 7, labelFormat: "kv", dimensions: DIMENSIONS }) });
  assert.equal(errors(x), []);
  assert.is(x.kind, "sobol");
  const variants = all(x);
  assert.equal(variants.map((v) => v.label), [
    "phases.profiling.concurrency=25, variables.isl=3065.4496117830276, datasets.default.sampling=shuffle",
    "phases.profiling.concurrency=2, variables.isl=1226.5270233154297, datasets.default.sampling=sequential",
    "phases.profiling.concurrency=5, variables.isl=3265.5064202547073, datasets.default.sampling=sequential",
    "phases.profiling.concurrency=198, variables.isl=890.8499450683594, datasets.default.sampling=random",
    "phases.profiling.concurrency=66, variables.isl=3692.669497728348, datasets.default.sampling=sequential",
    "phases.profiling.concurrency=15, variables.isl=603.0913170576096, datasets.default.sampling=shuffle",
    "phases.profiling.concurrency=2, variables.isl=2392.1325562000275, datasets.default.sampling=random",
    "phases.profiling.concurrency=33, variables.isl=1760.2579888105392, datasets.default.sampling=shuffle",
  ]);
  assert.is(variants[3]?.dirName, "concurrency_198__isl_890.8499450683594__sampling_random");
  assert.is(at(variants[3]?.config, ["benchmark", "phases", 1, "concurrency"]), 198);
  assert.is(at(variants[3]?.config, ["variables", "isl"]), 890.8499450683594);
  assert.is(at(variants[3]?.config, ["benchmark", "datasets", 0, "sampling"]), "random");
  assert.equal(variants.map((v) => v.config.randomSeed), [42, 43, 44, 45, 46, 47, 48, 49]);
});

test("an unscrambled Sobol' sweep starts at the lower corner, with index labels and a warning", () => {
  const x = expandSweep({ envelope: sampling({ type: "sobol", samples: 5, seed: 3, scramble: false, dimensions: DIMENSIONS.slice(0, 2) }) });
  assert.equal(all(x).map((v) => [v.label, v.dirName]), [
    ["sobol_0000", "concurrency_1__isl_128.0"], ["sobol_0001", "concurrency_16__isl_2112.0"], ["sobol_0002", "concurrency_64__isl_1120.0"],
    ["sobol_0003", "concurrency_4__isl_3104.0"], ["sobol_0004", "concurrency_8__isl_1616.0"],
  ]);
  assert.equal(warnings(x).map((m) => m.slice(0, 40)), ["Sobol balance is best at powers of 2 (8,", "Sobol with scramble=False uses the raw s"]);
  assert.match(warnings(x)[0] ?? "", /got samples=5\. Consider 8\./);
});

test("int dimensions round half to even, as Python's round does", () => {
  const x = expandSweep({ envelope: sampling({ type: "sobol", samples: 4, scramble: false, labelFormat: "kv", dimensions: [{ path: "concurrency", lo: 0, hi: 5, kind: "int" }] }) });
  assert.equal(all(x).map((v) => v.values["phases.profiling.concurrency"]), [0, 2, 4, 1]);
});

test("a Latin hypercube sweep matches scipy's draws", () => {
  const x = expandSweep({ envelope: sampling({ type: "latin_hypercube", samples: 6, seed: 2024, labelFormat: "kv", dimensions: DIMENSIONS }) });
  assert.equal(all(x).map((v) => v.dirName), [
    "concurrency_3__isl_3292.9275895810993__sampling_shuffle", "concurrency_49__isl_2114.776211950305__sampling_random",
    "concurrency_2__isl_1992.4151845418135__sampling_sequential", "concurrency_219__isl_399.96717265639177__sampling_random",
    "concurrency_15__isl_3721.8631982549177__sampling_shuffle", "concurrency_26__isl_805.4551866349939__sampling_sequential",
  ]);
  assert.is(x.variant(2).label.split(", ")[0], "phases.profiling.concurrency=2");
  assert.is(expandSweep({ envelope: sampling({ type: "latin_hypercube", samples: 6, seed: 2024, dimensions: DIMENSIONS }) }).variant(5).label, "latin_hypercube_0005");
});

test("without a seed, one expansion is still self-consistent", () => {
  const x = expandSweep({ envelope: sampling({ type: "latin_hypercube", samples: 16, dimensions: DIMENSIONS }) });
  assert.equal(x.variant(9), x.variant(9));
  assert.equal(all(x)[9], x.variant(9));
});

test("counting a 2^20-sample sweep draws nothing", () => {
  const started = performance.now();
  const x = expandSweep({ envelope: sampling({ type: "latin_hypercube", samples: 2 ** 20, seed: 1, dimensions: DIMENSIONS }) });
  assert.is(x.count, 2 ** 20);
  assert.ok(performance.now() - started < 1000);
  const sobol = expandSweep({ envelope: sampling({ type: "sobol", samples: 2 ** 20, seed: 1, dimensions: DIMENSIONS }) });
  assert.match(sobol.variant(2 ** 20 - 1).label, /^sobol_1048575$/);
});

const bad: [string, Record<string, unknown>, RegExp][] = [
  ["samples out of range", { samples: 1 }, /samples must be an integer from 2 to 1048576; got 1/],
  ["a negative seed", { seed: -1 }, /seed must be a non-negative integer/],
  ["hi not above lo", { dimensions: [{ path: "rate", lo: 5, hi: 5 }] }, /dim 'phases\.profiling\.rate': hi \(5\.0\) must be > lo \(5\.0\)\./],
  ["log with lo ≤ 0", { dimensions: [{ path: "rate", lo: 0, hi: 5, scale: "log" }] }, /log-scale requires lo > 0/],
  ["both range and choices", { dimensions: [{ path: "rate", lo: 1, hi: 5, choices: [1] }] }, /provide either \(lo, hi\) or choices, not both\/neither/],
  ["neither", { dimensions: [{ path: "rate" }] }, /not both\/neither/],
  ["empty choices", { dimensions: [{ path: "rate", choices: [] }] }, /choices must have at least one entry/],
  ["nested choices", { dimensions: [{ path: "rate", choices: [{ a: 1 }] }] }, /choices entries must be hashable scalars; got dict/],
  ["non-finite bounds", { dimensions: [{ path: "rate", lo: 1, hi: Number.POSITIVE_INFINITY }] }, /lo\/hi must be finite, got inf/],
  ["duplicate paths", { dimensions: [{ path: "rate", lo: 1, hi: 2 }, { path: "phases.profiling.rate", lo: 1, hi: 2 }] }, /sampling sweep dimensions must have unique paths; duplicates: \['phases\.profiling\.rate'\]/],
  ["a bad path", { dimensions: [{ path: "phases.profilling.rate", lo: 1, hi: 2 }] }, /no entry named 'profilling'/],
  ["a malformed path", { dimensions: [{ path: "a..b", lo: 1, hi: 2 }] }, /^sobol sweep dimension: dimension path 'a\.\.b' must not contain consecutive dots/],
];
for (const [name, patch, message] of bad) {
  test(`sampling errors: ${name}`, () => {
    const x = expandSweep({ envelope: sampling({ type: "sobol", samples: 8, seed: 1, dimensions: [{ path: "rate", lo: 1, hi: 5 }], ...patch }) });
    assert.ok(errors(x).some((m) => message.test(m)), errors(x).join("\n"));
    assert.is(x.count, 0);
  });
}

test("a narrow integer range and an LHS optimization warn", () => {
  const x = expandSweep({ envelope: sampling({ type: "latin_hypercube", samples: 4, seed: 1, optimization: "random-cd", dimensions: [{ path: "concurrency", lo: 1, hi: 2, kind: "int" }] }) });
  assert.equal(errors(x), []);
  assert.match(warnings(x).join("\n"), /integer linear-scale range \[1\.0, 2\.0\] is too narrow/);
  assert.match(warnings(x).join("\n"), /optimization 'random-cd' is not reproduced/);
});

test.run();
