import * as assert from "uvu/assert";
import type { AiperfConfig } from "../../generated/types/canonical.ts";
import type { Diagnostic, DiagnosticCode } from "../../src/diagnostics.ts";
import { loadConfig, type LoadOptions, type LoadResult } from "../../src/load-config.ts";

/**
 * Helpers shared by the acceptance-*.test.ts files (shared/spec/acceptance-cases.md): YAML written indented in the
 * source, and loads through `loadConfig` under a fixed file name whose diagnostics are checked by code, line and
 * message.
 */

/** Environment variables for `${VAR}` substitution; the acceptance loads never read process.env. */
export type Env = Record<string, string>;

/** YAML written indented in the source: the first line break and the common indentation go, so line 1 is the first YAML line. */
export function yaml(strings: TemplateStringsArray): string {
  const lines = strings.join("").replace(/^\n/, "").replace(/\n[ \t]*$/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return `${lines.map((l) => l.slice(indent)).join("\n")}\n`;
}

/** A diagnostic as one indented line (severity, code, line, message), for assertion output. */
export const show = (d: Diagnostic): string => `  ${d.severity} ${d.code} line ${d.line}: ${d.message}`;

/** The error diagnostics of a load, each as a `show` line. */
export const errorsOf = (result: LoadResult): string[] => result.diagnostics.filter((d) => d.severity === "error").map(show);

/** A phase of the canonical config, as a plain record (the phase union differs per type). */
export const phase = (config: AiperfConfig, index: number): Record<string, unknown> =>
  config.benchmark.phases[index] as unknown as Record<string, unknown>;

/** A field of phase `index` of a config, canonical or a sweep variant's (the phase union differs per type). */
export const phaseField = (config: AiperfConfig | Record<string, unknown> | undefined, index: number, field: string): unknown =>
  ((config?.["benchmark"] as { phases?: Record<string, unknown>[] } | undefined)?.phases?.[index])?.[field];

/** How `acceptanceHelpers` loads: `checkAllVariants` validates every sweep variant, as the `validate` command does. */
export interface AcceptanceOptions {
  checkAllVariants?: boolean;
}

/** Per load: the environment (default none) and, for a sweep, which variant becomes `config` (default the first). */
export interface AcceptanceLoad {
  env?: Env;
  variant?: number;
}

/** The loading and asserting helpers of one acceptance file, bound to its file name (see `acceptanceHelpers`). */
export interface AcceptanceHelpers {
  /** Loads `text` as the file, with no environment unless `env` is given. */
  load(text: string, options?: AcceptanceLoad): LoadResult;
  /** Loads without errors and returns the canonical config. */
  loads(text: string, env?: Env): AiperfConfig;
  /** The load reports a diagnostic of this severity and code, at this line, in the file, whose message contains (or matches) `message`; an error also means no config. */
  reports(result: LoadResult, severity: Diagnostic["severity"], code: DiagnosticCode, line: number, message: string | RegExp): Diagnostic;
  /** Loads with an error of this code, at this line, in the file, whose message contains (or matches) `message`, and no config. */
  rejects(text: string, code: DiagnosticCode, line: number, message: string | RegExp, env?: Env): Diagnostic;
}

/** The helpers of an acceptance file whose YAML texts load as `file`. */
export function acceptanceHelpers(file: string, { checkAllVariants = false }: AcceptanceOptions = {}): AcceptanceHelpers {
  const load = (text: string, { env = {}, variant }: AcceptanceLoad = {}): LoadResult => {
    const options: LoadOptions = { env };
    if (checkAllVariants) options.checkAllVariants = true;
    if (variant !== undefined) options.variant = variant;
    return loadConfig({ text, file }, options);
  };

  const loads = (text: string, env: Env = {}): AiperfConfig => {
    const result = load(text, { env });
    assert.equal(errorsOf(result), [], "no errors");
    assert.ok(result.config, "a config");
    return result.config as AiperfConfig;
  };

  const reports = (result: LoadResult, severity: Diagnostic["severity"], code: DiagnosticCode, line: number, message: string | RegExp): Diagnostic => {
    const hit = result.diagnostics.find((d) => d.severity === severity && d.code === code && d.line === line &&
      (typeof message === "string" ? d.message.includes(message) : message.test(d.message)));
    assert.ok(hit, `expected ${severity} ${code} at line ${line} with ${String(message)}; got:\n${result.diagnostics.map(show).join("\n")}`);
    assert.is(hit?.file, file);
    if (severity === "error") assert.is(result.config, undefined, "no config when there is an error");
    return hit as Diagnostic;
  };

  const rejects = (text: string, code: DiagnosticCode, line: number, message: string | RegExp, env: Env = {}): Diagnostic =>
    reports(load(text, { env }), "error", code, line, message);

  return { load, loads, reports, rejects };
}
