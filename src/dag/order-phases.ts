/**
 * The topological order of the phase graph (design §3): Kahn's algorithm with a min-heap on list position, so among
 * phases that are ready at the same time the one written first comes first. With the default dependencies (each
 * phase on the one before) this is exactly the list order AIPerf runs today. Phases that never become ready sit on
 * or behind a dependency cycle; each cycle found among them is returned as a chain.
 */
import { MinHeap } from "./min-heap.js";

/** The order, and the cycles that kept the rest out of it. */
export interface PhaseOrder {
  /** Phase indexes (list positions), dependencies first, ties by list position. */
  order: number[];
  /**
   * Each cycle as the phases along its `dependsOn` edges: `[a, b]` means a depends on b and b on a. A chain starts at
   * its phase written first, so the same cycle always prints the same way.
   */
  cycles: number[][];
}

/**
 * Orders `count` phases whose dependencies are `dependencies[i]` (indexes of known phases, each listed once, in the
 * order written). O(V log V + E).
 */
export function orderPhases(count: number, dependencies: readonly (readonly number[])[]): PhaseOrder {
  // The usual config lists every dependency before its dependents; then the list order is the answer (Kahn with
  // ties by position would take each next phase in turn), found in one pass over the edges.
  if (dependenciesComeFirst(count, dependencies)) return { order: Array.from({ length: count }, (_, i) => i), cycles: [] };
  // Dependents in one flat array (CSR: phase d's dependents are children[start[d] .. start[d + 1])): no array per phase.
  const waiting = new Int32Array(count);
  const start = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const deps = dependencies[i] ?? [];
    waiting[i] = deps.length;
    for (const d of deps) start[d + 1] = (start[d + 1] as number) + 1;
  }
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const children = new Int32Array(start[count] as number);
  const filled = start.slice(0, count);
  for (let i = 0; i < count; i++) {
    for (const d of dependencies[i] ?? []) {
      children[filled[d] as number] = i;
      filled[d] = (filled[d] as number) + 1;
    }
  }
  const ready = new MinHeap();
  for (let i = 0; i < count; i++) if (waiting[i] === 0) ready.push(i);
  const order: number[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    order.push(next);
    for (let k = start[next] as number, end = start[next + 1] as number; k < end; k++) {
      const child = children[k] as number;
      waiting[child] = (waiting[child] as number) - 1;
      if (waiting[child] === 0) ready.push(child);
    }
  }
  return { order, cycles: order.length === count ? [] : findCycles(count, dependencies, waiting) };
}

function dependenciesComeFirst(count: number, dependencies: readonly (readonly number[])[]): boolean {
  for (let i = 0; i < count; i++) for (const d of dependencies[i] ?? []) if (d >= i) return false;
  return true;
}

/**
 * The cycles among the phases Kahn could not place (`waiting[i] > 0`). Each such phase has a dependency that was not
 * placed either, so following the first one from any of them must come back to a phase already on the walk: that
 * loop is a cycle. Walks start at the lowest index not yet explored, so the result is deterministic; a walk that
 * runs into an explored phase only led to a cycle already reported. Linear in the stuck part of the graph.
 */
function findCycles(count: number, dependencies: readonly (readonly number[])[], waiting: Int32Array): number[][] {
  const UNSEEN = -1;
  const DONE = -2;
  const mark = new Int32Array(count).fill(UNSEEN); // on the current walk: its position in `walk`
  const cycles: number[][] = [];
  for (let start = 0; start < count; start++) {
    if (waiting[start] === 0 || mark[start] !== UNSEEN) continue;
    const walk: number[] = [];
    let current = start;
    while (mark[current] === UNSEEN) {
      mark[current] = walk.length;
      walk.push(current);
      current = (dependencies[current] ?? []).find((d) => waiting[d] !== 0) as number;
    }
    if ((mark[current] as number) >= 0) cycles.push(rotateToFirst(walk.slice(mark[current]))); // back onto this walk
    for (const i of walk) mark[i] = DONE;
  }
  return cycles;
}

/** The same cycle, starting at its lowest index. */
function rotateToFirst(cycle: number[]): number[] {
  let low = 0;
  cycle.forEach((v, i) => {
    if (v < (cycle[low] as number)) low = i;
  });
  return [...cycle.slice(low), ...cycle.slice(0, low)];
}
