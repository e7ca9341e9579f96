/**
 * "Did you mean" for names that refer to other entries of the config (a phase's `dataset`, `model`, `endpoint`).
 *
 * A candidate is close enough when its edit distance to the written name is at most max(2, ⌊length / 3⌋), where
 * length is the written name's: two typos are always forgiven, longer names forgive proportionally more (a model id
 * such as `meta-llama/Llama-3.1-8B-Instruct` with a wrong version digit and a dropped dash still matches). Case
 * differences are free, so `Long` suggests `long`. The closest candidate wins; ties go to the earlier one, so the
 * suggestion follows the config's own order.
 */

export { editDistance } from "../did-you-mean.js";

/** The candidate closest to `name` within the threshold above, or undefined when none is close enough. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  return closestByEdits(name, candidates, Math.max(2, Math.floor(name.length / 3)));
}

import { closestByEdits } from "../did-you-mean.js";

/** `did you mean 'x'?` when a candidate is close, else undefined (ready for a finding's `hint`). */
export function didYouMeanHint(name: string, candidates: Iterable<string>): string | undefined {
  const match = didYouMean(name, candidates);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}
