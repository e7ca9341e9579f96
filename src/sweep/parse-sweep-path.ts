/**
 * Sweep path syntax (format-today §8 "Path syntax"): dotted segments, relative to `benchmark`; a segment that holds
 * `.` or `/` (a model name) is written quoted in brackets, `models.items["meta-llama/Llama-3.1-8B"].weight`.
 * This module only reads the text; `resolveSweepPath` decides what the segments address.
 */
import { formatPythonRepr } from "./python-format.js";

/** One segment of a sweep path. */
export interface SweepPathSegment {
  /** The segment's text, unquoted. */
  key: string;
  /** Written in brackets and quotes: never an index, never renamed. */
  quoted: boolean;
}

/** A sweep path that is well formed. */
export interface ParsedSweepPath {
  /** As the user wrote it. */
  text: string;
  /** What AIPerf prints in labels: the text with a bare alias expanded (`concurrency` → `phases.profiling.concurrency`). */
  labelKey: string;
  segments: SweepPathSegment[];
}

/** The outcome of reading a path: the parsed path, or AIPerf's message for a malformed one. */
export type ParseSweepPathResult = { ok: true; path: ParsedSweepPath } | { ok: false; message: string };

/**
 * The 12 bare aliases of AIPerf (`_SWEEP_PATH_ALIASES`), short for `phases.profiling.<name>`. The camelCase
 * spellings are accepted too, since every other key may be written either way.
 */
export const SWEEP_PATH_ALIASES: ReadonlySet<string> = new Set([
  "concurrency", "prefill_concurrency", "rate", "requests", "duration", "sessions", "users", "smoothness",
  "grace_period", "concurrency_ramp", "prefill_ramp", "rate_ramp",
  "prefillConcurrency", "gracePeriod", "concurrencyRamp", "prefillRamp", "rateRamp",
]);

/** Reads a sweep path, expanding a bare alias first, as AIPerf's `_validate_dotted_path` does. */
export function parseSweepPath(text: string): ParseSweepPathResult {
  const labelKey = SWEEP_PATH_ALIASES.has(text) ? `phases.profiling.${text}` : text;
  const shown = formatPythonRepr(labelKey);
  if (labelKey === "") return { ok: false, message: "dimension path must be a non-empty string." };
  if (labelKey.startsWith(".")) return { ok: false, message: `dimension path ${shown} must not start with '.'.` };
  if (labelKey.endsWith(".")) return { ok: false, message: `dimension path ${shown} must not end with '.'.` };

  const segments: SweepPathSegment[] = [];
  let i = 0;
  while (i < labelKey.length) {
    if (labelKey[i] === "[") {
      const bracket = readBracket(labelKey, i);
      if (!bracket) return { ok: false, message: `dimension path ${shown} has a malformed bracket segment at character ${i + 1}; write it as ["name"] or [index].` };
      segments.push(bracket.segment);
      i = bracket.end;
    } else {
      let end = i;
      while (end < labelKey.length && labelKey[end] !== "." && labelKey[end] !== "[") end++;
      if (end === i) return { ok: false, message: `dimension path ${shown} must not contain consecutive dots ('..').` };
      segments.push({ key: labelKey.slice(i, end), quoted: false });
      i = end;
    }
    if (i < labelKey.length && labelKey[i] === ".") {
      i++;
      if (i === labelKey.length) return { ok: false, message: `dimension path ${shown} must not end with '.'.` };
      if (labelKey[i] === ".") return { ok: false, message: `dimension path ${shown} must not contain consecutive dots ('..').` };
      if (labelKey[i] === "[") return { ok: false, message: `dimension path ${shown} has '.[' at character ${i + 1}; write a bracket segment right after the previous one, as items["name"].` };
    } else if (i < labelKey.length && labelKey[i] !== "[") {
      return { ok: false, message: `dimension path ${shown} has unexpected text after a bracket segment at character ${i + 1}.` };
    }
  }
  const first = segments[0];
  const problem = first && !first.quoted ? firstSegmentProblem(first.key, shown) : undefined;
  return problem ? { ok: false, message: problem } : { ok: true, path: { text, labelKey, segments } };
}

/** Envelope keys a sweep may not write: AIPerf's three (in both spellings) and the other non-body root keys. */
const NON_SWEEPABLE_FIRST_SEGMENTS: ReadonlySet<string> = new Set([
  "multi_run", "multiRun", "random_seed", "randomSeed",
  "schema_version", "schemaVersion", "no_sweep_table", "noSweepTable", "templates", "plot",
]);

// AIPerf's wording (`loader/dotted_path.py`), except that `sweep.*` also says "non-sweepable".
function firstSegmentProblem(first: string, shown: string): string | undefined {
  if (first === "sweep") return `dimension path ${shown} targets non-sweepable top-level field 'sweep' (the sweep config itself).`;
  if (NON_SWEEPABLE_FIRST_SEGMENTS.has(first)) return `dimension path ${shown} targets non-sweepable top-level field ${formatPythonRepr(first)}.`;
  if (first === "benchmark") {
    return `dimension path ${shown} must not include the redundant 'benchmark.' prefix. Paths target fields under the benchmark block; drop the prefix (e.g. 'phases.profiling.rate' instead of 'benchmark.phases.profiling.rate').`;
  }
  return undefined;
}

// `["text"]`, `['text']` (backslash escapes the quote or itself) or `[12]`.
function readBracket(s: string, start: number): { segment: SweepPathSegment; end: number } | undefined {
  const quote = s[start + 1];
  if (quote === '"' || quote === "'") {
    let key = "";
    for (let i = start + 2; i < s.length; i++) {
      const ch = s[i];
      if (ch === "\\" && i + 1 < s.length) key += s[++i];
      else if (ch === quote) return s[i + 1] === "]" ? { segment: { key, quoted: true }, end: i + 2 } : undefined;
      else key += ch;
    }
    return undefined;
  }
  const match = /^\[(\d+)\]/.exec(s.slice(start));
  return match?.[1] === undefined ? undefined : { segment: { key: match[1], quoted: false }, end: start + match[0].length };
}
