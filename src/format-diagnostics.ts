import type { Diagnostic } from "./diagnostics.js";

/** Where the source lines for the caret display come from (by file name). */
export type LineLookup = (file: string, line: number) => string | undefined;

/**
 * Compiler-style text (design §8): `file:line:col: error CODE: message`, the source line, a caret under the
 * span, then `hint:` and related positions.
 */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], lineOf: LineLookup): string {
  return diagnostics.map((d) => {
    const lines = [`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}${d.variant ? ` [variant ${d.variant}]` : ""}`];
    const source = lineOf(d.file, d.line);
    if (source !== undefined) {
      const width = d.endLine === d.line ? Math.max(1, d.endColumn - d.column) : Math.max(1, source.length - d.column + 1);
      const number = String(d.line);
      lines.push(`${number} | ${source}`);
      lines.push(`${" ".repeat(number.length)} | ${" ".repeat(Math.max(0, d.column - 1))}${"^".repeat(Math.min(width, 200))}`);
    }
    if (d.hint) lines.push(`hint: ${d.hint}`);
    for (const r of d.related ?? []) lines.push(`note: ${r.file}:${r.line}:${r.column}: ${r.message}`);
    return lines.join("\n");
  }).join("\n\n") + (diagnostics.length > 0 ? "\n" : "");
}

/** `N errors, M warnings`. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
