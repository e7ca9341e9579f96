/**
 * Ancestor questions on the phase graph. Validation asks "is t an ancestor of p?" for the few phases a `when` or
 * `carryOver` names (the targets), so it propagates one bitset per phase whose width is the number of distinct
 * targets, not the number of phases: O(E × targets / 32) once, then O(1) per question. A config without `when` or
 * `carryOver` pays nothing; 10 000 phases that each name another cost a few megabytes and milliseconds, never the
 * V² walk of one search per question. The runner instead collects one phase's ancestors when it evaluates its
 * `when`, which is a walk over that phase's own history.
 */

/** Answers `isAncestor(target, phase)` for the targets given to `ancestorTest`. */
export type AncestorTest = (target: number, phase: number) => boolean;

/**
 * Builds the test for `targets` over phases placed in `order` (dependencies first). A phase outside `order` (stuck
 * behind a cycle) has no known ancestors; a target not in `targets` is never an ancestor.
 */
export function ancestorTest(count: number, dependencies: readonly (readonly number[])[], order: readonly number[], targets: Iterable<number>): AncestorTest {
  const slot = new Int32Array(count).fill(-1);
  let width = 0;
  for (const t of targets) if (slot[t] === -1) slot[t] = width++;
  if (width === 0) return () => false;
  const words = Math.ceil(width / 32);
  const reach = new Uint32Array(count * words);
  // Phases before the first target reach none of them: skip their all-zero rows instead of OR-ing them.
  const reachesAny = new Uint8Array(count);
  for (const phase of order) {
    const base = phase * words;
    for (const d of dependencies[phase] ?? []) {
      if (reachesAny[d]) {
        const from = d * words;
        for (let w = 0; w < words; w++) reach[base + w] = (reach[base + w] as number) | (reach[from + w] as number);
        reachesAny[phase] = 1;
      }
      const s = slot[d] as number;
      if (s >= 0) {
        reach[base + (s >>> 5)] = (reach[base + (s >>> 5)] as number) | (1 << (s & 31));
        reachesAny[phase] = 1;
      }
    }
  }
  return (target, phase) => {
    const s = slot[target] as number;
    return s >= 0 && ((reach[phase * words + (s >>> 5)] as number) & (1 << (s & 31))) !== 0;
  };
}

/** Every ancestor of `phase` (through `dependencies`), in ascending index order. */
export function collectAncestors(phase: number, dependencies: readonly (readonly number[])[]): number[] {
  const seen = new Set<number>();
  const stack = [...(dependencies[phase] ?? [])];
  while (stack.length) {
    const next = stack.pop() as number;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(dependencies[next] ?? []));
  }
  return [...seen].sort((a, b) => a - b);
}
