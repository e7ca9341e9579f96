import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { fixtureFiles } from "../support/paths.ts";
import { isCanonicalConfig, validateCanonicalSchema, validateInputSchema } from "../../src/validate-schema.ts";

// Drop a file into test/fixtures/canonical/{valid,invalid} and it becomes a test. An invalid fixture starts with
// `# expect: <instancePath> <text the error message contains>`.

const valid = fixtureFiles("canonical/valid");
const invalid = fixtureFiles("canonical/invalid");

test("fixtures cover every phase type, dataset type and sweep type", () => {
  const docs = valid.map((f) => parse(f.text) as { benchmark: { phases: { type: string }[]; datasets: { type: string }[] }; sweep?: { type: string } });
  const phaseTypes = new Set(docs.flatMap((d) => d.benchmark.phases.map((p) => p.type)));
  const datasetTypes = new Set(docs.flatMap((d) => d.benchmark.datasets.map((p) => p.type)));
  const sweepTypes = new Set(docs.flatMap((d) => (d.sweep ? [d.sweep.type] : [])));
  assert.equal([...phaseTypes].sort(), ["concurrency", "constant", "fixed_schedule", "gamma", "poisson", "user_centric"]);
  assert.equal([...datasetTypes].sort(), ["file", "public", "synthetic"]);
  assert.equal([...sweepTypes].sort(), ["adaptive_search", "grid", "latin_hypercube", "scenarios", "sobol", "zip"]);
});

for (const fixture of valid) {
  test(`canonical validator accepts valid/${fixture.name}`, () => {
    const data = parse(fixture.text);
    assert.equal(validateCanonicalSchema(data), []);
    assert.ok(isCanonicalConfig(data));
  });
  test(`input validator also accepts valid/${fixture.name} (canonical is a subset of input)`, () => {
    assert.equal(validateInputSchema(parse(fixture.text)), []);
  });
}

for (const fixture of invalid) {
  test(`canonical validator rejects invalid/${fixture.name}`, () => {
    const header = /^# expect: (\S*) (.+)$/m.exec(fixture.text);
    assert.ok(header, `${fixture.name} needs a '# expect: <path> <message>' first line`);
    const [, path, message] = header as unknown as [string, string, string];
    const violations = validateCanonicalSchema(parse(fixture.text));
    assert.ok(violations.length > 0, "expected the canonical validator to reject it");
    const hit = violations.find((v) => v.instancePath === path && v.message.includes(message));
    assert.ok(hit, `no violation at '${path}' containing '${message}'; got ${JSON.stringify(violations.map((v) => [v.instancePath, v.message]))}`);
  });
}

test.run();
