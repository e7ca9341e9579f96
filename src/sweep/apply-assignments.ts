/**
 * Writes a variant's values into a copy of the base config. Only the containers on the way to a written value are
 * copied; everything else is shared with the input, so a 10⁶-variant sweep never deep-copies the envelope.
 */
import type { DataPath } from "../diagnostics.js";

/** A value and the resolved path it goes to. */
export interface PathValue {
  path: DataPath;
  value: unknown;
}

/**
 * Returns `base` with every value written at its path (in order). Missing mapping keys on the way are created as
 * mappings, as AIPerf's `_set_nested_value` does; list positions come from resolution and always exist.
 * `base` and the values are not mutated: written values are copied, so no two variants share a mutable object.
 */
export function applyAssignments(base: Record<string, unknown>, writes: readonly PathValue[]): Record<string, unknown> {
  const root: Record<string, unknown> = { ...base };
  const fresh = new WeakSet<object>([root]);
  for (const { path, value } of writes) {
    let node: Record<string | number, unknown> = root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string | number;
      const child = node[key];
      let next: Record<string | number, unknown>;
      if (typeof child === "object" && child !== null) {
        next = fresh.has(child) ? (child as Record<string | number, unknown>) : copyContainer(child);
      } else {
        next = {};
      }
      fresh.add(next);
      node[key] = next;
      node = next;
    }
    const last = path[path.length - 1];
    if (last !== undefined) node[last] = copyValue(value);
  }
  return root;
}

function copyContainer(child: object): Record<string | number, unknown> {
  return (Array.isArray(child) ? [...child] : { ...child }) as Record<string | number, unknown>;
}

function copyValue(value: unknown): unknown {
  return typeof value === "object" && value !== null ? structuredClone(value) : value;
}
