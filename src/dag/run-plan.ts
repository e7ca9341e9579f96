/**
 * Executes a phase plan with a caller-supplied runner (design §3 API): a phase starts once every dependency has
 * finished and its edges, carry-over source and `when` allow it; at most `maxParallel` run at once, started in
 * topological order (ties in list order), so a deterministic runner gives the same events and outcomes every time.
 * A failed phase either aborts everything still pending or running (`failurePolicy: abort`) or only skips its
 * descendants whose edges do not accept `failed` (`continue`). An aborted `signal` cancels what has not finished.
 */
import type { Phase } from "../../generated/types/canonical.js";
import { collectAncestors } from "./ancestors.js";
import { checkCarryOver, checkConvergence, checkEdges, checkWhen, type PhaseMetrics, type PhaseOutcome, type PhaseResult, type Verdict } from "./decide-phase.js";
import { MinHeap } from "./min-heap.js";
import type { PhasePlan, PlanNode } from "./plan-types.js";

/** What a runner gets besides the phase. */
export interface PhaseContext {
  /** Aborted when the run is aborted (a failure under `abort`, or the caller's signal); stop then. */
  signal: AbortSignal;
  /** The phase's node in the plan. */
  node: PlanNode;
  /** The results of its direct dependencies, by name. */
  dependencies: Readonly<Record<string, PhaseResult>>;
}

/** What a runner returns: the phase's metrics (`{time_to_first_token: {p99: 480}}`). */
export interface PhaseRunResult {
  metrics?: PhaseMetrics;
}

/** Runs one phase. Throwing (or rejecting) makes the phase failed with the error's message as the reason. */
export type RunPhase = (phase: Phase, context: PhaseContext) => PhaseRunResult | void | Promise<PhaseRunResult | void>;

/** One step of a run, in the order it happened. */
export interface RunEvent {
  type: "start" | "finish" | "skip" | "cancel";
  phase: string;
  /** Set on finish, skip and cancel. */
  outcome?: PhaseOutcome;
  reason?: string;
}

/** Options of `runPlan`. */
export interface RunOptions {
  runPhase: RunPhase;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
  /** Overrides the plan's `maxParallel` (`benchmark.maxParallel`, default 1). */
  maxParallel?: number;
}

/**
 * Runs `plan` and resolves with every phase's result, keyed by name in list order, once every phase has an outcome
 * and every runner that was started has settled (a cancelled runner is awaited, so nothing keeps running after the
 * promise resolves). Rejects only on misuse: a plan that is not runnable (a cycle, an unknown dependency), a
 * `maxParallel` below 1, or an `onEvent` that throws.
 */
export function runPlan(plan: PhasePlan, options: RunOptions): Promise<Record<string, PhaseResult>> {
  if (!plan.runnable) {
    const why = plan.findings.filter((f) => f.check === "cycle" || f.check === "dependencies").map((f) => f.message);
    return Promise.reject(new Error(`runPlan: the plan cannot run: ${why.join("; ")}`));
  }
  const maxParallel = options.maxParallel ?? plan.maxParallel ?? 1;
  if (!Number.isInteger(maxParallel) || maxParallel < 1) return Promise.reject(new RangeError(`runPlan: maxParallel must be an integer >= 1, got ${maxParallel}`));
  return new Promise((resolve, reject) => new Run(plan, options, maxParallel, resolve, reject).begin());
}

class Run {
  private readonly byRank: PlanNode[];
  private readonly dependencies: number[][];
  private readonly waiting: Int32Array;
  private readonly results: (PhaseResult | undefined)[];
  /** Phases whose dependencies all finished, by rank, not yet decided. */
  private readonly decidable = new MinHeap();
  /** Phases cleared to run, by rank, waiting for a free slot. */
  private readonly queued = new MinHeap();
  private readonly running = new Map<number, AbortController>();
  private inFlight = 0;
  private settled = 0;
  private stopped = false;
  private closed = false;
  private readonly onAbort = (): void => this.guard(() => this.abort("run aborted"));

  constructor(
    private readonly plan: PhasePlan,
    private readonly options: RunOptions,
    private readonly maxParallel: number,
    private readonly resolve: (results: Record<string, PhaseResult>) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.byRank = [];
    for (const node of plan.nodes) this.byRank[node.rank] = node;
    this.dependencies = plan.nodes.map((n) => n.dependsOn.map((e) => e.index));
    this.waiting = Int32Array.from(plan.nodes, (n) => n.dependsOn.length);
    this.results = plan.nodes.map(() => undefined);
  }

  begin(): void {
    this.guard(() => {
      const signal = this.options.signal;
      if (signal?.aborted) return this.abort("run aborted");
      signal?.addEventListener("abort", this.onAbort, { once: true });
      for (const node of this.plan.nodes) if (this.waiting[node.index] === 0) this.decidable.push(node.rank);
      this.pump();
    });
  }

