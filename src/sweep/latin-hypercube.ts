/**
 * A Latin hypercube as scipy's `qmc.LatinHypercube(d, seed=seed).random(n)` draws it (strength 1, scrambled, no
 * optimization): n×d uniforms, then one shuffled permutation of 1..n per dimension, point i coordinate j =
 * (perm_j[i] − u[i][j]) / n. The draws come from numpy's `default_rng(seed)` in scipy's order.
 */
import type { NumpyRandom } from "./numpy-random.js";

/** All n points (the shuffles are sequential, so no point can be drawn alone). */
export function drawLatinHypercube(d: number, n: number, rng: NumpyRandom): number[][] {
  const jitter = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.double()));
  const perms = Array.from({ length: d }, () => {
    const perm = Array.from({ length: n }, (_, i) => i + 1);
    rng.shuffle(perm);
    return perm;
  });
  return jitter.map((row, i) => row.map((u, j) => ((perms[j]?.[i] ?? 0) - u) / n));
}
