/**
 * "Did you mean" for sweep paths: AIPerf's own rule (difflib's `get_close_matches`, cutoff 0.6), shared with
 * unknown keys and enum values in src/did-you-mean.ts.
 */
import { suggest } from "../did-you-mean.js";

/** The candidate closest to `name` with similarity ≥ 0.6, or undefined. Ties keep the earlier candidate. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  return suggest(name, candidates);
}
