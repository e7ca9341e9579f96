/**
 * Stage 7, expand (design §5): a normalized envelope → its variants, lazily. Dispatches on `sweep.type` (grid when
 * missing), falls back to magic lists when there is no `sweep:` block, and to the single `base` variant when there
 * is neither. Every variant drops `sweep` and `multiRun` (AIPerf's plan configs have neither) and gets its seed.
 */
import type { Finding } from "../diagnostics.js";
import { detectMagicLists } from "./detect-magic-lists.js";
import { expandParameters, type VariantSource } from "./expand-parameters.js";
import { expandSampling } from "./expand-sampling.js";
import { expandScenarios } from "./expand-scenarios.js";
import { prepareParameters, resolveParameterPath } from "./prepare-parameters.js";
import { formatPythonRepr } from "./python-format.js";
import type { SweepExpansion, SweepInput, SweepKind, Variant } from "./types.js";

export type { Assignment, SweepExpansion, SweepInput, SweepKind, Variant } from "./types.js";

/** Expands the sweep of a normalized envelope. Never throws for user mistakes: they are `findings`. */
export function expandSweep(input: SweepInput): SweepExpansion {
  const { envelope } = input;
  const isFloatLiteral = input.isFloatLiteral ?? (() => false);
  const findings: Finding[] = [];
  const { sweep: _sweep, multiRun: _multiRun, ...base } = envelope;
  const { kind, source } = chooseExpansion(envelope, base, isFloatLiteral, findings);
  const failed = findings.some((f) => f.severity === "error");
  const count = failed ? 0 : source.count;
  const seedOf = seedRule(envelope);

  const variant = (index: number): Variant => {
    if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`variant index ${index} is outside 0..${count - 1}`);
    const built = source.build(index);
    const seed = seedOf(index);
    return seed === undefined ? built : { ...built, config: { ...built.config, randomSeed: seed } };
  };
  return {
    kind, count, findings, variant,
    *variants() {
      for (let i = 0; i < count; i++) yield variant(i);
    },
  };
}

function chooseExpansion(
  envelope: Record<string, unknown>,
  base: Record<string, unknown>,
  isFloatLiteral: (param: string, index: number) => boolean,
  findings: Finding[],
): { kind: SweepKind; source: VariantSource } {
  const sweep = envelope.sweep;
  if (sweep === undefined || sweep === null) {
    const magic = detectMagicLists(envelope, isFloatLiteral);
    if (magic.length > 0) return { kind: "magic", source: expandParameters(base, magic, "product", findings) };
    return { kind: "none", source: baseOnly(base) };
  }
  if (typeof sweep !== "object" || Array.isArray(sweep)) {
    findings.push({ severity: "error", code: "E_SWEEP", message: "sweep must be a mapping with a `type` (grid, zip, scenarios, sobol, latin_hypercube or adaptive_search).", path: ["sweep"] });
    return { kind: "none", source: baseOnly(base) };
  }
  const block = sweep as Record<string, unknown>;
  const type = (block.type ?? "grid") as string;
  switch (type) {
    case "grid":
    case "zip": {
      const params = prepareParameters(envelope, block.parameters, type, isFloatLiteral, findings);
      if (!params) return { kind: type, source: none() };
      if (type === "zip" && !checkZipLengths(block.parameters as Record<string, unknown[]>, findings)) return { kind: type, source: none() };
      return { kind: type, source: expandParameters(base, params, type === "grid" ? "product" : "lockstep", findings) };
    }
    case "scenarios":
      return { kind: "scenarios", source: expandScenarios(base, block.runs, findings) };
    case "sobol":
    case "latin_hypercube":
      return { kind: type, source: expandSampling(envelope, base, block, type, findings) };
    case "adaptive_search":
      checkSearchSpace(envelope, block.searchSpace, findings);
      findings.push({
        severity: "warning", code: "W_SWEEP", path: ["sweep", "type"],
        message: "adaptive_search runs at execution time: its planner picks each point from the results so far, so its variations cannot be listed or checked in advance. Only the base config is expanded.",
      });
      return { kind: "adaptive_search", source: baseOnly(base) };
    default:
      findings.push({ severity: "error", code: "E_SWEEP", message: `unknown sweep type ${formatPythonRepr(type)}; expected one of grid, zip, scenarios, sobol, latin_hypercube, adaptive_search.`, path: ["sweep", "type"] });
      return { kind: "none", source: none() };
  }
}

function baseOnly(base: Record<string, unknown>): VariantSource {
  return { count: 1, build: () => ({ index: 0, name: "base", label: "base", dirName: "base", assignments: [], values: {}, config: { ...base } }) };
}

function none(): VariantSource {
  return { count: 0, build: () => { throw new RangeError("no variants"); } };
}

// AIPerf: `zip sweep parameters must all have equal length; got {'a': 3, 'b': 2}.` (lengths in the order written).
function checkZipLengths(parameters: Record<string, unknown[]>, findings: Finding[]): boolean {
  const lengths = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v.length]));
  if (new Set(Object.values(lengths)).size <= 1) return true;
  findings.push({ severity: "error", code: "E_SWEEP", message: `zip sweep parameters must all have equal length; got ${formatPythonRepr(lengths)}.`, hint: "a zip pairs the i-th values of every list: give each list the same number of values, or use type: grid for every combination", path: ["sweep", "parameters"] });
  return false;
}

// The planner writes the same paths a grid would, so they are resolved now and typos fail at validate time.
function checkSearchSpace(envelope: Record<string, unknown>, searchSpace: unknown, findings: Finding[]): void {
  if (!Array.isArray(searchSpace)) return;
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  searchSpace.forEach((dim: unknown, i) => {
    const text = typeof dim === "object" && dim !== null ? (dim as Record<string, unknown>).path : undefined;
    if (typeof text !== "string") return;
    const resolved = resolveParameterPath(envelope, text, { at: ["sweep", "searchSpace", i, "path"], what: "adaptive_search search_space dimension", atKey: false }, findings);
    if (!resolved) return;
    const identity = JSON.stringify(resolved.path);
    if (seen.has(identity) && !duplicates.includes(text)) duplicates.push(text);
    seen.set(identity, text);
  });
  if (duplicates.length > 0) {
    findings.push({ severity: "error", code: "E_SWEEP", message: `adaptive_search search_space dimensions must have unique paths; duplicates: ${formatPythonRepr(duplicates)}.`, path: ["sweep", "searchSpace"] });
  }
}

/**
 * The seed of variant i (format-today §2): the root `randomSeed`, or 42 when AIPerf would set it (a sweep block or
 * more than one trial, with `multiRun.setConsistentSeed` not false); plus i unless `sweep.sameSeed`. A seed that is
 * still an unrendered `{{ }}` string is left alone, as is a config AIPerf would leave unseeded.
 */
function seedRule(envelope: Record<string, unknown>): (index: number) => number | undefined {
  const sweep = isMapping(envelope.sweep) ? envelope.sweep : undefined;
  const multiRun = isMapping(envelope.multiRun) ? envelope.multiRun : {};
  const explicit = envelope.randomSeed;
  let seed: number | undefined;
  if (typeof explicit === "number" && Number.isInteger(explicit)) seed = explicit;
  else if (explicit === undefined || explicit === null) {
    const trials = typeof multiRun.numRuns === "number" ? multiRun.numRuns : 1;
    if ((sweep !== undefined || trials > 1) && multiRun.setConsistentSeed !== false) seed = 42;
  }
  if (seed === undefined) return () => undefined;
  const base = seed;
  return sweep?.sameSeed === true ? () => base : (index) => base + index;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
