import AjvModule from "ajv";
import ajvFormatsModule from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

/**
 * The published input schema compiled by a plain ajv, as another tool or an editor would use it: no project code,
 * no ajv-errors (its `errorMessage` keyword is simply ignored), formats from ajv-formats.
 */
export function compilePublishedSchema(file = "aiperf-config.schema.json"): (data: unknown) => boolean {
  const ajv = new AjvModule.default({ allErrors: true, strict: false });
  ajvFormatsModule.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, "generated", "schema", file), "utf8")));
}
