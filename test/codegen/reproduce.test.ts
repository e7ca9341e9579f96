import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT } from "../support/paths.ts";
import { generateFiles } from "../../codegen/generate.ts";
import { writeOutputs } from "../../codegen/write-outputs.ts";

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));

const files = await generateFiles(join(ROOT, "schema"));

test("every generated file carries the banner", () => {
  for (const file of files) assert.match(file.text, /GENERATED FILE\. DO NOT EDIT\./, file.path);
});

test("deleting generated/ and regenerating reproduces it byte for byte", () => {
  const tmp = mkdtempSync(join(tmpdir(), "aiperf-codegen-"));
  try {
    const report = writeOutputs(tmp, files, false);
    assert.is(report.stale.length, files.length, "an empty tree has every file stale");
    const committed = listFiles(join(ROOT, "generated")).map((p) => relative(ROOT, p)).sort();
    const regenerated = listFiles(join(tmp, "generated")).map((p) => relative(tmp, p)).sort();
    assert.equal(regenerated, committed);
    for (const path of committed) assert.ok(readFileSync(join(tmp, path)).equals(readFileSync(join(ROOT, path))), `${path} differs`);
    assert.equal(writeOutputs(tmp, files, true), { stale: [], extra: [] });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("generation is deterministic", async () => {
  const again = await generateFiles(join(ROOT, "schema"));
  assert.equal(again.map((f) => f.path), files.map((f) => f.path));
  for (const [i, file] of again.entries()) assert.ok(file.text === files[i]?.text, `${file.path} differs between two runs`);
});

test("`npm run codegen -- --check` names a hand-edited file and a stray one, and exits 1", () => {
  const tmp = mkdtempSync(join(tmpdir(), "aiperf-codegen-check-"));
  try {
    for (const dir of ["schema", "codegen", "generated"]) cpSync(join(ROOT, dir), join(tmp, dir), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(tmp, "package.json"));
    symlinkSync(join(ROOT, "node_modules"), join(tmp, "node_modules"));
    const edited = join(tmp, "generated", "types", "canonical.ts");
    writeFileSync(edited, readFileSync(edited, "utf8").replace("export interface", "export  interface"));
    writeFileSync(join(tmp, "generated", "types", "old.ts"), "// left over\n");
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, ["--import", "tsx", join(tmp, "codegen", "run.ts"), "--check"], { cwd: tmp, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = (error as { stderr: string }).stderr;
    }
    assert.is(status, 1);
    assert.match(stderr, "stale: generated/types/canonical.ts");
    assert.match(stderr, "not generated any more: generated/types/old.ts");
    assert.ok(existsSync(join(tmp, "generated", "types", "old.ts")), "--check must not touch the tree");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
