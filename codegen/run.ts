/**
 * `npm run codegen [-- --check]`: schema/ → generated/. A straight line of stages, one module each:
 *   readSources → bundleSchema → deriveCanonical / deriveInput → emitSchemas → emitTypes → emitValidators → writeOutputs
 * (the docs and CRD emitters join the list before writeOutputs).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSources } from "./read-sources.ts";
import { bundleSchema } from "./bundle-schema.ts";
import { deriveCanonical } from "./derive-canonical.ts";
import { deriveInput } from "./derive-input.ts";
import { emitSchemas } from "./emit-schemas.ts";
import { emitTypes } from "./emit-types.ts";
import { emitValidators } from "./emit-validators.ts";
import { writeOutputs } from "./write-outputs.ts";

const root = join(fileURLToPath(import.meta.url), "..", "..");

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`codegen: unknown argument(s) ${unknown.join(" ")}\nusage: npm run codegen [-- --check]\n`);
    return 2;
  }
  const check = argv.includes("--check");
  const started = Date.now();

  const sources = readSources(join(root, "schema"));
  const bundle = bundleSchema(sources);
  const canonical = deriveCanonical(bundle);
  const input = deriveInput(bundle, "validate");
  const inputTypes = deriveInput(bundle, "types");
  const files = [
    ...emitSchemas(input, canonical),
    ...(await emitTypes(canonical, inputTypes)),
    ...emitValidators(input, canonical),
  ];
  const report = writeOutputs(root, files, check);

  const changed = [...report.stale, ...report.extra];
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (check) {
    if (changed.length === 0) {
      process.stdout.write(`codegen --check: generated/ is up to date (${files.length} files, ${seconds}s)\n`);
      return 0;
    }
    for (const path of report.stale) process.stderr.write(`stale: ${path}\n`);
    for (const path of report.extra) process.stderr.write(`not generated any more: ${path}\n`);
    process.stderr.write(`codegen --check: ${changed.length} file(s) out of date; run \`npm run codegen\` and commit the result\n`);
    return 1;
  }
  process.stdout.write(`codegen: ${files.length} files, ${changed.length} changed (${seconds}s)\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`codegen failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
