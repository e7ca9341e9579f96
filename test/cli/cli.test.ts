import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";
import { runCli } from "../support/cli.ts";
import { runCli as runInProcess } from "../../src/cli/main.ts";

const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

test("schema prints the published input schema, exactly", () => {
  const run = runCli(["schema"]);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, readFileSync(join(ROOT, "generated", "schema", "aiperf-config.schema.json"), "utf8"));
  assert.is((JSON.parse(run.stdout) as { $id: string }).$id, "https://aiperf-config.dev/schema/aiperf-config.schema.json");
});

test("schema --canonical prints the canonical schema", () => {
  const run = runCli(["schema", "--canonical"]);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, readFileSync(join(ROOT, "generated", "schema", "aiperf-config.canonical.schema.json"), "utf8"));
});

test("--version prints the package version", () => {
  const run = runCli(["--version"]);
  assert.is(run.status, 0);
  assert.is(run.stdout, `${version}\n`);
});

test("--help prints usage on stdout and exits 0", () => {
  const run = runCli(["--help"]);
  assert.is(run.status, 0);
  assert.match(run.stdout, "aiperf-config schema [--canonical]");
  assert.match(run.stdout, "Exit codes");
});

test("no command prints usage on stderr and exits 2", () => {
  const run = runCli([]);
  assert.is(run.status, 2);
  assert.is(run.stdout, "");
  assert.match(run.stderr, "Usage:");
});

test("an unknown command is a usage error (exit 2), not a stack trace", () => {
  const run = runCli(["valdate", "x.yaml"]);
  assert.is(run.status, 2);
  assert.match(run.stderr, "unknown command 'valdate'");
  assert.not.match(run.stderr, /\n\s+at /);
});

test("an unknown option is a usage error naming it", () => {
  const run = runCli(["schema", "--canonicl"]);
  assert.is(run.status, 2);
  assert.match(run.stderr, "--canonicl");
  assert.is(run.stdout, "");
});

test("an extra argument is a usage error", () => {
  const run = runCli(["schema", "extra"]);
  assert.is(run.status, 2);
  assert.match(run.stderr, "unexpected argument 'extra'");
});

test("an unexpected exception is exit 70 with the stack (a bug, reported as one)", () => {
  let err = "";
  const code = runInProcess(["schema"], { stdout: () => { throw new TypeError("boom"); }, stderr: (t) => { err += t; } });
  assert.is(code, 70);
  assert.match(err, "internal error");
  assert.match(err, "TypeError: boom");
});

test.run();
