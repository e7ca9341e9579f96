/**
 * "Did you mean" for names that refer to other entries of the config (a phase's `dataset`, `model`, `endpoint`).
 *
 * A candidate is close enough when its edit distance to the written name is at most max(2, ⌊length / 3⌋), where
 * length is the written name's: two typos are always forgiven, longer names forgive proportionally more (a model id
 * such as `meta-llama/Llama-3.1-8B-Instruct` with a wrong version digit and a dropped dash still matches). Case
 * differences are free, so `Long` suggests `long`. The closest candidate wins; ties go to the earlier one, so the
 * suggestion follows the config's own order.
 */

/** Levenshtein distance (insertions, deletions and substitutions all cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
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

/** The candidate closest to `name` within the threshold above, or undefined when none is close enough. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const folded = name.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `did you mean 'x'?` when a candidate is close, else undefined (ready for a finding's `hint`). */
export function didYouMeanHint(name: string, candidates: Iterable<string>): string | undefined {
  const match = didYouMean(name, candidates);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}
