import { readSources } from "./read-sources.ts";
import { bundleSchema } from "./bundle-schema.ts";
import { deriveCanonical } from "./derive-canonical.ts";
import { deriveInput } from "./derive-input.ts";
import { dedupeSubschemas } from "./dedupe-subschemas.ts";
import { stripDocs } from "./schema-node.ts";
import { emitSchemas } from "./emit-schemas.ts";
import { emitTypes } from "./emit-types.ts";
import { emitValidators } from "./emit-validators.ts";
import type { GeneratedFile } from "./generated-file.ts";

/**
 * The codegen pipeline as a straight line, one stage per module:
 *   readSources → bundleSchema → deriveCanonical / deriveInput → dedupeSubschemas → emitSchemas → emitTypes → emitValidators
 * (the docs and CRD emitters join this list). Pure: reads schema/, returns the files; run.ts writes or checks them.
 */
export async function generateFiles(schemaDir: string): Promise<GeneratedFile[]> {
  const sources = readSources(schemaDir);
  const bundle = bundleSchema(sources);
  const canonical = deriveCanonical(bundle);
  const inputView = deriveInput(bundle, "validate");
  const input = dedupeSubschemas(inputView);
  const inputTypes = deriveInput(bundle, "types");
  return [
    ...emitSchemas(input, canonical),
    ...(await emitTypes(canonical, inputTypes)),
    // Validators need no prose: without descriptions far more subschemas are identical and get shared.
    ...emitValidators(dedupeSubschemas(stripDocs(inputView), 100), dedupeSubschemas(stripDocs(canonical), 100)),
  ];
}
