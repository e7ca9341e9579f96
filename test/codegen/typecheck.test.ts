import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT, fixtureFiles, realConfigs } from "../support/paths.ts";

/**
 * The generated types against real data: every canonical fixture must compile as `AiperfConfig` and every real config,
 * exactly as written, as `AiperfConfigInput`. The files are written to test/.typecheck and compiled by tsc; the
 * hand-written negative cases live in test/types/ (under @ts-expect-error) and run with `npm run typecheck`.
 */
const dir = join(ROOT, "test", ".typecheck");

const literal = (value: unknown): string => JSON.stringify(value, null, 1);

function compile(files: Record<string, string>): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../tsconfig.json", include: ["*.ts"], compilerOptions: { noUnusedLocals: false } }));
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(dir, "tsconfig.json")], { encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

test("canonical fixtures compile as AiperfConfig and real configs as AiperfConfigInput", () => {
  const header = `import type { AiperfConfig, AiperfConfigInput } from "../../generated/types/index.js";\n`;
  const canonical = fixtureFiles("canonical/valid").map((f, i) => `// ${f.name}\nexport const canonical${i} = ${literal(parse(f.text))} satisfies AiperfConfig;\n`);
  const input = realConfigs().map((c, i) => `// ${c.name}\nexport const input${i} = ${literal(parse(c.text))} satisfies AiperfConfigInput;\n`);
  const errors = compile({ "canonical.ts": header + canonical.join("\n"), "input.ts": header + input.join("\n") });
  assert.is(errors, "", errors.slice(0, 4000));
});

test("a wrong canonical config does not compile (the check above can fail)", () => {
  const fixture = parse(fixtureFiles("canonical/valid").find((f) => f.name === "phase-poisson.yaml")?.text ?? "") as { benchmark: { phases: Record<string, unknown>[] } };
  (fixture.benchmark.phases[0] as Record<string, unknown>)["rate"] = "fast";
  const header = `import type { AiperfConfig } from "../../generated/types/index.js";\n`;
  const errors = compile({ "wrong.ts": `${header}export const wrong = ${literal(fixture)} satisfies AiperfConfig;\n` });
  assert.match(errors, /error TS/);
  rmSync(dir, { recursive: true, force: true });
});

test("the hand-written negative cases are all used", () => {
  const text = readFileSync(join(ROOT, "test", "types", "canonical-types.ts"), "utf8");
  assert.ok((text.match(/@ts-expect-error/g) ?? []).length >= 8);
});

test.run();
