import AjvModule from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import ajvErrorsModule from "ajv-errors";
import ajvFormatsModule from "ajv-formats";
import { cloneJson, type SchemaNode } from "./schema-node.ts";
import { BANNER_LINES, tsBanner, type GeneratedFile } from "./generated-file.ts";

// The ajv packages are CommonJS that also set `exports.default`; under Node's ESM the default import is
// `module.exports`, so the plugin itself is its `.default`.
const Ajv = AjvModule.default;
const standalone = standaloneModule.default;
const ajvErrors = ajvErrorsModule.default;
const ajvFormats = ajvFormatsModule.default;

/** The ajv options both validators are compiled with (tests compile the published schema with the same ones). */
export function createAjv(esm: boolean): InstanceType<typeof Ajv> {
  const ajv = new Ajv({
    allErrors: true,
    discriminator: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    inlineRefs: false,
    code: { source: true, esm, optimize: true },
  });
  ajvErrors(ajv);
  ajvFormats(ajv);
  return ajv;
}

/** Standalone ESM validators (JavaScript plus a declaration file): no schema is compiled at run time. */
export function emitValidators(input: SchemaNode, canonical: SchemaNode): GeneratedFile[] {
  return [
    ...compileStandalone("generated/validators/input", input, "the input view (a config as written)"),
    ...compileStandalone("generated/validators/canonical", canonical, "the canonical view (a normalized config)"),
  ];
}

function compileStandalone(base: string, schema: SchemaNode, what: string): GeneratedFile[] {
  const ajv = createAjv(true);
  const validate = ajv.compile(cloneJson(schema));
  const code = standalone(ajv, validate);
  // ajv's ESM output still `require`s its runtime helpers and ajv-formats; turn those into imports.
  const imports: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_m: string, spec: string) => {
    const id = `runtime${imports.length}`;
    const path = /\.[cm]?js$/.test(spec) ? spec : `${spec}.js`;
    imports.push(`import * as ${id}Module from "${path}";\nconst ${id} = ${id}Module.default ?? ${id}Module;`);
    return id;
  });
  const js = `${tsBanner()}// Standalone ajv validator for ${what}.\n${imports.join("\n")}\n${body.replace(/^"use strict";/, "")}\n`;
  const dts = `${tsBanner()}import type { ErrorObject } from "ajv";

/** The standalone validator for ${what}: true when valid; otherwise \`errors\` lists every violation. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: StandaloneValidator;
export default validate;
`;
  // The exact schema the validator was compiled from: error `schemaPath`s point into it (the loader reads it to list
  // the keys allowed where an unknown key was found).
  const compiled = { $comment: `${BANNER_LINES.join(" ")} The schema ${base}.js was compiled from.`, ...schema };
  return [
    { path: `${base}.js`, text: js },
    { path: `${base}.d.ts`, text: dts },
    { path: `${base}.schema.json`, text: `${JSON.stringify(compiled)}\n` },
  ];
}
