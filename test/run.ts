/**
 * Runs every `test/**\/*.test.ts` with uvu in this one process, then prints the plain closing line
 * `N passed, N failed` that CI reads (uvu's own summary is a "Total/Passed" block).
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "uvu/run";

const here = fileURLToPath(new URL(".", import.meta.url));
const filter = process.argv[2];

function find(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" || e.name.startsWith(".") ? [] : find(path);
    return e.name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = find(here).sort().filter((f) => !filter || f.includes(filter));
const suites = files.map((file) => ({ name: relative(here, file), file }));

// uvu prints its summary with process.stdout.write; read the totals from it as it goes by.
let output = "";
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  output += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
  return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

await run(suites);
process.stdout.write = write;
const plain = output.replace(/\u001b\[[0-9;]*m/g, "");
const total = Number(/Total:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const passed = Number(/Passed:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const skipped = Number(/Skipped:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const failed = total - passed - skipped;
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
if (total === 0 || failed > 0) process.exitCode = 1;
