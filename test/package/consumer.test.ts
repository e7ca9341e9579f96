import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";

/**
 * The package as another repo gets it: `npm pack`, unpacked into a consumer project's node_modules, then used from
 * JavaScript (library API, published schema path, the bin) and from TypeScript (`aiperf-config/types`). The consumer
 * lives under test/ so the package's own dependencies resolve from the repo's node_modules, as npm would hoist them.
 */
const consumer = join(ROOT, "test", ".consumer");
const installed = join(consumer, "node_modules", "aiperf-config");

function packAndInstall(): void {
  rmSync(consumer, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), "aiperf-pack-"));
  try {
    execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", out], { cwd: ROOT, stdio: "pipe" });
    const tarball = readdirSync(out).find((f) => f.endsWith(".tgz")) as string;
    execFileSync("tar", ["-xzf", join(out, tarball), "-C", installed, "--strip-components=1"]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
}

packAndInstall();

test("the tarball holds dist, the published schemas and the bin, and no sources", () => {
  const listing = execFileSync("find", [".", "-type", "f"], { cwd: installed, encoding: "utf8" }).split("\n").filter(Boolean).sort();
  assert.ok(listing.includes("./dist/src/index.js"));
  assert.ok(listing.includes("./dist/generated/validators/input.cjs"));
  assert.ok(listing.includes("./generated/schema/aiperf-config.schema.json"));
  assert.ok(listing.includes("./bin/aiperf-config.js"));
  assert.not.ok(listing.some((f) => f.startsWith("./src/") || f.startsWith("./schema/") || f.startsWith("./test/")), listing.join(" "));
});

test("JavaScript consumers import the library API and the published schema by name", () => {
  writeFileSync(join(consumer, "use.mjs"), `
import { createRequire } from "node:module";
import { validateInputSchema, validateCanonicalSchema, readPublishedSchema, VERSION } from "aiperf-config";
const require = createRequire(import.meta.url);
const schema = require("aiperf-config/schema/input.json");
const bad = validateInputSchema({ benchmark: { model: "m", endpoint: { url: "x" }, dataset: {}, profiling: { type: "burst" } } });
console.log(JSON.stringify({
  version: VERSION,
  id: schema.$id,
  sameText: readPublishedSchema("input") === JSON.stringify(schema, null, 2) + "\\n",
  good: validateInputSchema({ benchmark: { model: "m", endpoint: { url: "x" }, dataset: {}, profiling: { type: "concurrency", requests: 1 } } }).length,
  bad: bad.map((v) => v.message).join(" | "),
  canonicalRejectsInput: validateCanonicalSchema({ benchmark: { model: "m" } }).length > 0,
}));
`);
  const result = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: consumer, encoding: "utf8" })) as Record<string, unknown>;
  assert.is(result["id"], "https://aiperf-config.dev/schema/aiperf-config.schema.json");
  assert.is(result["sameText"], true);
  assert.is(result["good"], 0);
  assert.match(String(result["bad"]), "unknown phase type: must be one of concurrency");
  assert.is(result["canonicalRejectsInput"], true);
});

test("TypeScript consumers get AiperfConfig and AiperfConfigInput from aiperf-config/types", () => {
  writeFileSync(join(consumer, "use.ts"), `
import type { AiperfConfig, AiperfConfigInput, Phase } from "aiperf-config/types";
import { isCanonicalConfig } from "aiperf-config";
export const written: AiperfConfigInput = { benchmark: { model: "m", endpoint: { url: "x" }, dataset: {}, profiling: { type: "poisson", rate: 5, duration: "2m" } } };
export function phaseNames(data: unknown): string[] {
  return isCanonicalConfig(data) ? data.benchmark.phases.map((p: Phase) => p.name) : [];
}
// @ts-expect-error: not a phase type
export const wrong: Phase["type"] = "burst";
export type Config = AiperfConfig;
`);
  writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, types: [] }, files: ["use.ts"] }));
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  let output = "";
  try {
    execFileSync(process.execPath, [tsc, "-p", join(consumer, "tsconfig.json")], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout);
  }
  assert.is(output, "");
});

test("the installed bin runs", () => {
  const version = execFileSync(process.execPath, [join(installed, "bin", "aiperf-config.js"), "--version"], { encoding: "utf8" });
  assert.match(version, /^\d+\.\d+\.\d+\n$/);
});

test.after(() => rmSync(consumer, { recursive: true, force: true }));

test.run();
