/**
 * "Did you mean" for undefined names and keys.
 *
 * Rule: compare ignoring case; a candidate qualifies when its Levenshtein distance to the written name is at most 2
 * and at most a third of the name's length, so `isll` suggests `isl` and `warmpu` suggests `warmup` (distance 2),
 * but `nope` does not suggest `name` and a name shorter than three letters suggests only a case variant (`X` for
 * `x`), never an unrelated `y`. The closest candidate wins;
 * ties go to the one listed first (the scope's own key order). Names starting with `_` are never suggested, since
 * they cannot be looked up.
 */

import { closestByEdits } from "../did-you-mean.js";

/** The closest candidate by the rule above, or undefined. */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  return closestByEdits(name, candidates, Math.min(2, Math.floor(name.length / 3)), (c) => c === name || c.startsWith("_"));
}

/** `did you mean 'x'?`, or undefined. */
export function didYouMeanHint(name: string, candidates: Iterable<string>): string | undefined {
  const found = suggestName(name, candidates);
  return found === undefined ? undefined : `did you mean '${found}'?`;
}
