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

/** Standalone validators (no schema is compiled at run time) and the schemas they were compiled from. */
export function emitValidators(input: SchemaNode, canonical: SchemaNode): GeneratedFile[] {
  return [
    ...compileStandalone("generated/validators/input", input, "the input view (a config as written)"),
    ...compileStandalone("generated/validators/canonical", canonical, "the canonical view (a normalized config)"),
  ];
}

function compileStandalone(base: string, schema: SchemaNode, what: string): GeneratedFile[] {
  const ajv = createAjv(false);
  const validate = ajv.compile(cloneJson(schema));
  // CommonJS, loaded by src/load-validator.ts through node:vm so V8's code cache can be kept between runs (a 2 MB
  // module costs more to compile than the whole rest of a `validate` run).
  const js = `${tsBanner()}// Standalone ajv validator for ${what}.\n${standalone(ajv, validate)}\n`;
  // The exact schema the validator was compiled from: error `schemaPath`s point into it.
  const compiled = { $comment: `${BANNER_LINES.join(" ")} The schema ${base}.cjs was compiled from.`, ...schema };
  return [
    { path: `${base}.cjs`, text: js },
    { path: `${base}.schema.json`, text: `${JSON.stringify(compiled)}\n` },
  ];
}
