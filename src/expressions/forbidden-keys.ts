/**
 * Names and keys that are never looked up. Lookups already read only the data's own properties, so nothing on a
 * prototype is reachable; refusing these by name as well turns the classic escape attempts (`''.__class__`,
 * `x.__proto__`, `x.constructor`) into a clear E_EXPRESSION_FORBIDDEN instead of a puzzling "undefined", and keeps
 * Python's dunder names (`__class__`, `__globals__`) out of reach should the data ever hold them.
 */

const FORBIDDEN_KEYS = new Set(["constructor", "prototype"]);

/** Why a name or string key may not be looked up, or undefined when it may. */
export function forbiddenKeyMessage(key: string): string | undefined {
  if (key.startsWith("_")) return `'${key}' is not accessible: names and keys starting with '_' are refused`;
  if (FORBIDDEN_KEYS.has(key)) return `'${key}' is not accessible: only the data's own keys can be looked up`;
  return undefined;
}
