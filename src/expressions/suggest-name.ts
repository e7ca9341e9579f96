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

/** The closest candidate by the rule above, or undefined. */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(2, Math.floor(name.length / 3));
  const folded = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name || candidate.startsWith("_")) continue;
    // The distance is at least the length difference: skip the quadratic work for hopeless candidates.
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = levenshtein(folded, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `did you mean 'x'?`, or undefined. */
export function didYouMeanHint(name: string, candidates: Iterable<string>): string | undefined {
  const found = suggestName(name, candidates);
  return found === undefined ? undefined : `did you mean '${found}'?`;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
