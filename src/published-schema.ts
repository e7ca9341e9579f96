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
  // Built code runs from dist/src/, the sources (tests, tsx) from src/: the package root is two or one level up.
  const up = import.meta.url.includes("/dist/src/") ? "../../" : "../";
  return fileURLToPath(new URL(`${up}generated/schema/${FILES[view]}`, import.meta.url));
}

/** The text of a published schema, exactly as generated. */
export function readPublishedSchema(view: SchemaView): string {
  return readFileSync(publishedSchemaPath(view), "utf8");
}
