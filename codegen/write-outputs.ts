import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { GeneratedFile } from "./generated-file.ts";

/** What differs between the generated set and `generated/` on disk. */
export interface OutputReport {
  /** Files that are missing or whose text differs. */
  stale: string[];
  /** Files under generated/ that codegen no longer produces. */
  extra: string[];
}

/**
 * Compares the generated files with the tree under `root`; unless `check`, brings the tree up to date (each file
 * written to a temporary name and renamed, so no reader ever sees half a file).
 */
export function writeOutputs(root: string, files: GeneratedFile[], check: boolean): OutputReport {
  const wanted = new Map(files.map((f) => [f.path, f.text]));
  const stale = files.filter((f) => {
    const path = join(root, f.path);
    return !existsSync(path) || readFileSync(path, "utf8") !== f.text;
  }).map((f) => f.path);
  const extra = listFiles(join(root, "generated")).map((p) => relative(root, p)).filter((p) => !wanted.has(p)).sort();
  if (!check) {
    for (const path of stale) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}.tmp`, wanted.get(path) as string);
      renameSync(`${target}.tmp`, target);
    }
    for (const path of extra) rmSync(join(root, path));
  }
  return { stale, extra };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
