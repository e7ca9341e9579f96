import type { DataPath, Diagnostic, DiagnosticCode, Finding, Severity } from "../diagnostics.js";
import { formatPath } from "../diagnostics.js";
import type { SourceMap } from "../source-map.js";

/**
 * What every stage after parsing shares: the source map, the root the paths start from, and one way to turn a
 * data path into a positioned diagnostic.
 */
export class StageContext {
  /** Prefix of user-facing paths (`spec` when the file is an AIPerfJob resource). */
  pathPrefix: DataPath = [];
  /** Whether the text holds `{{`, `{%` or `${` at all (rendering is skipped when it does not). */
  mayHaveTemplates = true;

  constructor(readonly map: SourceMap) {}

  /** A diagnostic at `path` under `root` (the key itself when `atKey`). */
  at(root: unknown, path: DataPath, severity: Severity, code: DiagnosticCode, message: string, options: { hint?: string | undefined; atKey?: boolean | undefined; variant?: string | undefined; related?: { root?: unknown; path: DataPath; message: string }[] | undefined } = {}): Diagnostic {
    const span = this.map.locate(root, path, options.atKey ?? false);
    const pos = this.map.position(span);
    const diagnostic: Diagnostic = { severity, code, message, file: this.map.file, ...pos, path: formatPath([...this.pathPrefix, ...path]) };
    if (options.hint) diagnostic.hint = options.hint;
    if (options.variant) diagnostic.variant = options.variant;
    if (options.related?.length) {
      diagnostic.related = options.related.map((r) => {
        const p = this.map.position(this.map.locate(r.root ?? root, r.path));
        return { file: this.map.file, line: p.line, column: p.column, message: r.message };
      });
    }
    // A value that came from a template is reported at the template's line; the `extends:` that pulled it in is
    // the related position (design §2).
    const origin = this.map.originAt(root, path);
    if (origin) {
      const p = this.map.position(origin.extendsSpan);
      (diagnostic.related ??= []).push({ file: this.map.file, line: p.line, column: p.column, message: `inherited from template '${origin.template}' through this extends:` });
    }
    return diagnostic;
  }

  /** Positions a finding (rules, sweeps) against `root`. */
  fromFinding(root: unknown, finding: Finding, variant?: string): Diagnostic {
    return this.at(root, finding.path, finding.severity, finding.code, finding.message, {
      hint: finding.hint,
      atKey: finding.atKey,
      variant,
      related: finding.related,
    });
  }
}
