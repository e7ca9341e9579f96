import type { AiperfConfig } from "../generated/types/canonical.js";
import type { DataPath, Diagnostic } from "./diagnostics.js";
import { hasErrors, valueAt } from "./diagnostics.js";
import { Editor, isMapping, type Mapping } from "./normalizers/edit.js";
import { dropNulls } from "./normalizers/rename-keys.js";
import { resolveExtends } from "./stages/resolve-extends.js";
import type { SourceMap } from "./source-map.js";
import { checkCanonical } from "./stages/check-canonical.js";
import { checkInputSchema } from "./stages/check-input-schema.js";
import { fillDefaults } from "./stages/fill-defaults.js";
import { migrateFlatShape } from "./stages/migrate-flat-shape.js";
import { normalizeStructure, type NormalizedInput } from "./stages/normalize-structure.js";
import { normalizeValues } from "./stages/normalize-values.js";
import { parseSource } from "./stages/parse-source.js";
import { readSource, type Source, type SourceInput } from "./stages/read-source.js";
import { renderExpressions } from "./stages/render-expressions.js";
import { resolvePaths } from "./stages/resolve-paths.js";
import { StageContext } from "./stages/stage-context.js";
import { substituteEnv } from "./stages/substitute-env.js";
import { unwrapResource, type ResourceInfo } from "./stages/unwrap-resource.js";
import { expandSweep } from "./sweep/expand-sweep.js";
import type { SweepExpansion, Variant } from "./sweep/types.js";

/** Options of `loadConfig`. */
export interface LoadOptions {
  /** Environment for `${VAR}` substitution (default: `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Which sweep variant to return as `config`: its index or its name (default: the first). */
  variant?: number | string;
  /** How many variants to validate (default 10 000): above it, a warning and a deterministic sample. */
  maxVariants?: number;
  /** Validate every variant (the `validate` command) rather than only the selected one. */
  checkAllVariants?: boolean;
}

/** What `loadConfig` returns. Diagnostics are always present; `config` only when there is no error. */
export interface LoadResult {
  /** The canonical config of the selected variant (camelCase, shorthands expanded, defaults filled). */
  config?: AiperfConfig;
  diagnostics: Diagnostic[];
  /** The sweep variants (lazy); one named `base` without a sweep. */
  expansion?: SweepExpansion;
  /** The selected variant. */
  variant?: Variant;
  /** Resolves and checks any variant of the sweep (render, values, defaults, validation), by index. */
  resolveVariant?: (index: number) => { config?: AiperfConfig; diagnostics: Diagnostic[] };
  /** When the file was an AIPerfJob / AIPerfSweep resource. */
  resource?: ResourceInfo;
  source?: Source;
  map?: SourceMap;
}

export const DEFAULT_MAX_VARIANTS = 10_000;

/**
 * Loads a config: read → parse → unwrap resource → migrate → substitute env → input schema → normalize structure →
 * expand → (per variant) render → normalize values → default → validate. Never throws on bad input: every problem
 * is a diagnostic at the user's own line.
 */
