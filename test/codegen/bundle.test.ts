import { test } from "uvu";
import * as assert from "uvu/assert";
import { bundleSchema } from "../../codegen/bundle-schema.ts";
import { deriveInput } from "../../codegen/derive-input.ts";
import { deriveCanonical } from "../../codegen/derive-canonical.ts";
import { createAjv } from "../../codegen/emit-validators.ts";
import type { SchemaNode } from "../../codegen/schema-node.ts";

/** A tiny schema/ folder: the envelope root plus one more file. */
const folder = (root: SchemaNode, definitions: Record<string, SchemaNode>): { name: string; schema: SchemaNode }[] => [
  { name: "envelope.schema.json", schema: { ...root, definitions: {} } },
  { name: "things.schema.json", schema: { definitions } },
];
const rootWith = (properties: SchemaNode, required: string[] = []): SchemaNode => ({ type: "object", additionalProperties: false, properties, required });

const authoringErrors: [string, () => unknown, string][] = [
  ["a property without a description", () => bundleSchema(folder(rootWith({ a: { $ref: "things.schema.json#/definitions/A", description: "a" } }), { A: { description: "A", type: "object", additionalProperties: false, properties: { x: { type: "integer" } } } })), "properties/x has no description"],
  ["a ref to a missing definition", () => bundleSchema(folder(rootWith({ a: { $ref: "things.schema.json#/definitions/Nope", description: "a" } }), {})), "unknown definition 'Nope'"],
  ["a ref naming the wrong file", () => bundleSchema(folder(rootWith({ a: { $ref: "other.schema.json#/definitions/A", description: "a" } }), { A: { description: "A", type: "string" } })), "is defined in things.schema.json"],
  ["two alternatives with one JSON type", () => deriveInput(bundleSchema(folder(rootWith({ a: { description: "a", type: "string", "x-input-alternatives": [{ type: "string", description: "again" }] } }), {})), "validate"), "two forms accept JSON type 'string'"],
];

for (const [name, run, message] of authoringErrors) {
  test(`codegen refuses ${name}`, () => {
    assert.throws(run, (error: Error) => error.message.includes(message));
  });
}

/** Derives both views of a small schema and compiles them. */
function views(root: SchemaNode, definitions: Record<string, SchemaNode> = {}): { input: (d: unknown) => boolean; canonical: (d: unknown) => boolean } {
  const bundle = bundleSchema(folder(root, definitions));
  return { input: createAjv(false).compile(deriveInput(bundle, "validate")), canonical: createAjv(false).compile(deriveCanonical(bundle)) };
}

test("a defaulted field is required in the canonical view and optional in the input view", () => {
  const { input, canonical } = views(rootWith({ numRuns: { description: "n", type: "integer", minimum: 1, default: 1 } }));
  assert.ok(input({}));
  assert.not.ok(canonical({}));
  assert.ok(canonical({ numRuns: 2 }));
});

test("snake_case is input-only, and both spellings together are rejected", () => {
  const { input, canonical } = views(rootWith({ numRuns: { description: "n", type: "integer" } }));
  assert.ok(input({ num_runs: 2 }));
  assert.ok(input({ numRuns: 2 }));
  assert.not.ok(input({ numRuns: 2, num_runs: 2 }));
  assert.not.ok(canonical({ num_runs: 2 }));
});

test("numbers take templates in the input view only; durations take strings", () => {
  const { input, canonical } = views(rootWith({ rate: { description: "r", type: "number" }, wait: { description: "w", type: "number", "x-duration": true } }));
  assert.ok(input({ rate: "{{ x }}", wait: "5 min" }));
  assert.ok(input({ rate: "${RATE:1}", wait: "inf" }));
  assert.not.ok(input({ rate: "fast" }));
  assert.not.ok(input({ wait: "1m30s" }));
  assert.not.ok(canonical({ rate: "{{ x }}" }));
  assert.ok(canonical({ wait: "inf" }));
  assert.not.ok(canonical({ wait: "5 min" }));
});

test("an input-only shorthand satisfies the requirement it stands for, exclusively", () => {
  const { input, canonical } = views(rootWith({
    urls: { description: "u", type: "array", items: { type: "string" } },
    url: { description: "u", type: "string", "x-input-only": true, "x-shorthand-for": "urls", "x-exclusive": true },
  }, ["urls"]));
  assert.ok(input({ url: "x" }));
  assert.ok(input({ urls: ["x"] }));
  assert.not.ok(input({}));
  assert.not.ok(input({ url: "x", urls: ["x"] }));
  assert.not.ok(canonical({ url: "x" }));
});

test.run();
