import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Diagnostic, DiagnosticCode } from "../diagnostics.js";

/** Files larger than this are refused before reading (design §2 stage 1). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A config's text and where it came from. */
export interface Source {
  /** The path shown in diagnostics (as given, or `<text>` for inline text). */
  file: string;
  text: string;
  /** Folder that relative paths inside the config are resolved against. */
  baseDir: string;
}

/** What `loadConfig` accepts: a file path, or text with an optional name for diagnostics. */
export type SourceInput = string | { text: string; file?: string; baseDir?: string };

/** Stage 1: file → text. Missing, a directory, unreadable or too large: one diagnostic, no source. */
export function readSource(input: SourceInput): { source?: Source; diagnostics: Diagnostic[] } {
  if (typeof input !== "string") {
    const file = input.file ?? "<text>";
    return { source: { file, text: input.text, baseDir: input.baseDir ?? (input.file ? dirname(resolve(input.file)) : process.cwd()) }, diagnostics: [] };
  }
  const fail = (code: DiagnosticCode, message: string, hint?: string) => ({
    diagnostics: [{ severity: "error" as const, code, message, ...(hint ? { hint } : {}), file: input, line: 1, column: 1, endLine: 1, endColumn: 1, path: "" }],
  });
  let size: number;
  try {
    const stat = statSync(input);
    if (!stat.isFile()) return fail("E_NOT_A_FILE", `'${input}' is not a file`, "pass the path of a YAML config file");
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return fail("E_FILE_NOT_FOUND", `config file '${input}' not found`, "check the path; relative paths are taken from the current folder");
    return fail("E_READ_FAILED", `Failed to read '${input}': ${(error as Error).message}`);
  }
  if (size > MAX_FILE_BYTES) return fail("E_FILE_TOO_LARGE", `'${input}' is ${size} bytes; configs larger than 16 MiB are refused`, "a benchmark config is a few kilobytes: is this the right file?");
  try {
    return { source: { file: input, text: readFileSync(input, "utf8"), baseDir: dirname(resolve(input)) }, diagnostics: [] };
  } catch (error) {
    return fail("E_READ_FAILED", `Failed to read '${input}': ${(error as Error).message}`);
  }
}