export function loadConfig(input: SourceInput, options: LoadOptions = {}): LoadResult {
  const read = readSource(input);
  if (!read.source) return { diagnostics: read.diagnostics };
  const source = read.source;
  const parsed = parseSource(source);
  if (!parsed.parsed) return { diagnostics: parsed.diagnostics, source };
  const { map } = parsed.parsed;
  const ctx = new StageContext(map);
  const diagnostics: Diagnostic[] = [];
  const done = (extra: Partial<LoadResult> = {}): LoadResult => ({ diagnostics, source, map, ...extra });

  const unwrapped = unwrapResource(parsed.parsed.data, ctx);
  diagnostics.push(...unwrapped.diagnostics);
  const resource = unwrapped.resource;
  const migrated = migrateFlatShape(unwrapped.envelope, ctx);
  diagnostics.push(...migrated.diagnostics);
  // Every string of the config comes from the file's text: without `${` there is nothing to substitute, and
  // without `{{`, `{%` or `${` nothing to render (an environment value may bring a template in).
  const substituted = source.text.includes("${") ? substituteEnv(migrated.envelope, options.env ?? process.env, ctx) : { envelope: migrated.envelope, diagnostics: [] };
  ctx.mayHaveTemplates = /\{\{|\{%|\$\{/.test(source.text);
  diagnostics.push(...substituted.diagnostics);
  if (hasErrors(diagnostics)) return done(resource ? { resource } : {});
  // Fast path: a config that normalizes, expands and validates cleanly never needs the (large) input validator. Any
  // error, any sign that normalization had to choose (both spellings, a shorthand beside its target), or any
  // exception sends the config through the careful path, which checks the file as written first and so reports
  // every problem at the user's own path.
  const prefix = [...diagnostics];
  try {
    const fast = afterInputCheck(substituted.envelope, options, { source, map, ctx, diagnostics: [...prefix], ...(resource ? { resource } : {}) }, true);
    if (fast) return fast;
  } catch {
    // fall through to the careful path
  }
  diagnostics.push(...checkInputSchema(substituted.envelope, ctx));
  if (hasErrors(diagnostics)) return done(resource ? { resource } : {});
  return afterInputCheck(substituted.envelope, options, { source, map, ctx, diagnostics, ...(resource ? { resource } : {}) }, false) as LoadResult;
}

interface Carry {
  source: Source;
  map: SourceMap;
  ctx: StageContext;
  diagnostics: Diagnostic[];
  resource?: ResourceInfo;
}

/** Normalize → expand → per variant render, values, defaults, validate. On the fast path, undefined means "do it carefully". */
function afterInputCheck(envelope: Mapping, options: LoadOptions, carry: Carry, fast: boolean): LoadResult | undefined {
  const { source, map, ctx, diagnostics, resource } = carry;
  const done = (extra: Partial<LoadResult> = {}): LoadResult => ({ diagnostics, source, map, ...(resource ? { resource } : {}), ...extra });
  const structured = normalizeStructure(envelope, ctx);
  if (fast && structured.ambiguous) return undefined;
  diagnostics.push(...structured.diagnostics);
  const extended = resolveExtends(structured.config, ctx);
  diagnostics.push(...extended.diagnostics);
  if (hasErrors(diagnostics)) return fast ? undefined : done();
  const normalized = { config: dropNulls(extended.config, new Editor(ctx.map)) as NormalizedInput };
  const expansion = expandSweep({ envelope: normalized.config, isFloatLiteral: floatLiteralLookup(normalized.config, map) });
  diagnostics.push(...expansion.findings.map((f) => ctx.fromFinding(normalized.config, f)));
  if (hasErrors(diagnostics)) return fast ? undefined : done({ expansion });

  const selected = selectVariant(expansion, options.variant);
  if ("error" in selected) {
    diagnostics.push(ctx.at(normalized.config, ["sweep"], "error", "E_SWEEP", selected.error, { hint: selected.hint }));
    return done({ expansion });
  }
  const named = expansion.kind !== "none";
  const checkOne = (variant: Variant): { config: Mapping; diagnostics: Diagnostic[] } => finishVariant(variant, normalized.config, source.baseDir, ctx, named ? variant.name : undefined);

  const result = checkOne(selected.variant);
  const variantDiagnostics = [...result.diagnostics];
  if (options.checkAllVariants && expansion.count > 1) {
    const limit = options.maxVariants ?? DEFAULT_MAX_VARIANTS;
    const indexes = sampleIndexes(expansion.count, limit);
    if (expansion.count > limit) {
      diagnostics.push(ctx.at(normalized.config, ["sweep"], "warning", "W_SWEEP", `the sweep has ${expansion.count} variants; checked a deterministic sample of ${limit}`, { atKey: true, hint: "raise --max-variants to check them all" }));
    }
    for (const index of indexes) if (index !== selected.variant.index) variantDiagnostics.push(...checkOne(expansion.variant(index)).diagnostics);
  }
  if (fast && hasErrors(variantDiagnostics)) return undefined;
  diagnostics.push(...mergeAcrossVariants(variantDiagnostics));
  const ok = !hasErrors(diagnostics);
  const resolveVariant = (index: number): { config?: AiperfConfig; diagnostics: Diagnostic[] } => {
    const finished = index === selected.variant.index ? result : checkOne(expansion.variant(index));
    return { diagnostics: finished.diagnostics, ...(hasErrors(finished.diagnostics) ? {} : { config: finished.config as unknown as AiperfConfig }) };
  };
  return done({ expansion, variant: selected.variant, resolveVariant, ...(ok ? { config: result.config as unknown as AiperfConfig } : {}) });
}

/** Render, normalize values, fill defaults and validate one variant. */
function finishVariant(variant: Variant, base: NormalizedInput, baseDir: string, ctx: StageContext, variantName: string | undefined): { config: Mapping; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let config: Mapping = adoptPositions(variant, base, ctx);
  if (isMapping(base["multiRun"]) && !("multiRun" in config)) config = { ...config, multiRun: base["multiRun"] };
  ctx.map.copy(config, base);
  const rendered = ctx.mayHaveTemplates ? renderExpressions(config, ctx, variantName) : { config, diagnostics: [] };
  diagnostics.push(...rendered.diagnostics);
  if (hasErrors(diagnostics)) return { config, diagnostics };
  const values = normalizeValues(rendered.config, ctx, variantName);
  diagnostics.push(...values.diagnostics);
  if (hasErrors(diagnostics)) return { config, diagnostics };
  // "Was it set?" asks about what the user wrote: the rendered config, before derived values and defaults.
  const userWrote = rendered.config;
  const complete = fillDefaults(resolvePaths(values.config, baseDir, ctx), ctx);
  const wasSet = (path: DataPath): boolean => valueAt(userWrote, path) !== undefined;
  diagnostics.push(...checkCanonical(complete, wasSet, ctx, variantName, base["sweep"]));
  return { config: complete, diagnostics };
}

/**
 * Variant configs share unchanged subtrees with the base (and so their positions); the containers a sweep copied get
 * the base's positions back, and a swept value points at its sweep parameter (design §2).
 */
function adoptPositions(variant: Variant, base: Mapping, ctx: StageContext): Mapping {
  ctx.map.copy(variant.config, base);
  for (const assignment of variant.assignments) {
    let from: unknown = base;
    let to: unknown = variant.config;
    for (const [i, seg] of assignment.path.entries()) {
      if (!isObject(to)) break;
      if (isObject(from) && from !== to) ctx.map.copy(to, from);
      if (i === assignment.path.length - 1) {
        const param = ctx.map.entryOf((base["sweep"] as Mapping | undefined)?.["parameters"] as object ?? {}, assignment.param);
        if (param) ctx.map.setEntry(to, seg, { value: param.key ?? param.value });
      }
      from = isObject(from) ? (from as Record<string | number, unknown>)[seg] : undefined;
      to = (to as Record<string | number, unknown>)[seg];
    }
  }
  return variant.config;
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null;


function floatLiteralLookup(config: Mapping, map: SourceMap): (param: string, index: number) => boolean {
  return (param, index) => {
    const sweep = config["sweep"];
    const list = isMapping(sweep) && isMapping(sweep["parameters"]) ? sweep["parameters"][param] : undefined;
    return Array.isArray(list) ? map.entryOf(list, index)?.floatLiteral === true : false;
  };
}

function selectVariant(expansion: SweepExpansion, wanted: number | string | undefined): { variant: Variant } | { error: string; hint: string } {
  if (expansion.count === 0) return { error: "the sweep produced no variants", hint: "check the sweep parameters" };
  if (wanted === undefined) return { variant: expansion.variant(0) };
  const asIndex = typeof wanted === "number" ? wanted : /^\d+$/.test(wanted) ? Number(wanted) : undefined;
  if (asIndex !== undefined) {
    if (asIndex < expansion.count) return { variant: expansion.variant(asIndex) };
    return { error: `variant ${asIndex} does not exist; the sweep has ${expansion.count}`, hint: `use an index from 0 to ${expansion.count - 1}` };
  }
  let index = 0;
  const names: string[] = [];
  for (const variant of expansion.variants()) {
    if (variant.name === wanted || variant.label === wanted) return { variant };
    if (names.length < 20) names.push(variant.name);
    if (++index >= DEFAULT_MAX_VARIANTS) break;
  }
  return { error: `no variant named '${String(wanted)}'`, hint: `variants: ${names.join(", ")}${expansion.count > names.length ? ", …" : ""}` };
}

/** Every variant up to the limit, or an evenly spread deterministic sample of `limit` of them. */
function sampleIndexes(count: number, limit: number): number[] {
  if (count <= limit) return Array.from({ length: count }, (_, i) => i);
  return Array.from({ length: limit }, (_, i) => Math.floor((i * count) / limit));
}

/** The same finding in many variants is one diagnostic with a count (design §5). */
function mergeAcrossVariants(diagnostics: Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = `${d.code}|${d.line}|${d.column}|${d.message}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Diagnostic;
    if (group.length === 1) return first;
    const { variant: _v, ...rest } = first;
    return { ...rest, message: `${first.message} (in ${group.length} variants, first '${String(first.variant)}')` };
  });
}
