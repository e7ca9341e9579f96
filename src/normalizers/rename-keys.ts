import { Editor, isMapping, set, type Mapping } from "./edit.js";

/**
 * Maps whose keys and contents are the user's own: nothing inside is renamed (variables, extra request fields,
 * inline records, user-file content, plot settings, sweep parameter paths and values, metric-keyed maps, headers).
 * Keyed by the canonical property name; test/normalizers checks this list against the schema's x-user-keys.
 */
export const FREE_FORM_PROPERTIES = new Set(["variables", "extra", "records", "content", "plot", "values", "params", "parameters", "headers", "slos", "filters", "customResourceAttributes", "tags"]);
/** Maps whose keys are the user's names but whose values are config blocks (renamed as usual). */
export const NAMED_MAP_PROPERTIES = new Set(["endpointProfiles", "templates"]);

/** Counts keys written in both spellings (the input schema reports them; the fast path must notice). */
export interface RenameReport {
  collisions: number;
}

/** `grace_period` → `gracePeriod`. Every declared key's snake spelling is exactly this transform of its camel name. */
export const camelCase = (key: string): string => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * Stage 5a: canonical key spelling. Input keys may be snake_case or camelCase; canonical is camelCase. Runs after
 * the input schema passed, so every key outside the user's maps is a declared property in one of its spellings.
 */
export function renameKeys(value: unknown, edit: Editor, parentKey?: string, report: RenameReport = { collisions: 0 }): unknown {
  if (parentKey !== undefined && FREE_FORM_PROPERTIES.has(parentKey)) return value;
  if (Array.isArray(value)) return edit.mapList(value, (item) => renameKeys(item, edit, undefined, report));
  if (!isMapping(value)) return value;
  // `sla` in its nested shorthand form is metric → stat → op: the user's metric names.
  if (parentKey === "sla") return value;
  const named = parentKey !== undefined && NAMED_MAP_PROPERTIES.has(parentKey);
  let changed = false;
  const out: Mapping = {};
  const renames = new Map<string, string>();
  for (const [key, item] of Object.entries(value)) {
    const canonical = named ? key : camelCase(key);
    if (canonical !== key) {
      changed = true;
      renames.set(key, canonical);
    }
    if (Object.hasOwn(out, canonical)) report.collisions++;
    const next = renameKeys(item, edit, named ? undefined : canonical, report);
    if (next !== item) changed = true;
    set(out, canonical, next);
  }
  if (!changed) return value;
  edit.map.copy(out, value, (k) => renames.get(String(k)) ?? k);
  return out;
}

export type { Mapping };

/**
 * `null` means "unset" (AIPerf's Optional fields): the key is dropped. Runs after `extends:` is resolved, where a
 * `null` has the other meaning of removing an inherited key. User-keyed content keeps its nulls.
 */
export function dropNulls(value: unknown, edit: Editor, parentKey?: string): unknown {
  if (parentKey !== undefined && FREE_FORM_PROPERTIES.has(parentKey)) return value;
  if (Array.isArray(value)) return edit.mapList(value, (item) => dropNulls(item, edit));
  if (!isMapping(value) || parentKey === "sla") return value;
  const named = parentKey !== undefined && NAMED_MAP_PROPERTIES.has(parentKey);
  let changed = false;
  const out: Mapping = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null) {
      changed = true;
      continue;
    }
    const next = dropNulls(item, edit, named ? undefined : key);
    if (next !== item) changed = true;
    set(out, key, next);
  }
  if (!changed) return value;
  edit.map.copy(out, value);
  return out;
}
