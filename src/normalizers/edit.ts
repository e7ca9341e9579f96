import type { SourceMap } from "../source-map.js";

/** Plain JSON-like mapping. */
export type Mapping = Record<string, unknown>;

export const isMapping = (value: unknown): value is Mapping => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Immutable edits that keep positions: every new container inherits the spans of the one it was built from, so a
 * diagnostic about a normalized value still points at what the user wrote.
 */
export class Editor {
  constructor(readonly map: SourceMap) {}

  /** A copy of `from` with `changes` applied (`undefined` deletes a key); key order is kept, new keys go last. */
  with(from: Mapping, changes: Mapping): Mapping {
    const out: Mapping = {};
    for (const [key, value] of Object.entries(from)) {
      if (!(key in changes)) set(out, key, value);
      else if (changes[key] !== undefined) set(out, key, changes[key]);
    }
    for (const [key, value] of Object.entries(changes)) if (!(key in from) && value !== undefined) set(out, key, value);
    this.map.copy(out, from);
    return out;
  }

  /** A copy of a list with each item mapped (the same list when nothing changed). */
  mapList(list: unknown[], fn: (item: unknown, index: number) => unknown): unknown[] {
    let changed = false;
    const out = list.map((item, i) => {
      const next = fn(item, i);
      if (next !== item) changed = true;
      return next;
    });
    if (!changed) return list;
    this.map.copy(out, list);
    return out;
  }

  /** A new container that stands for what the user wrote at `container[key]` (a shorthand's result). */
  anchorAt<T extends object>(created: T, container: object, key: string | number): T {
    const spans = this.map.entryOf(container, key);
    if (spans) this.map.anchor(created, spans.key ?? spans.value);
    return created;
  }

  /** Records that `to[toKey]` was written where `from[fromKey]` was. */
  moveEntry(to: object, toKey: string | number, from: object, fromKey: string | number): void {
    const spans = this.map.entryOf(from, fromKey);
    if (spans) this.map.setEntry(to, toKey, spans);
  }
}

/** Sets a key without touching the prototype (`__proto__` is data here); plain assignment otherwise, it is faster. */
export function set(target: Mapping, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
