/**
 * The deep merge of a scenario run over the base config (AIPerf's `_deep_merge`): mappings merge key by key; two
 * lists of named mappings merge by `name` (a matching name merges recursively, a new name is appended, base entries
 * not mentioned are kept); anything else is replaced. A distribution written in another form is replaced whole,
 * since merging `{mean, stddev}` with `{mean, median}` would give a mapping that is no distribution at all.
 */

/** Keys whose presence tells AIPerf's distribution forms apart (`_DIST_DISCRIMINATOR_KEYS`). */
const DISTRIBUTION_KEYS: ReadonlySet<string> = new Set(["peaks", "points", "value", "median", "stddev"]);

/** Distribution `type` values; no phase, dataset or endpoint type uses these words. */
const DISTRIBUTION_TYPES: ReadonlySet<string> = new Set(["fixed", "normal", "lognormal", "multimodal", "empirical"]);

/** `base` with `override` merged in; neither is mutated, and unchanged subtrees of `base` are shared. */
export function mergeOverrides(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = base[key];
    if (isMapping(current) && isMapping(value)) {
      out[key] = isDistributionSwap(current, value) ? copy(value) : mergeOverrides(current, value);
    } else if (isNamedList(current) && isNamedList(value)) {
      out[key] = mergeNamedLists(current, value);
    } else {
      out[key] = copy(value);
    }
  }
  return out;
}

/**
 * True when the override changes a distribution's form: both sides carry form keys and the sets differ (AIPerf), or
 * both name a distribution `type` and the types differ (our addition for the explicit `type:` form). An override
 * that only adds `min`/`max` merges as usual.
 */
export function isDistributionSwap(base: Record<string, unknown>, override: Record<string, unknown>): boolean {
  const baseType = base.type;
  const overType = override.type;
  if (typeof baseType === "string" && typeof overType === "string" && DISTRIBUTION_TYPES.has(baseType) && DISTRIBUTION_TYPES.has(overType)) {
    if (baseType !== overType) return true;
  }
  const baseKeys = Object.keys(base).filter((k) => DISTRIBUTION_KEYS.has(k)).sort();
  const overKeys = Object.keys(override).filter((k) => DISTRIBUTION_KEYS.has(k)).sort();
  if (baseKeys.length === 0 || overKeys.length === 0) return false;
  return baseKeys.join() !== overKeys.join();
}

function mergeNamedLists(base: readonly Record<string, unknown>[], override: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const out = [...base];
  for (const item of override) {
    const at = out.findIndex((b) => b.name === item.name);
    if (at < 0) out.push(copy(item) as Record<string, unknown>);
    else out[at] = mergeOverrides(out[at] as Record<string, unknown>, item);
  }
  return out;
}

/** AIPerf's `_is_named_dict_list`: a non-empty list whose entries are all mappings with a string `name`. */
function isNamedList(v: unknown): v is Record<string, unknown>[] {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isMapping(e) && typeof e.name === "string");
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function copy(v: unknown): unknown {
  return typeof v === "object" && v !== null ? structuredClone(v) : v;
}
