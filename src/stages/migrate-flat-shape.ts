import type { Diagnostic } from "../diagnostics.js";
import type { StageContext } from "./stage-context.js";

/** Body keys that AIPerf moves under `benchmark:` when they sit at the root (format-today §1 step 2). */
export const FLAT_BODY_KEYS = [
  "model", "models", "endpoint", "dataset", "datasets", "phases", "artifacts", "slos", "tokenizer", "gpu_telemetry", "gpuTelemetry",
  "server_metrics", "serverMetrics", "runtime", "logging", "metrics", "accuracy",
] as const;

/** Envelope keys that real recipes put under `benchmark:` by mistake (design §2 stage 5). */
const MISPLACED_ENVELOPE_KEYS = ["variables", "random_seed", "randomSeed"] as const;

/**
 * Stage 3: AIPerf's old flat shape (body keys at the root) is moved under `benchmark:` with a warning, and envelope
 * keys written inside `benchmark:` are hoisted to the root with a warning. Never mutates its input.
 */
export function migrateFlatShape(envelope: Record<string, unknown>, ctx: StageContext): { envelope: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let out = envelope;
  const flat = Object.keys(envelope).filter((k) => (FLAT_BODY_KEYS as readonly string[]).includes(k));
  if (flat.length > 0 && !("benchmark" in envelope)) {
    const benchmark: Record<string, unknown> = {};
    const root: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(envelope)) {
      if (!flat.includes(key)) root[key] = value;
      else if (key === "dataset" && typeof value === "object" && value !== null && !Array.isArray(value)) {
        // AIPerf's flat migration names the singular dataset "main" (the in-body shorthand says "default").
        const entry = { name: "main", ...(value as Record<string, unknown>) };
        ctx.map.copy(entry, value);
        benchmark["datasets"] = [entry];
        const spans = ctx.map.entryOf(envelope, key);
        if (spans) ctx.map.setEntry(benchmark, "datasets", spans);
        if (spans) ctx.map.anchor(benchmark["datasets"] as object, spans.value);
      } else {
        benchmark[key] = value;
        const spans = ctx.map.entryOf(envelope, key);
        if (spans) ctx.map.setEntry(benchmark, key, spans);
      }
    }
    root["benchmark"] = benchmark;
    ctx.map.copy(root, envelope);
    const first = ctx.map.entryOf(envelope, flat[0] as string);
    if (first) {
      ctx.map.anchor(benchmark, first.key ?? first.value);
      ctx.map.setEntry(root, "benchmark", { ...(first.key ? { key: first.key } : {}), value: first.value });
    }
    diagnostics.push(ctx.at(envelope, [flat[0] as string], "warning", "W_FLAT_SHAPE_MIGRATED",
      `auto-migrated the flat shape: ${flat.map((k) => `'${k}'`).join(", ")} moved under 'benchmark:'`,
      { atKey: true, hint: "nest body keys under benchmark: (the flat shape is deprecated)" }));
    out = root;
  }
  const benchmark = out["benchmark"];
  if (typeof benchmark === "object" && benchmark !== null && !Array.isArray(benchmark)) {
    const misplaced = Object.keys(benchmark).filter((k) => (MISPLACED_ENVELOPE_KEYS as readonly string[]).includes(k));
    if (misplaced.length > 0) {
      const body: Record<string, unknown> = {};
      const root: Record<string, unknown> = { ...out };
      ctx.map.copy(root, out);
      for (const [key, value] of Object.entries(benchmark)) {
        if (!misplaced.includes(key)) body[key] = value;
      }
      ctx.map.copy(body, benchmark);
      for (const key of misplaced) {
        const spans = ctx.map.entryOf(benchmark, key);
        if (key in root || (key === "random_seed" && "randomSeed" in root) || (key === "randomSeed" && "random_seed" in root)) {
          diagnostics.push(ctx.at(out, ["benchmark", key], "error", "E_ENVELOPE", `'${key}' is set both at the root and under benchmark:`, { atKey: true, hint: `keep only the root '${key}'` }));
          continue;
        }
        root[key] = (benchmark as Record<string, unknown>)[key];
        if (spans) ctx.map.setEntry(root, key, spans);
        diagnostics.push(ctx.at(out, ["benchmark", key], "warning", "W_MISPLACED_KEY_HOISTED", `'${key}' belongs at the root of the config, not under benchmark:; hoisted`, { atKey: true, hint: `move '${key}:' to the top level` }));
      }
      root["benchmark"] = body;
      out = root;
    }
  }
  return { envelope: out, diagnostics };
}
