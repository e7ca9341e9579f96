import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Which of the two generated views. */
export type SchemaView = "input" | "canonical";

const FILES: Record<SchemaView, string> = {
  input: "aiperf-config.schema.json",
  canonical: "aiperf-config.canonical.schema.json",
};

/**
 * The path of a published schema: `input` is what editors use on files as written, `canonical` describes the
 * normalized config. Both ship in the package under generated/schema/.
 */
export function publishedSchemaPath(view: SchemaView): string {
  // From src/ (tsx) and from dist/src/ (built) the package root is a fixed number of levels up.
  const here = fileURLToPath(import.meta.url);
  const levels = here.includes("/dist/src/") ? "../../.." : "../..";
  return fileURLToPath(new URL(`${levels}/generated/schema/${FILES[view]}`, `file://${here}`));
}

/** The text of a published schema, exactly as generated. */
export function readPublishedSchema(view: SchemaView): string {
  return readFileSync(publishedSchemaPath(view), "utf8");
}
