import { Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type ParsedNode } from "yaml";
import type { Diagnostic, DiagnosticCode, DataPath } from "../diagnostics.js";
import { formatPath } from "../diagnostics.js";
import { SourceMap, type Span } from "../source-map.js";
import type { Source } from "./read-source.js";

/** Deeper nesting than this is refused (AIPerf's guard; also keeps recursion bounded). */
export const MAX_DEPTH = 256;
/** Total nodes that alias expansion may produce: a billion-laughs file stops here, in bounded memory. */
export const MAX_ALIAS_NODES = 10_000;

/** Stage 2's output: plain data plus the positions of the user's text. */
export interface ParsedDocument {
  source: Source;
  data: Record<string, unknown>;
  map: SourceMap;
}

class ParseError extends Error {
  constructor(readonly code: DiagnosticCode, message: string, readonly span: Span, readonly hint?: string, readonly related?: { span: Span; message: string }) {
    super(message);
  }
}

/**
 * Stage 2: text → data with positions (yaml's `parseAllDocuments` + `LineCounter`). Rejects what AIPerf's strict
 * loader rejects: duplicate keys (both positions), non-string keys, several documents, an empty or non-mapping
 * document, nesting deeper than 256, and alias expansion beyond a bound. Accepts YAML 1.1 `<<` merge keys.
 * The conversion is ours (not `doc.toJS()`) because positions must be recorded per object as it is built.
 */
export function parseSource(source: Source): { parsed?: ParsedDocument; diagnostics: Diagnostic[] } {
  const map = new SourceMap(source.file, source.text);
  const lineCounter: LineCounter = map.lines;
  const docs = parseAllDocuments(source.text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: "1.2" });
  const diag = (code: DiagnosticCode, message: string, span: Span, hint?: string, related?: { span: Span; message: string }): Diagnostic => {
    const pos = map.position(span);
    return {
      severity: "error", code, message, ...(hint ? { hint } : {}), file: source.file, ...pos, path: "",
      ...(related ? { related: [{ file: source.file, ...pickStart(map.position(related.span)), message: related.message }] } : {}),
    };
  };
  const list = Array.isArray(docs) ? docs : [docs];
  const errors = list.flatMap((d) => d.errors);
  if (errors.length > 0) {
    return { diagnostics: errors.map((e) => diag("E_YAML_SYNTAX", `Invalid YAML syntax: ${e.message.split("\n")[0]}`, { start: e.pos[0], end: e.pos[1] }, "fix the YAML syntax at this position (indentation, quotes, brackets)")) };
  }
  const real = list.filter((d) => d.contents !== null || list.length === 1);
  if (real.length > 1) {
    const second = real[1] as Document.Parsed;
    const at = second.contents?.range?.[0] ?? 0;
    return { diagnostics: [diag("E_MULTIPLE_DOCUMENTS", "the file holds more than one YAML document; an AIPerf config is a single document", { start: at, end: at }, "remove the '---' separator and the documents after it")] };
  }
  const doc = real[0];
  if (!doc || doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ""))) {
    return { diagnostics: [diag("E_EMPTY_DOCUMENT", "Configuration file is empty", { start: 0, end: 0 }, "a config needs at least a benchmark: block")] };
  }
  if (!isMap(doc.contents)) {
    // Python's type names, as AIPerf's message prints them.
    const value = isScalar(doc.contents) ? doc.contents.value : undefined;
    const kind = isSeq(doc.contents) ? "list" : typeof value === "string" ? "str" : typeof value === "boolean" ? "bool" : typeof value === "number" ? (/[.eE]|inf|nan/i.test(source.text.slice(doc.contents.range?.[0] ?? 0, doc.contents.range?.[1] ?? 0)) ? "float" : "int") : "value";
    const range = doc.contents.range ?? [0, 0, 0];
    return { diagnostics: [diag("E_NOT_A_MAPPING", `Configuration must be a YAML mapping, got ${kind}`, { start: range[0], end: range[1] }, "start the file with keys such as benchmark:")] };
  }
  const builder = new DataBuilder(doc, map);
  try {
    const data = builder.build(doc.contents, [], 0) as Record<string, unknown>;
    const diagnostics = builder.duplicates.map((d) => diag("E_DUPLICATE_KEY", d.message, d.span, "remove one of the two entries", d.related));
    return diagnostics.length > 0 ? { diagnostics } : { parsed: { source, data, map }, diagnostics: [] };
  } catch (error) {
    if (error instanceof ParseError) return { diagnostics: [diag(error.code, error.message, error.span, error.hint, error.related)] };
    throw error;
  }
}

const pickStart = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });
const spanOf = (node: Node | null | undefined, fallback: Span): Span => (node?.range ? { start: node.range[0], end: node.range[1] } : fallback);

/** Converts yaml nodes to plain data, recording every container's and entry's span in the SourceMap. */
class DataBuilder {
  readonly duplicates: { message: string; span: Span; related: { span: Span; message: string } }[] = [];
  private aliasNodes = 0;
  private readonly expanding = new Set<Node>();

  constructor(private readonly doc: Document.Parsed, private readonly map: SourceMap) {}