  /** Decides every decidable phase (in rank order), then starts queued phases while slots are free. */
  private pump(): void {
    while (!this.stopped && this.decidable.size) {
      const node = this.byRank[this.decidable.pop() as number] as PlanNode;
      const verdict = this.verdictBefore(node);
      if (verdict) this.settle(node, { outcome: verdict.outcome, reason: verdict.reason }, verdict.outcome === "cancelled" ? "cancel" : "skip");
      else this.queued.push(node.rank);
    }
    while (!this.stopped && this.running.size < this.maxParallel && this.queued.size) this.start(this.byRank[this.queued.pop() as number] as PlanNode);
    this.finishIfDone();
  }

  private verdictBefore(node: PlanNode): Verdict | undefined {
    const edges = checkEdges(node, this.results);
    if (edges) return edges;
    const { carryOver, when } = node.phase;
    if (!carryOver && when === undefined) return undefined;
    // Only ancestors' results are read: they exist whatever the timing, so the decision is deterministic. (A source
    // or a `when` name that is not an ancestor is a validation error; at run time it reads as "did not run".)
    const ancestors = collectAncestors(node.index, this.dependencies);
    if (carryOver) {
      const source = this.plan.byName.get(carryOver.from);
      const verdict = checkCarryOver(node.phase, source && ancestors.includes(source.index) ? this.results[source.index] : undefined);
      if (verdict) return verdict;
    }
    if (when === undefined) return undefined;
    const phases: Record<string, { outcome: PhaseOutcome; metrics: PhaseMetrics }> = {};
    for (const i of ancestors) {
      const result = this.results[i] as PhaseResult;
      phases[(this.plan.nodes[i] as PlanNode).name] = { outcome: result.outcome, metrics: result.metrics ?? {} };
    }
    return checkWhen(node.phase, { phases });
  }

  private start(node: PlanNode): void {
    const controller = new AbortController();
    this.running.set(node.index, controller);
    this.inFlight++;
    this.emit({ type: "start", phase: node.name });
    const dependencies: Record<string, PhaseResult> = {};
    for (const edge of node.dependsOn) dependencies[edge.phase] = this.results[edge.index] as PhaseResult;
    let pending: Promise<PhaseRunResult | void>;
    try {
      pending = Promise.resolve(this.options.runPhase(node.phase, { signal: controller.signal, node, dependencies }));
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => this.guard(() => this.finished(node, value ? value.metrics : undefined, undefined)),
      (error: unknown) => this.guard(() => this.finished(node, undefined, error instanceof Error ? error.message : String(error))),
    );
  }

  private finished(node: PlanNode, metrics: PhaseMetrics | undefined, error: string | undefined): void {
    this.inFlight--;
    this.running.delete(node.index);
    if (this.results[node.index]) return this.finishIfDone(); // cancelled while running: its result stands
    const result: PhaseResult =
      error !== undefined
        ? { outcome: "failed", reason: error }
        : withMetrics(checkConvergence(node.phase.convergence, metrics ?? {}), metrics);
    this.settle(node, result, "finish");
    if (result.outcome === "failed" && this.plan.failurePolicy === "abort") this.abort(`aborted after '${node.name}' failed`);
    this.pump();
  }

  private settle(node: PlanNode, result: PhaseResult, type: RunEvent["type"]): void {
    this.results[node.index] = result;
    this.settled++;
    this.emit({ type, phase: node.name, outcome: result.outcome, reason: result.reason });
    for (const child of node.dependents) {
      this.waiting[child] = (this.waiting[child] as number) - 1;
      if (this.waiting[child] === 0) this.decidable.push((this.plan.nodes[child] as PlanNode).rank);
    }
  }

  /** Cancels every phase without an outcome, in rank order, and signals the running ones. */
  private abort(reason: string): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const node of this.byRank) {
      if (this.results[node.index]) continue;
      this.results[node.index] = { outcome: "cancelled", reason };
      this.settled++;
      this.emit({ type: "cancel", phase: node.name, outcome: "cancelled", reason });
      this.running.get(node.index)?.abort(new Error(reason));
    }
    this.finishIfDone();
  }

  private finishIfDone(): void {
    if (this.closed || this.settled < this.plan.nodes.length || this.inFlight > 0) return;
    this.options.signal?.removeEventListener("abort", this.onAbort);
    const out: Record<string, PhaseResult> = {};
    this.plan.nodes.forEach((node, i) => {
      out[node.name] = this.results[i] as PhaseResult;
    });
    this.closed = true; // resolve once
    this.resolve(out);
  }

  private emit(event: RunEvent): void {
    this.options.onEvent?.(event);
  }

  /** Runs a step; an exception (an `onEvent` that throws, a bug) rejects the run instead of vanishing in a callback. */
  private guard(step: () => void): void {
    if (this.closed) return;
    try {
      step();
    } catch (error) {
      this.closed = true;
      this.options.signal?.removeEventListener("abort", this.onAbort);
      for (const controller of this.running.values()) controller.abort(error);
      this.reject(error);
    }
  }
}

function withMetrics(convergenceMiss: string | undefined, metrics: PhaseMetrics | undefined): PhaseResult {
  const result: PhaseResult = convergenceMiss === undefined ? { outcome: "succeeded", reason: "completed" } : { outcome: "failed", reason: convergenceMiss };
  if (metrics !== undefined) result.metrics = metrics;
  return result;
}
