import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Distribution } from "../../generated/types/canonical.ts";
import { didYouMean, editDistance } from "../../src/rules/did-you-mean.ts";
import { expectedValue, upperBound } from "../../src/rules/distribution-helpers.ts";
import { urlProblem } from "../../src/rules/endpoint-rules.ts";
import { pyFloat, pyList } from "../../src/rules/rule-helpers.ts";

const distances: [string, string, number][] = [
  ["", "", 0],
  ["abc", "", 3],
  ["kitten", "sitting", 3],
  ["long", "lnog", 2],
  ["canary", "canery", 1],
];
for (const [a, b, d] of distances) test(`editDistance('${a}', '${b}') is ${d}`, () => assert.is(editDistance(a, b), d));

// [written, candidates, suggestion]: within max(2, ⌊len/3⌋), case-insensitive, closest first, ties to the earlier.
const suggestions: [string, string[], string | undefined][] = [
  ["lnog", ["short", "long"], "long"],
  ["Long", ["short", "long"], "long"],
  ["zzz", ["short", "long"], undefined],
  ["defualt", ["default"], "default"],
  ["ab", ["xy"], "xy"],
  ["abc", ["xyz"], undefined],
  ["meta-llama/Llama-3.2-8B-Instruc", ["meta-llama/Llama-3.1-8B-Instruct"], "meta-llama/Llama-3.1-8B-Instruct"],
  ["rate_1", ["rate_10", "rate_2"], "rate_10"],
  ["production_trace", ["short", "long"], undefined],
];
for (const [name, candidates, want] of suggestions) {
  test(`didYouMean('${name}', ${JSON.stringify(candidates)}) is ${want}`, () => assert.is(didYouMean(name, candidates), want));
}

// [url, substring of the problem, or undefined when the URL is fine]
const urls: [string, string | undefined][] = [
  ["http://localhost:8000", undefined],
  ["https://api.example.com/v1/chat/completions", undefined],
  ["http://[::1]:8000/v1", undefined],
  ["http://user:pw@host:1", undefined],
  ["http://host:", undefined],
  ["ftp://host", "unsupported scheme 'ftp'"],
  ["file:///etc/passwd", "unsupported scheme 'file'"],
  ["localhost:8000", "missing scheme or host"],
  ["http:/host", "missing scheme or host"],
  ["http://", "missing scheme or host"],
  ["http://:80", "missing scheme or host"],
  ["http://host:65536", "port 65536 outside the valid range"],
  ["http://host:-1", "invalid port"],
];
for (const [url, want] of urls) {
  test(`urlProblem('${url}')`, () => {
    const got = urlProblem(url);
    if (want === undefined) assert.is(got, undefined);
    else assert.ok(got?.includes(want), `'${got}' lacks '${want}'`);
  });
}

const dists: [string, Distribution, number, number][] = [
  ["fixed", { type: "fixed", value: 3 }, 3, 3],
  ["fixed clamped up", { type: "fixed", value: 0, min: 1 }, 1, 1],
  ["normal with spread", { type: "normal", mean: 4, stddev: 1 }, 4, Infinity],
  ["normal capped", { type: "normal", mean: 4, stddev: 1, max: 6 }, 4, 6],
  ["normal without spread", { type: "normal", mean: 2, stddev: 0 }, 2, 2],
  ["lognormal skewed", { type: "lognormal", mean: 10, median: 8 }, 10, Infinity],
  ["lognormal flat", { type: "lognormal", mean: 10, median: 10 }, 10, 10],
  ["empirical", { type: "empirical", points: [{ value: 1, weight: 3 }, { value: 5, weight: 1 }, { value: 9, weight: 0 }] }, 2, 5],
  [
    "multimodal",
    { type: "multimodal", peaks: [{ type: "fixed", value: 2, weight: 1 }, { type: "fixed", value: 4, weight: 1 }, { type: "normal", mean: 100, stddev: 5, weight: 0 }] },
    3,
    4,
  ],
];
for (const [name, d, mean, top] of dists) {
  test(`expectedValue and upperBound of ${name}`, () => {
    assert.is(expectedValue(d), mean);
    assert.is(upperBound(d), top);
  });
}

test("pyFloat prints like Python floats", () => {
  assert.is(pyFloat(0.7 + 0.2), "0.9");
  assert.is(pyFloat(2), "2.0");
  assert.is(pyFloat(0.1 + 0.2), "0.3");
});

test("pyList prints like a Python list of strings", () => {
  assert.is(pyList(["warmup", "profiling"]), "['warmup', 'profiling']");
  assert.is(pyList([]), "[]");
});

test.run();
