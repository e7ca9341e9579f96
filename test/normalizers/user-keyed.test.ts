import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { bundleSchema } from "../../codegen/bundle-schema.ts";
import { readSources } from "../../codegen/read-sources.ts";
import { isNode, visitSubschemas, type SchemaNode } from "../../codegen/schema-node.ts";
import { FREE_FORM_PROPERTIES, NAMED_MAP_PROPERTIES } from "../../src/normalizers/rename-keys.ts";
import { ROOT } from "../support/paths.ts";

// The key renamer keeps the user's keys in maps it knows by property name; the schema marks them with x-user-keys.
// This keeps the two from drifting apart.
const bundle = bundleSchema(readSources(join(ROOT, "schema")));
const userKeyed = new Set<string>();
const everyProperty = new Map<string, SchemaNode[]>();
visitSubschemas(bundle, (node) => {
  const props = node["properties"];
  if (!isNode(props)) return;
  for (const [name, prop] of Object.entries(props)) {
    if (!isNode(prop)) continue;
    everyProperty.set(name, [...(everyProperty.get(name) ?? []), prop]);
    const target = typeof prop["$ref"] === "string" ? bundle.definitions[String(prop["$ref"]).slice("#/definitions/".length)] : undefined;
    if (prop["x-user-keys"] === true || target?.["x-user-keys"] === true) userKeyed.add(name);
  }
});

test("every user-keyed property of the schema is known to the key renamer", () => {
  const known = new Set([...FREE_FORM_PROPERTIES, ...NAMED_MAP_PROPERTIES, "sla"]);
  assert.equal([...userKeyed].filter((n) => !known.has(n)).sort(), []);
});

test("every property name the renamer leaves alone is user-keyed wherever it appears", () => {
  for (const name of [...FREE_FORM_PROPERTIES, ...NAMED_MAP_PROPERTIES]) {
    assert.ok(everyProperty.has(name), `'${name}' is not a property of the schema`);
    assert.ok(userKeyed.has(name), `'${name}' is not marked x-user-keys`);
  }
});

test.run();
