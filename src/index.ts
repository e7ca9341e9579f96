/**
 * aiperf-config library API. Every export is listed here by name.
 */
export { validateInputSchema, validateCanonicalSchema, isCanonicalConfig, type SchemaViolation } from "./validate-schema.js";
export { publishedSchemaPath, readPublishedSchema, type SchemaView } from "./published-schema.js";
export { VERSION } from "./version.js";
export type * from "../generated/types/index.js";
