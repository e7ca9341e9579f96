import type { DataPath } from "./diagnostics.js";
import { formatPath } from "./diagnostics.js";
import type { SourceMap } from "./source-map.js";

/** Where one value of a resolved config came from. */
export interface ValueOrigin {
  path: string;
  value: unknown;
  /** `written` by the user (or inherited from a template they named), or filled by the loader as a `default`. */
  source: "written" | "default";
  file?: string;
  line?: number;
  /** The template the value was inherited from, and the line of the `extends:` that pulled it in. */
  template?: string;
  extendsLine?: number;
}

/**
 * Every leaf of a resolved config with its origin (`resolve --explain`, design §4): the file and line that set it,
 * the template it was inherited from, or the loader's default.
 */
export function explainOrigins(config: unknown, map: SourceMap): ValueOrigin[] {
  const out: ValueOrigin[] = [];
  const walk = (value: unknown, path: DataPath, container: object | undefined, key: string | number | undefined): void => {
    const isLeaf = typeof value !== "object" || value === null || (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null));
    if (!isLeaf) {
      for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value as Record<string, unknown>)) walk(v, [...path, k], value as object, k);
      return;
    }
    const spans = container !== undefined && key !== undefined ? map.entryOf(container, key) : undefined;
    const origin: ValueOrigin = { path: formatPath(path), value, source: spans ? "written" : "default" };
    if (spans) {
      origin.file = map.file;
      origin.line = map.position(spans.value).line;
    }
    const inherited = map.originAt(config, path);
    if (inherited) {
      origin.template = inherited.template;
      origin.extendsLine = map.position(inherited.extendsSpan).line;
    }
    out.push(origin);
  };
  walk(config, [], undefined, undefined);
  return out;
}

/** One line per value: `path = value    file:line (template 'x', extends at line N)` or `(default)`. */
export function formatOrigins(origins: readonly ValueOrigin[]): string {
  const width = Math.min(60, Math.max(...origins.map((o) => o.path.length + JSON.stringify(o.value).length + 3)));
  return origins.map((o) => {
    const left = `${o.path} = ${JSON.stringify(o.value)}`;
    const where = o.source === "default" ? "(default)" : `${o.file}:${o.line}${o.template ? ` (template '${o.template}', extends at line ${o.extendsLine})` : ""}`;
    return `${left.padEnd(width)}  ${where}`;
  }).join("\n") + "\n";
}
