import { isAbsolute, resolve } from "node:path";
import { Editor, isMapping, type Mapping } from "../normalizers/edit.js";
import type { StageContext } from "./stage-context.js";

/**
 * Relative paths that name input files are taken from the config file's folder (design §2 stage 1), so a config
 * means the same thing whatever folder it is run from: file datasets' `path`, a `plot` file, GPU telemetry's
 * `metricsFile`. Output locations (`artifacts.dir`, user files) stay as written: AIPerf places those itself.
 */
export function resolvePaths(config: Mapping, baseDir: string, ctx: StageContext): Mapping {
  const edit = new Editor(ctx.map);
  const absolute = (p: unknown): unknown => (typeof p === "string" && p !== "" && !isAbsolute(p) && !p.includes("{{") ? resolve(baseDir, p) : p);
  let out = config;
  if (typeof out["plot"] === "string") out = edit.with(out, { plot: absolute(out["plot"]) });
  let benchmark = out["benchmark"] as Mapping;
  const datasets = benchmark["datasets"];
  if (Array.isArray(datasets)) {
    const next = edit.mapList(datasets, (d) => (isMapping(d) && typeof d["path"] === "string" ? edit.with(d, { path: absolute(d["path"]) }) : d));
    if (next !== datasets) benchmark = edit.with(benchmark, { datasets: next });
  }
  const gpu = benchmark["gpuTelemetry"];
  if (isMapping(gpu) && typeof gpu["metricsFile"] === "string") benchmark = edit.with(benchmark, { gpuTelemetry: edit.with(gpu, { metricsFile: absolute(gpu["metricsFile"]) }) });
  return benchmark === out["benchmark"] ? out : edit.with(out, { benchmark });
}
