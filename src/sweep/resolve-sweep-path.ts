/**
 * Resolves a parsed sweep path against the normalized envelope and the canonical schema, as AIPerf's
 * `_set_nested_value` walks the data (format-today §8): dict segments may name missing keys (they are created),
 * a segment on a list of named entries picks the entry by `name` (or by position), `phases.profiling` falls back to
 * the single profiling-kind phase. On top of AIPerf: `dataset.X` and `warmup.X`/`profiling.X` shorthands,
 * snake_case segments mapped to canonical names, and segments that name no field rejected with "did you mean".
 */
import type { DataPath } from "../diagnostics.js";
import { closestName } from "./closest-name.js";
import type { ParsedSweepPath, SweepPathSegment } from "./parse-sweep-path.js";
import { formatPythonRepr, pythonTypeName } from "./python-format.js";
import { isListOnly, lookupField, lookupItems, rootCursor, snakeCase, type SchemaCursor } from "./schema-fields.js";

/** The outcome of resolving: the canonical path from the envelope root, or AIPerf-worded trouble. */
export type ResolveSweepPathResult = { ok: true; path: DataPath } | { ok: false; message: string; hint?: string };

type Step = SweepPathSegment & { shownPrefix: string };

/** Resolves `parsed` in `envelope` (never mutated). Paths are the same for every variant, so this runs once per parameter. */
export function resolveSweepPath(envelope: Record<string, unknown>, parsed: ParsedSweepPath): ResolveSweepPathResult {
  const shown = formatPythonRepr(parsed.labelKey);
  const steps = expandShorthands(envelope, parsed);
  if ("message" in steps) return { ok: false, message: `sweep path ${shown}: ${steps.message}` };

  const path: (string | number)[] = [];
  let data: unknown = envelope;
  let cursor: SchemaCursor = rootCursor();
  let parentKey = "";
  for (const [i, step] of steps.entries()) {
    const isLast = i === steps.length - 1;
    if (Array.isArray(data) || (data === undefined && isListOnly(cursor))) {
      const list = (data ?? []) as unknown[];
      const picked = pickEntry(list, step, parentKey, isLast);
      if ("message" in picked) return { ok: false, message: `sweep path ${shown}: ${picked.message}`, ...(picked.hint ? { hint: picked.hint } : {}) };
      path.push(picked.index);
      data = list[picked.index];
      cursor = lookupItems(cursor);
    } else if (data === undefined || data === null || isPlainObject(data)) {
      const found = lookupField(cursor, step.key, step.quoted);
      if (found.kind === "none") return noField(shown, step, found.known);
      const key = found.kind === "field" ? found.key : step.key;
      path.push(key);
      // A null value is an unset optional field: walking on creates it, as a missing key does.
      data = isPlainObject(data) ? (data as Record<string, unknown>)[key] ?? undefined : undefined;
      cursor = found.next;
    } else {
      const verb = isLast ? "assign into" : "descend into";
      return { ok: false, message: `sweep path ${shown}: cannot ${verb} ${pythonTypeName(data)} at segment ${formatPythonRepr(step.shownPrefix || "<root>")}; expected a dict or list-of-named-dicts.` };
    }
    parentKey = step.key;
  }
  return { ok: true, path };
}

