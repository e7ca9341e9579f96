import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isNode, type SchemaNode } from "./schema-node.ts";

/** One schema source file, parsed. */
export interface SourceFile {
  /** File name inside schema/, e.g. `phases.schema.json`. */
  name: string;
  schema: SchemaNode;
}

/** Reads every `*.schema.json` under `dir`, sorted by name so every later stage is deterministic. */
export function readSources(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".schema.json"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      let schema: unknown;
      try {
        schema = JSON.parse(text);
      } catch (error) {
        throw new Error(`schema/${name}: not valid JSON: ${(error as Error).message}`);
      }
      if (!isNode(schema)) throw new Error(`schema/${name}: the top level must be an object`);
      return { name, schema };
    });
}