  build(node: ParsedNode | Node | null, path: DataPath, depth: number, viaAlias = false): unknown {
    if (depth > MAX_DEPTH) throw new ParseError("E_TOO_DEEP", `nesting deeper than ${MAX_DEPTH} levels at '${formatPath(path)}'`, spanOf(node, { start: 0, end: 0 }), "flatten the structure");
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES) {
      throw new ParseError("E_ALIAS_LIMIT", `YAML aliases expand to more than ${MAX_ALIAS_NODES} nodes`, spanOf(node, { start: 0, end: 0 }), "this looks like an alias bomb; write the values out or use fewer nested aliases");
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node, path, depth);
    if (isScalar(node)) return node.value;
    if (isSeq(node)) {
      const out: unknown[] = [];
      this.map.record(out, spanOf(node, { start: 0, end: 0 }));
      node.items.forEach((item, i) => {
        const value = this.build(item as Node, [...path, i], depth + 1, viaAlias);
        out.push(value);
        this.map.setEntry(out, i, { value: spanOf(item as Node, spanOf(node, { start: 0, end: 0 })), ...this.floatFlag(item as Node, value) });
      });
      return out;
    }
    if (isMap(node)) return this.mapping(node, path, depth, viaAlias);
    throw new ParseError("E_YAML_SYNTAX", "unsupported YAML node", spanOf(node, { start: 0, end: 0 }));
  }

  private alias(node: Alias, path: DataPath, depth: number): unknown {
    const target = node.resolve(this.doc);
    const span = spanOf(node, { start: 0, end: 0 });
    if (!target) throw new ParseError("E_YAML_SYNTAX", `unknown alias '*${node.source}'`, span, "define the anchor (&name) before using it");
    if (this.expanding.has(target)) throw new ParseError("E_ALIAS_LIMIT", "Cyclic YAML aliases are not supported.", span);
    this.expanding.add(target);
    try {
      return this.build(target, path, depth, true);
    } finally {
      this.expanding.delete(target);
    }
  }

  private mapping(node: Node & { items: unknown[] }, path: DataPath, depth: number, viaAlias: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.map.record(out, spanOf(node, { start: 0, end: 0 }));
    const seen = new Map<string, Span>();
    const merged: [string, unknown, Span | undefined, Span][] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keySpan = spanOf(keyNode, spanOf(node, { start: 0, end: 0 }));
      const valueNode = pair.value as Node | null;
      const valueSpan = spanOf(valueNode, { start: keySpan.end, end: keySpan.end });
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (key === "<<" && isScalar(keyNode) && keyNode.type === "PLAIN") {
        // YAML 1.1 merge key (PyYAML accepts it): entries of the merged mapping(s) unless written here.
        const sources = isSeq(valueNode) ? valueNode.items : [valueNode];
        for (const src of sources) {
          const value = this.build(src as Node, path, depth + 1, viaAlias);
          if (typeof value !== "object" || value === null || Array.isArray(value)) {
            throw new ParseError("E_YAML_SYNTAX", "a '<<' merge key needs a mapping or a list of mappings", valueSpan);
          }
          for (const [k, v] of Object.entries(value)) merged.push([k, v, this.map.entryOf(value, k)?.key, this.map.entryOf(value, k)?.value ?? valueSpan]);
        }
        continue;
      }
      if (typeof key !== "string") {
        const shown = isScalar(keyNode) ? JSON.stringify(keyNode.value) : "of a complex type";
        throw new ParseError("E_NON_STRING_KEY", `YAML key ${shown} is not a string at '${formatPath(path) || "<root>"}'; only string keys are allowed in AIPerf configs.`, keySpan, `quote the key: "${isScalar(keyNode) ? String(keyNode.value) : "key"}":`);
      }
      const first = seen.get(key);
      if (first) {
        const p = this.map.position(first);
        this.duplicates.push({
          message: `Duplicate key in configuration: Duplicate YAML key '${key}' (first at line ${p.line}, column ${p.column})`,
          span: keySpan,
          related: { span: first, message: `first '${key}' is here` },
        });
        continue;
      }
      seen.set(key, keySpan);
      const value = this.build(valueNode, [...path, key], depth + 1, viaAlias);
      define(out, key, value);
      this.map.setEntry(out, key, { key: keySpan, value: valueSpan, ...this.floatFlag(valueNode, value) });
    }
    for (const [k, v, keySpan, valueSpan] of merged) {
      if (seen.has(k)) continue;
      seen.set(k, valueSpan);
      define(out, k, v);
      this.map.setEntry(out, k, { ...(keySpan ? { key: keySpan } : {}), value: valueSpan });
    }
    return out;
  }

  /** Remembers `10.0` as a float literal: JS numbers cannot, and sweep labels print it as AIPerf does. */
  private floatFlag(node: Node | null, value: unknown): { floatLiteral?: boolean } {
    if (typeof value !== "number" || !isScalar(node) || !node.range) return {};
    const raw = this.map.text.slice(node.range[0], node.range[1]);
    return /[.eE]|^[-+]?\.?(inf|nan)$/i.test(raw) ? { floatLiteral: true } : {};
  }
}

/** Sets a key without ever touching the prototype (a YAML key `__proto__` is data, not a prototype). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
