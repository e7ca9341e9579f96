import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { realConfigs } from "../support/paths.ts";
import { compilePublishedSchema } from "../support/plain-ajv.ts";
import { validateInputSchema } from "../../src/validate-schema.ts";

const published = compilePublishedSchema();
const configs = realConfigs();

test("there are 44 real configs (27 templates, 17 docs examples)", () => {
  assert.is(configs.filter((c) => c.name.startsWith("templates/")).length, 27);
  assert.is(configs.filter((c) => c.name.startsWith("docs/")).length, 17);
});

for (const config of configs) {
  test(`published input schema (plain ajv) accepts ${config.name} as written`, () => {
    assert.ok(published(parse(config.text)), config.name);
  });
  test(`generated input validator accepts ${config.name} as written`, () => {
    assert.equal(validateInputSchema(parse(config.text)), []);
  });
}

test.run();
