import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureFiles } from "../support/paths.ts";
import { runCli } from "../../src/cli/main.ts";
import type { Diagnostic } from "../../src/diagnostics.ts";

/**
 * One mistake per file, as a user would make it; the first line says what must be reported:
 * `# expect: CODE line N "message part" hint "hint part"`. Each runs through `aiperf-config validate --format json`
 * (in process) and must exit 1 with that diagnostic at that line: the user's own line, also for values that went
 * through a shorthand, the flat shape, a template or `${ENV}`.
 */
const files = fixtureFiles("invalid");

test("the corpus holds at least 40 invalid configs", () => {
  assert.ok(files.length >= 40, `${files.length}`);
});

for (const file of files) {
  test(`invalid/${file.name}`, () => {
    const header = /^# expect: (\w+) line (\d+) "(.*)" hint "(.*)"$/m.exec(file.text);
    assert.ok(header, "first line must be: # expect: CODE line N \"message\" hint \"hint\"");
    const [, code, line, message, hint] = header as unknown as [string, string, string, string, string];
    let stdout = "";
    let stderr = "";
    const exit = runCli(["validate", "--format", "json", file.path], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
    assert.is(exit, 1, `exit code (stderr: ${stderr})`);
    const diagnostics = JSON.parse(stdout) as Diagnostic[];
    assert.ok(hint !== "", "every invalid config names the hint it expects");
    const hit = diagnostics.find((d) => d.code === code && d.line === Number(line) && d.message.includes(message) && (d.hint ?? "").includes(hint));
    assert.ok(hit, `expected ${code} at line ${line} with "${message}" / hint "${hint}"; got:\n${diagnostics.map((d) => `  ${d.code} ${d.line}:${d.column} ${d.message} | ${d.hint ?? ""}`).join("\n")}`);
    assert.is(hit?.file, file.path);
  });
}

test.run();
