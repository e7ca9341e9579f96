import type { SchemaNode } from "./schema-node.ts";
import { BANNER_LINES, type GeneratedFile } from "./generated-file.ts";

/** Stable paths of the published schemas: editors and other repos point at these. */
export const INPUT_SCHEMA_PATH = "generated/schema/aiperf-config.schema.json";
export const CANONICAL_SCHEMA_PATH = "generated/schema/aiperf-config.canonical.schema.json";
export const SCHEMA_ID_BASE = "https://aiperf-config.dev/schema/";

/** The two views as JSON files, bannered through `$comment` (JSON has no comments). */
export function emitSchemas(input: SchemaNode, canonical: SchemaNode): GeneratedFile[] {
  const file = (path: string, id: string, title: string, description: string, view: SchemaNode): GeneratedFile => {
    const { $schema: _s, title: _t, description: _d, ...rest } = view;
    const doc = { $schema: "http://json-schema.org/draft-07/schema#", $id: `${SCHEMA_ID_BASE}${id}`, $comment: BANNER_LINES.join(" "), title, description, ...rest };
    return { path, text: `${JSON.stringify(doc, null, 2)}\n` };
  };
  return [
    file(INPUT_SCHEMA_PATH, "aiperf-config.schema.json", "AIPerf config (as written)",
      "An AIPerf benchmark configuration file (schemaVersion 2.0) as users write it: snake_case or camelCase keys, shorthands, ${VAR} and {{ }} templates, durations as strings.", input),
    file(CANONICAL_SCHEMA_PATH, "aiperf-config.canonical.schema.json", "AIPerf config (canonical)",
      "An AIPerf benchmark configuration after normalization: camelCase keys, shorthands expanded, templates applied, defaults filled.", canonical),
  ];
}
