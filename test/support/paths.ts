import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** AIPerf's reference material shipped beside the project (read-only). */
export const REFERENCE = join(ROOT, "..", "shared", "reference", "aiperf");

/** One real AIPerf config: where it lives and its text. */
export interface RealConfig {
  /** `templates/minimal.yaml`, `docs/tutorials__sweeps__block0.yaml`, … */
  name: string;
  path: string;
  text: string;
}

/** The 44 real configs (27 bundled templates, 17 documentation examples), sorted by name. */
export function realConfigs(): RealConfig[] {
  return ["templates", "docs"].flatMap((dir) =>
    readdirSync(join(REFERENCE, "configs", dir))
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => {
        const path = join(REFERENCE, "configs", dir, f);
        return { name: `${dir}/${f}`, path, text: readFileSync(path, "utf8") };
      }),
  );
}

/** Files of a fixture folder under test/fixtures, sorted. */
export function fixtureFiles(folder: string): { name: string; path: string; text: string }[] {
  const dir = join(ROOT, "test", "fixtures", folder);
  return readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort()
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), "utf8") }));
}
