import { loadValidator, type StandaloneValidator } from "./load-validator.js";
import type { AiperfConfig } from "../generated/types/canonical.js";

/** One schema violation as ajv reports it, with the JSON pointer of the offending value. */
export interface SchemaViolation {
  /** JSON pointer into the data, e.g. `/benchmark/phases/0/rate`. */
  instancePath: string;
  /** The schema keyword that failed (`required`, `additionalProperties`, `enum`, `errorMessage`, …). */
  keyword: string;
  /** ajv's or our schema's (`errorMessage`) text. */
  message: string;
  /** Keyword details, e.g. `{additionalProperty: "x"}` or `{allowedValues: [...]}`. */
  params: Record<string, unknown>;
  /** Where in the schema the rule lives. */
  schemaPath: string;
}

const run = (validator: StandaloneValidator, data: unknown): SchemaViolation[] => {
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword, params: e.params as Record<string, unknown>, schemaPath: e.schemaPath }));
};

/** Checks data against the input view (a config as a user writes it, before any normalization). */
export function validateInputSchema(data: unknown): SchemaViolation[] {
  return run(loadValidator("input"), data);
}

/** Checks data against the canonical view. */
export function validateCanonicalSchema(data: unknown): SchemaViolation[] {
  return run(loadValidator("canonical"), data);
}

/** Type guard over the canonical validator. */
export function isCanonicalConfig(data: unknown): data is AiperfConfig {
  return loadValidator("canonical")(data);
}
