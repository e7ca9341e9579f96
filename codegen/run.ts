/**
 * `npm run codegen [-- --check]`: regenerates generated/ from schema/ (see generate.ts for the stages), or with
 * `--check` only reports, naming every stale file, and exits 1 when anything is out of date.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateFiles } from "./generate.ts";
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
  const files = await generateFiles(join(root, "schema"));
  const report = writeOutputs(root, files, check);
  const changed = [...report.stale, ...report.extra];
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!check) {
    process.stdout.write(`codegen: ${files.length} files, ${changed.length} changed (${seconds}s)\n`);
    return 0;
  }
  if (changed.length === 0) {
    process.stdout.write(`codegen --check: generated/ is up to date (${files.length} files, ${seconds}s)\n`);
    return 0;
  }
  for (const path of report.stale) process.stderr.write(`stale: ${path}\n`);
  for (const path of report.extra) process.stderr.write(`not generated any more: ${path}\n`);
  process.stderr.write(`codegen --check: ${changed.length} file(s) out of date; run \`npm run codegen\` and commit the result\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`codegen failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
