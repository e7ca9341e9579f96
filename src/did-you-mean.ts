/**
 * "Did you mean" suggestions, scored like Python's `difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)`,
 * which AIPerf uses for its own root-key hint: so we suggest what AIPerf would, and the same rule serves every level,
 * enum values and references. The score is difflib's `SequenceMatcher.ratio()` (Ratcliff/Obershelp: twice the
 * matched characters over the total length); a candidate needs at least 0.6. Keys are compared ignoring case and
 * `_`, so `grace_perod` finds `gracePeriod`. Written here rather than taken from a package because the npm ports
 * of difflib are unmaintained and the part we need is forty lines.
 */
export const SUGGESTION_CUTOFF = 0.6;

/** difflib's SequenceMatcher(None, a, b).ratio() without the junk heuristics (inputs here are short). */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  return (2 * matchingCharacters(a, b)) / (a.length + b.length);
}

function matchingCharacters(a: string, b: string): number {
  let bestLength = 0;
  let bestA = 0;
  let bestB = 0;
  // Longest common substring, leftmost in a then b (as difflib's find_longest_match).
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const length = (previous[j - 1] ?? 0) + 1;
        current[j] = length;
        if (length > bestLength) {
          bestLength = length;
          bestA = i - length;
          bestB = j - length;
        }
      }
    }
    previous = current;
  }
  if (bestLength === 0) return 0;
  return bestLength + matchingCharacters(a.slice(0, bestA), b.slice(0, bestB)) + matchingCharacters(a.slice(bestA + bestLength), b.slice(bestB + bestLength));
}

const fold = (s: string): string => s.replace(/_/g, "").toLowerCase();

/** The closest candidate at or above the cutoff, or undefined. Ties go to the earlier candidate. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = SUGGESTION_CUTOFF;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const score = Math.max(similarity(word, candidate), similarity(fold(word), fold(candidate)));
    if (score > bestScore || (score === bestScore && best === undefined)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** ` (did you mean 'x'?)`, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const found = suggest(word, candidates);
  return found === undefined ? "" : ` (did you mean '${found}'?)`;
}

/**
 * Levenshtein distance (insertions, deletions and substitutions cost 1). References to other entries (a phase's
 * `dataset:`) and names inside expressions use it with their own limits; see `closestByEdits`.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The candidate with the fewest edits (ignoring case) within `limit`; ties go to the earlier candidate. */
export function closestByEdits(name: string, candidates: Iterable<string>, limit: number, skip: (candidate: string) => boolean = () => false): string | undefined {
  const folded = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (skip(candidate) || Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(folded, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
