/**
 * Shared by the DAG tests: configs from a few phase lines (through the real loader, or as canonical data over a
 * complete fixture), a fake clock that makes runner durations deterministic, a seeded PRNG and an event recorder.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { AiperfConfig, Phase } from "../../generated/types/canonical.ts";
import type { Diagnostic } from "../../src/diagnostics.ts";
import type { RunEvent, RunPhase } from "../../src/dag/run-plan.ts";
import type { PhaseMetrics } from "../../src/dag/decide-phase.ts";
import { loadConfig } from "../../src/load-config.ts";
import { ROOT } from "../support/paths.ts";

/** Every phase line gets a type and a stop condition unless it sets its own, so tables show only the DAG fields. */
const PHASE_DEFAULTS = "type: concurrency, concurrency: 1, requests: 10, ";

/**
 * A config file's text: `benchmark:` with a model, an endpoint and a dataset, the `extra` benchmark lines, and one
 * phase per line (a YAML flow mapping such as `{name: a, depends_on: [b]}`).
 */
export function configText(phases: readonly string[], extra: readonly string[] = []): string {
  return [
    "benchmark:",
    "  model: meta-llama/Llama-3.1-8B-Instruct",
    "  endpoint: {url: 'http://localhost:8000', streaming: true}",
    "  dataset: {prompts: {isl: 128, osl: 64}}",
    ...extra.map((line) => `  ${line}`),
    ...(phases.length ? ["  phases:"] : []),
    ...phases.map((p) => `    - ${/\btype:/.test(p) ? p : p.replace(/^\{\s*/, `{${PHASE_DEFAULTS}`)}`),
    "",
  ].join("\n");
}

/** Loads YAML text with the real loader (no environment). */
export function load(text: string): { config?: AiperfConfig; diagnostics: Diagnostic[] } {
  return loadConfig({ text }, { env: {} });
}

/** Loads and insists on a valid config. */
export function loadValid(text: string): AiperfConfig {
  const { config, diagnostics } = load(text);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!config || errors.length) throw new Error(`expected a valid config:\n${errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join("\n")}\n${text}`);
  return config;
}

const BASE = parse(readFileSync(join(ROOT, "test", "fixtures", "canonical", "valid", "phase-poisson.yaml"), "utf8")) as AiperfConfig;

/** A complete canonical config with these phases and job settings (no loader: for thousands of generated graphs). */
export function canonicalWith(phases: Phase[], settings: { failurePolicy?: "abort" | "continue"; maxParallel?: number } = {}): AiperfConfig {
  return {
    ...BASE,
    benchmark: { ...BASE.benchmark, phases: phases as AiperfConfig["benchmark"]["phases"], failurePolicy: settings.failurePolicy ?? "abort", maxParallel: settings.maxParallel ?? 1 },
  };
}

/** A canonical poisson phase. */
export function canonicalPhase(name: string, dependsOn: Phase["dependsOn"], extra: Partial<Phase> = {}): Phase {
  return { type: "poisson", name, kind: "profiling", excludeFromResults: false, rate: 10, duration: 60, dependsOn, sla: [], seamless: false, ...extra } as Phase;
}

/** mulberry32: a small seeded PRNG, so a failing random case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const macrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Virtual time. `sleep(ms)` resolves when the clock reaches it; `drive(promise)` lets every microtask settle, then
 * moves to the next timer (ties in the order they were set), until the promise settles. The run's interleaving then
 * depends only on the durations, never on the machine.
 */
export class FakeClock {
  now = 0;
  private timers: { at: number; seq: number; fire: () => void }[] = [];
  private seq = 0;

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = { at: this.now + ms, seq: this.seq++, fire: resolve };
      this.timers.push(timer);
      signal?.addEventListener("abort", () => {
        this.timers = this.timers.filter((t) => t !== timer);
        reject(signal.reason);
      }, { once: true });
    });
  }

  async drive<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => {
      settled = true;
    });
    watched.catch(() => undefined);
    for (;;) {
      await macrotask();
      if (settled) return watched;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (!next) throw new Error("the run waits for nothing: no timer left and the promise has not settled");
      this.now = next.at;
      next.fire();
    }
  }
}

/** What a scenario assumes for one phase: its metrics, an error its runner throws, and how long it takes. */
export interface Assumed {
  metrics?: PhaseMetrics;
  throws?: string;
  duration?: number;
}

/** A runner over assumed results: sleeps its duration on the clock, then throws or returns the metrics. */
export function assumedRunner(assume: Readonly<Record<string, Assumed>>, clock: FakeClock): RunPhase {
  return async (phase, { signal }) => {
    const a = assume[phase.name] ?? {};
    await clock.sleep(a.duration ?? 1, signal);
    if (a.throws !== undefined) throw new Error(a.throws);
    return a.metrics ? { metrics: a.metrics } : {};
  };
}

/** Events as compact strings with the virtual time: `3 start b`, `4 finish b failed: reason`. */
export function recorder(clock: FakeClock): { events: string[]; onEvent: (e: RunEvent) => void; raw: (RunEvent & { at: number })[] } {
  const events: string[] = [];
  const raw: (RunEvent & { at: number })[] = [];
  return {
    events,
    raw,
    onEvent: (e) => {
      raw.push({ ...e, at: clock.now });
      events.push(e.type === "start" ? `${clock.now} start ${e.phase}` : `${clock.now} ${e.type} ${e.phase} ${e.outcome}: ${e.reason}`);
    },
  };
}