// The envelope-rooted steps: `variables.x` stays at the root, everything else goes under `benchmark`, with the
// `dataset.` / `warmup.` / `profiling.` shorthands spelled out.
function expandShorthands(envelope: Record<string, unknown>, parsed: ParsedSweepPath): Step[] | { message: string } {
  const segs = parsed.segments;
  const prefixOf = (n: number): string => segs.slice(0, n).map((s) => s.key).join(".");
  const user: Step[] = segs.map((s, i) => ({ ...s, shownPrefix: prefixOf(i) }));
  const first = segs[0];
  if (first && !first.quoted && first.key === "variables") return user;
  const root: Step = { key: "benchmark", quoted: true, shownPrefix: "<root>" };
  if (!first || first.quoted) return [root, ...user];
  if (first.key === "dataset") {
    const datasets = (envelope.benchmark as Record<string, unknown> | undefined)?.datasets;
    const names = Array.isArray(datasets) ? datasets.map((d) => (isPlainObject(d) ? d.name : undefined)) : [];
    if (names.length !== 1) {
      return { message: `'dataset.' means the only dataset, but there are ${names.length} (existing: ${formatPythonRepr(names)}). Write 'datasets.<name>.${prefixOf(segs.length).slice("dataset.".length)}' instead.` };
    }
    const only: Step = typeof names[0] === "string" ? { key: names[0], quoted: true, shownPrefix: "dataset" } : { key: "0", quoted: false, shownPrefix: "dataset" };
    return [root, { key: "datasets", quoted: true, shownPrefix: "" }, only, ...user.slice(1)];
  }
  if (first.key === "warmup" || first.key === "profiling") {
    return [root, { key: "phases", quoted: true, shownPrefix: "" }, { ...first, shownPrefix: "" }, ...user.slice(1)];
  }
  return [root, ...user];
}

type Picked = { index: number } | { message: string; hint?: string };

// A segment on a list: the entry with that name, else a position, else the phase-kind fallback.
function pickEntry(list: unknown[], step: Step, parentKey: string, isLast: boolean): Picked {
  const named = list.length > 0 && list.every((e) => isPlainObject(e) && typeof e.name === "string");
  if (named) {
    const byName = list.findIndex((e) => (e as Record<string, unknown>).name === step.key);
    if (byName >= 0) return { index: byName };
  }
  if (!step.quoted && /^\d+$/.test(step.key)) {
    const index = Number(step.key);
    if (index < list.length) return { index };
    return { message: `index ${index} is out of range (the list has ${list.length} ${list.length === 1 ? "entry" : "entries"}).` };
  }
  if (!named && list.length > 0) {
    return { message: `cannot ${isLast ? "assign into" : "descend into"} list at segment ${formatPythonRepr(step.shownPrefix || "<root>")}; expected a dict or list-of-named-dicts.` };
  }
  if (parentKey === "phases" && (step.key === "profiling" || step.key === "warmup")) {
    const ofKind = list.flatMap((e, i) => (phaseKind(e as Record<string, unknown>) === step.key ? [i] : []));
    if (ofKind.length === 1 && ofKind[0] !== undefined) return { index: ofKind[0] };
  }
  const names = list.map((e) => (isPlainObject(e) ? e.name : undefined));
  const guess = closestName(step.key, names.filter((n): n is string => typeof n === "string"));
  return {
    message: `no entry named ${formatPythonRepr(step.key)} found (existing: ${formatPythonRepr(names)}). Add the entry first or fix the typo.`,
    ...(guess ? { hint: `did you mean '${guess}'?` } : {}),
  };
}

// AIPerf [B] decides the fallback by `kind`; a phase without one counts as profiling unless it is named warmup (A).
function phaseKind(phase: Record<string, unknown>): string {
  if (phase.kind === "warmup" || phase.kind === "profiling") return phase.kind;
  return phase.name === "warmup" ? "warmup" : "profiling";
}

function noField(shown: string, step: Step, known: string[]): ResolveSweepPathResult {
  const where = step.shownPrefix ? `under ${formatPythonRepr(step.shownPrefix)}` : "in the benchmark block";
  if (known.length === 0) {
    return { ok: false, message: `sweep path ${shown}: ${formatPythonRepr(step.key)} is not a field ${where}, which takes a single value, not sub-fields.` };
  }
  const snake = step.key.includes("_") || step.key === step.key.toLowerCase();
  const spelled = known.map((k) => (snake ? snakeCase(k) : k));
  const guess = closestName(step.key, spelled);
  return {
    ok: false,
    message: `sweep path ${shown}: ${formatPythonRepr(step.key)} is not a field ${where}.`,
    ...(guess ? { hint: `did you mean '${guess}'?` } : {}),
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
