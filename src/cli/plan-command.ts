import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { AiperfConfig, Phase } from "../../generated/types/canonical.js";
import { checkMetricName, planPhases, runPlan, type PhasePlan, type PhaseResult } from "../dag/index.js";
import { formatDiagnosticsText } from "../format-diagnostics.js";
import { loadConfig } from "../load-config.js";
import type { CliIo } from "./main.js";
import { EXIT, UsageError, parse } from "./parse-args.js";

type Assumed = Record<string, Record<string, Record<string, number>>>;

/** A phase's canonical view as `plan --format json` prints it (design §8). */
function phaseJson(phase: Phase): Record<string, unknown> {
  return {
    name: phase.name, kind: phase.kind, type: phase.type,
    dataset: phase.dataset ?? null, model: phase.model ?? null, endpoint: phase.endpoint ?? null,
    dependsOn: phase.dependsOn.map((d) => ({ phase: d.phase, on: d.on })),
    when: phase.when ?? null,
    carryOver: phase.carryOver ?? null,
  };
}

const seconds = (s: number): string => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : s >= 60 ? `${(s / 60).toFixed(1)} min` : `${s} s`);

/**
 * What the run will cost where it can be known (design §8): per phase its duration (plus grace period), or the
 * bound that ends it when no duration is set; in total, the timed phases × variants × multi_run.num_runs plus
 * cooldowns.
 */
export function estimateCost(config: AiperfConfig, variants: number): string[] {
  const lines: string[] = [];
  let timed = 0;
  const untimed: string[] = [];
  for (const phase of config.benchmark.phases) {
    const duration = typeof phase.duration === "number" ? phase.duration : undefined;
    const grace = typeof phase.gracePeriod === "number" ? phase.gracePeriod : 0;
    if (duration !== undefined) {
      timed += duration + grace;
      lines.push(`  ${phase.name}: ${seconds(duration)}${grace ? ` + ${seconds(grace)} grace` : ""}`);
    } else {
      const bound = phase.type === "fixed_schedule" ? "the trace's length" : phase.requests !== undefined ? `${phase.requests} requests` : phase.sessions !== undefined ? `${phase.sessions} sessions` : phase.duration === "inf" ? "no limit (duration: inf)" : "no stop condition";
      untimed.push(phase.name);
      lines.push(`  ${phase.name}: bounded by ${bound} (time depends on the server)`);
    }
  }
  const runs = config.multiRun.numRuns;
  const cooldowns = config.multiRun.cooldownSeconds * Math.max(0, runs - 1) * variants;
  const total = timed * variants * runs + cooldowns;
  lines.push(`  total: ${seconds(timed)} × ${variants} variant${variants === 1 ? "" : "s"} × ${runs} run${runs === 1 ? "" : "s"}${cooldowns ? ` + ${seconds(cooldowns)} cooldowns` : ""} = ${seconds(total)}${untimed.length ? `, plus the request-bounded phases (${untimed.join(", ")})` : ""}`);
  return lines;
}

