import { LineCounter } from "yaml";
import type { DataPath } from "./diagnostics.js";

/** A stretch of one file's text, as character offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Where one entry of a mapping or list came from: its key (mappings only) and its value. */
export interface EntrySpans {
  key?: Span;
  value: Span;
  /** The value was written as a float literal (`10.0`): AIPerf prints it as a float. */
  floatLiteral?: boolean;
}

interface ObjectSpans {
  span: Span;
  entries: Map<string | number, EntrySpans>;
}

/** A value inherited from a template: which one, and where the entry's `extends:` was written. */
export interface Origin {
  template: string;
  extendsSpan: Span;
}

/** A resolved position: 1-based line and column of the start and end. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Positions of the user's text, attached to the data by object identity. Stages build new objects instead of
 * mutating (normalizing never mutates its input), and carry positions over with `copy`/`setEntry`; a value that a
 * shorthand produced points at the key the user wrote. Leaves have no identity, so they are found through their
 * container's entry.
 */
export class SourceMap {
  private readonly objects = new WeakMap<object, ObjectSpans>();
  private readonly origins = new WeakMap<object, Map<string | number, Origin>>();
  readonly lines = new LineCounter();

  constructor(readonly file: string, readonly text: string) {}

  /** Records where an object or list was written. */
  record(target: object, span: Span): void {
    this.objects.set(target, { span, entries: new Map() });
  }

  /** Records where one entry of a recorded container was written. */
  setEntry(container: object, key: string | number, spans: EntrySpans): void {
    const info = this.objects.get(container);
    if (info) info.entries.set(key, spans);
    else this.objects.set(container, { span: spans.key ?? spans.value, entries: new Map([[key, spans]]) });
  }

  spanOf(target: object): Span | undefined {
    return this.objects.get(target)?.span;
  }

  entryOf(container: object, key: string | number): EntrySpans | undefined {
    return this.objects.get(container)?.entries.get(key);
  }

  /**
   * `to` was built from `from`: it gets `from`'s span and entries, keys renamed by `rename` (snake_case → camelCase).
   * Entries already recorded on `to` win.
   */
  copy(to: object, from: object, rename: (key: string | number) => string | number = (k) => k): void {
    const source = this.objects.get(from);
    if (!source) return;
    const existing = this.objects.get(to);
    const entries = new Map<string | number, EntrySpans>();
    for (const [key, spans] of source.entries) entries.set(rename(key), spans);
    if (existing) for (const [key, spans] of existing.entries) entries.set(key, spans);
    this.objects.set(to, { span: existing?.span ?? source.span, entries });
    const origins = this.origins.get(from);
    if (origins) {
      const mine = this.origins.get(to) ?? new Map<string | number, Origin>();
      for (const [key, origin] of origins) if (!mine.has(rename(key))) mine.set(rename(key), origin);
      this.origins.set(to, mine);
    }
  }

  /** Records that `container[key]` was inherited from a template. */
  setOrigin(container: object, key: string | number, origin: Origin): void {
    const map = this.origins.get(container) ?? new Map<string | number, Origin>();
    map.set(key, origin);
    this.origins.set(container, map);
  }

  /** Forgets that `container[key]` was inherited (the entry wrote its own value). */
  clearOrigin(container: object, key: string | number): void {
    this.origins.get(container)?.delete(key);
  }

  /** The template a value at `path` was inherited from (the nearest one along the path), if any. */
  originAt(root: unknown, path: DataPath): Origin | undefined {
    let node: unknown = root;
    let found: Origin | undefined;
    for (const seg of path) {
      if (typeof node !== "object" || node === null) break;
      found = this.origins.get(node)?.get(seg) ?? found;
      node = Array.isArray(node) ? node[seg as number] : (node as Record<string, unknown>)[seg as string];
    }
    return found;
  }

  /** Gives `to` the span of an entry of another container (a value a shorthand produced from the key the user wrote). */
  anchor(to: object, span: Span): void {
    const info = this.objects.get(to);
    if (info) info.span = span;
    else this.objects.set(to, { span, entries: new Map() });
  }

  /**
   * The span of the value (or key) at `path` under `root`, walking the data. When the path leads through values that
   * have no recorded position, the nearest recorded ancestor answers, so a diagnostic never loses its place.
   */
  locate(root: unknown, path: DataPath, atKey = false): Span {
    let best: Span = typeof root === "object" && root !== null ? (this.spanOf(root) ?? { start: 0, end: 0 }) : { start: 0, end: 0 };
    let node: unknown = root;
    for (const [i, seg] of path.entries()) {
      if (typeof node !== "object" || node === null) break;
      const entry = this.entryOf(node, seg);
      const last = i === path.length - 1;
      if (entry) best = last && atKey && entry.key ? entry.key : entry.value;
      const child: unknown = Array.isArray(node) ? node[seg as number] : (node as Record<string, unknown>)[seg as string];
      if (typeof child === "object" && child !== null) {
        const own = this.spanOf(child);
        if (own && !entry) best = own;
      }
      node = child;
    }
    return best;
  }

  /** 1-based line/column of a span. */
  position(span: Span): Position {
    const start = this.lines.linePos(span.start);
    const end = this.lines.linePos(Math.max(span.start, span.end));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** The text of the line a span starts on (for the caret display). */
  lineText(line: number): string {
    const starts = this.lines.lineStarts;
    const from = starts[line - 1] ?? 0;
    const to = starts[line] ?? this.text.length;
    return this.text.slice(from, to).replace(/\r?\n$/, "");
  }
}
