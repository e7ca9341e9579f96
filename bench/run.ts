/**
 * `npm run bench`: speed figures as ratios against a floor measured in the same run (machines here are shared and
 * noisy, so absolute times mean little). Design §9 goals are printed beside each ratio.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { loadConfig, planPhases } from "../dist/src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const configsDir = join(root, "..", "shared", "reference", "aiperf", "configs");
const configs = ["templates", "docs"].flatMap((d) => readdirSync(join(configsDir, d)).filter((f) => f.endsWith(".yaml")).map((f) => join(configsDir, d, f)));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number): string => `${n.toFixed(2)} ms`;

function freshProcess(): void {
  const file = join(configsDir, "templates", "warmup_profiling.yaml");
  const scratch = mkdtempSync(join(tmpdir(), "aiperf-bench-"));
  const floorScript = join(scratch, "floor.mjs");
  writeFileSync(floorScript, `import { parseDocument } from ${JSON.stringify(join(root, "node_modules", "yaml", "dist", "index.js"))};\nimport { readFileSync } from "node:fs";\nparseDocument(readFileSync(process.argv[2], "utf8"));\n`);
  const cli = join(root, "bin", "aiperf-config.js");
  const run = (args: string[]): number => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const floor: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < 3; i++) { run([floorScript, file]); run([cli, "validate", file]); }
  for (let i = 0; i < 25; i++) {
    floor.push(run([floorScript, file]));
    ours.push(run([cli, "validate", file]));
  }
  rmSync(scratch, { recursive: true, force: true });
  // Each round runs the floor and ours back to back; the median of the per-round ratios resists the machine's drift.
  const ratio = median(ours.map((t, i) => t / (floor[i] as number)));
  console.log(`fresh process: aiperf-config validate ${ms(median(ours))} vs node + yaml.parseDocument ${ms(median(floor))} → ${ratio.toFixed(2)}x (goal ≤ 1.5x)`);
}

function inProcess(): void {
  const texts = configs.map((path) => ({ path, text: readFileSync(path, "utf8") }));
  for (const { path } of texts) if (!loadConfig(path).config) throw new Error(`${path} does not load`);
  const floor: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < 31; round++) {
    let started = performance.now();
    for (const { text } of texts) parseDocument(text);
    floor.push(performance.now() - started);
    started = performance.now();
    for (const { path, text } of texts) loadConfig({ text, file: path });
    ours.push(performance.now() - started);
  }
  const ratio = median(ours.map((t, i) => t / (floor[i] as number)));
  console.log(`in process, ${texts.length} configs: load-to-validated ${ms(median(ours))} vs parseDocument ${ms(median(floor))} → ${ratio.toFixed(2)}x (goal ≤ 2x)`);
}

/** A 2^20-variant grid (20 variables, two values each): counted without building variants, in flat memory. */
function bigGrid(): void {
  const parameters = Array.from({ length: 20 }, (_, i) => `    variables.v${i}: [0, 1]`).join("\n");
  const text = `variables: {${Array.from({ length: 20 }, (_, i) => `v${i}: 0`).join(", ")}}
benchmark:
  model: m
  endpoint: {url: "http://localhost:8000"}
  dataset: {}
  profiling: {type: concurrency, requests: 10}
sweep:
  type: grid
  parameters:
${parameters}
`;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = loadConfig({ text, file: "grid.yaml" });
  const count = result.expansion?.count;
  const elapsed = performance.now() - started;
  gc?.();
  const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  const last = result.expansion?.variant(2 ** 20 - 1).label.slice(0, 40);
  console.log(`2^20 grid: counted ${count} variants (load, expand and check variant 0) in ${ms(elapsed)}, heap +${grown.toFixed(1)} MiB; variant 1048575 built on demand: ${last}… (goal: well under 1 s, flat memory)`);
}

/** Planning a 10 000-phase DAG (design §9: under 100 ms): a long chain, and a wide random DAG. */
function bigDag(): void {
  const base = loadConfig({ text: "benchmark: {model: m, endpoint: {url: 'http://localhost:8000'}, dataset: {}, profiling: {type: concurrency, requests: 1}}\n", file: "dag.yaml" }).config;
  if (!base) throw new Error("base config does not load");
  const template = base.benchmark.phases[0];
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const phases = (wide: boolean) => Array.from({ length: 10_000 }, (_, i) => ({
    ...template, name: `p${i}`,
    dependsOn: i === 0 ? [] : wide ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ phase: `p${Math.floor(random() * i)}`, on: ["succeeded"] })) : [{ phase: `p${i - 1}`, on: ["succeeded"] }],
  }));
  for (const [label, wide] of [["chain", false], ["wide random DAG", true]] as const) {
    const config = { ...base, benchmark: { ...base.benchmark, phases: phases(wide) } } as typeof base;
    planPhases(config);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      const plan = planPhases(config);
      times.push(performance.now() - started);
      if (plan.order.length !== 10_000) throw new Error("plan lost phases");
    }
    console.log(`planning 10 000 phases (${label}): ${ms(median(times))} (goal < 100 ms)`);
  }
}

freshProcess();
inProcess();
bigGrid();
bigDag();