function table(plan: PhasePlan, outcomes: Record<string, PhaseResult> | undefined): string {
  const head = ["#", "name", "kind", "type", "dataset", "model", "endpoint", "depends on", "when", "convergence", "carry-over", ...(outcomes ? ["outcome"] : [])];
  const rows = plan.order.map((name, i) => {
    const p = plan.byName.get(name)?.phase as Phase;
    const deps = p.dependsOn.map((d) => (d.on.length === 1 && d.on[0] === "succeeded" ? d.phase : `${d.phase}[${d.on.join("|")}]`)).join(", ") || "—";
    const conv = p.convergence?.map((c) => `${c.metric} ${c.stat} ${c.op} ${c.threshold}`).join("; ") ?? "—";
    const carry = p.carryOver ? `${p.carryOver.from}: ${p.carryOver.state.join(", ")}` : "—";
    const outcome = outcomes?.[name];
    return [String(i + 1), p.name, p.kind, p.type, p.dataset ?? "—", p.model ?? "—", p.endpoint ?? "—", deps, p.when ?? "—", conv, carry,
      ...(outcomes ? [outcome ? `${outcome.outcome}${outcome.reason && outcome.outcome !== "succeeded" ? ` (${outcome.reason})` : ""}` : "—"] : [])];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const id = (name: string): string => `p_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;

function mermaid(plan: PhasePlan): string {
  const lines = ["flowchart TD"];
  for (const node of plan.nodes) lines.push(`  ${id(node.name)}["${node.name}<br/>${node.phase.kind} · ${node.phase.type}"]`);
  for (const node of plan.nodes) {
    for (const edge of node.dependsOn) lines.push(`  ${id(edge.phase)} -->${edge.on.length === 1 && edge.on[0] === "succeeded" ? "" : `|${edge.on.join(" or ")}|`} ${id(node.name)}`);
  }
  return `${lines.join("\n")}\n`;
}

function dot(plan: PhasePlan): string {
  const lines = ["digraph phases {", "  rankdir=TB;"];
  for (const node of plan.nodes) lines.push(`  ${JSON.stringify(node.name)} [label=${JSON.stringify(`${node.name}\n${node.phase.kind} · ${node.phase.type}`)}${node.phase.kind === "warmup" ? ", style=dashed" : ""}];`);
  for (const node of plan.nodes) {
    for (const edge of node.dependsOn) lines.push(`  ${JSON.stringify(edge.phase)} -> ${JSON.stringify(node.name)}${edge.on.length === 1 && edge.on[0] === "succeeded" ? "" : ` [label=${JSON.stringify(edge.on.join(" or "))}]`};`);
  }
  return `${lines.join("\n")}\n}\n`;
}

/** Reads `--assume results.yaml`: phase name → metric → stat → number; every metric name checked. */
function readAssumed(path: string): Assumed {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`--assume: cannot read '${path}': ${(error as Error).message.split("\n")[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new UsageError(`--assume: '${path}' must map phase names to metrics`);
  for (const [phase, metrics] of Object.entries(data as Record<string, unknown>)) {
    if (typeof metrics !== "object" || metrics === null) throw new UsageError(`--assume: phase '${phase}' must map metric names to stats`);
    for (const metric of Object.keys(metrics)) {
      const check = checkMetricName(metric);
      if (!check.ok) throw new UsageError(`--assume: phase '${phase}': ${check.message}${check.hint ? ` (${check.hint})` : ""}`);
    }
  }
  return data as Assumed;
}

/** `aiperf-config plan`: the phase DAG of one variant, its cost, and with --assume which phases would run. */
export async function runPlanCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { variant: { type: "string" }, format: { type: "string" }, assume: { type: "string" } }, 1);
  const file = positionals[0];
  if (file === undefined) throw new UsageError("plan needs a config file");
  const format = String(values["format"] ?? "text");
  if (!["text", "json", "mermaid", "dot"].includes(format)) throw new UsageError(`--format must be one of text, json, mermaid, dot, got '${format}'`);
  const assumed = typeof values["assume"] === "string" ? readAssumed(values["assume"]) : undefined;
  const variant = values["variant"] as string | undefined;
  const result = loadConfig(file, variant === undefined ? {} : { variant });
  const lineOf = (f: string, line: number) => (result.source?.file === f ? result.map?.lineText(line) : undefined);
  if (!result.config) {
    io.stderr(formatDiagnosticsText(result.diagnostics, lineOf));
    return EXIT.invalid;
  }
  if (result.diagnostics.length > 0) io.stderr(formatDiagnosticsText(result.diagnostics, lineOf));
  const plan = planPhases(result.config);
  const outcomes = assumed
    ? await runPlan(plan, { runPhase: (phase) => ({ metrics: assumed[phase.name] ?? {} }) })
    : undefined;
  const variantName = result.variant?.name ?? "base";
  if (format === "json") {
    const out: Record<string, unknown> = { variant: variantName, order: plan.order, phases: plan.order.map((n) => phaseJson(plan.byName.get(n)?.phase as Phase)) };
    if (outcomes) out["outcomes"] = Object.fromEntries(Object.entries(outcomes).map(([n, r]) => [n, { outcome: r.outcome, reason: r.reason }]));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else if (format === "mermaid") io.stdout(mermaid(plan));
  else if (format === "dot") io.stdout(dot(plan));
  else {
    const count = result.expansion?.count ?? 1;
    io.stdout(`variant ${variantName}${count > 1 ? ` (1 of ${count})` : ""}, failure policy ${plan.failurePolicy}, max parallel ${plan.maxParallel}\n\n${table(plan, outcomes)}\n\ncost:\n${estimateCost(result.config, count).join("\n")}\n`);
  }
  return EXIT.ok;
}
