/**
 * The Sobol' sequence as scipy's `qmc.Sobol(d, scramble, seed)` draws it (30 bits): Joe–Kuo direction numbers;
 * with `scramble`, Owen-type scrambling by a random linear matrix and a random digital shift (LMS + shift), drawn
 * from numpy's `default_rng(seed)` in scipy's order. Point i is the shift XOR the direction numbers of the bits set
 * in the Gray code of i, which is what scipy's incremental `_draw` produces, so any point is computed directly.
 */
import type { NumpyRandom } from "./numpy-random.js";
import { SOBOL_DIRECTION_TABLE, SOBOL_MAX_DIMENSIONS } from "./sobol-direction-numbers.js";

const BITS = 30;
const SCALE = 2 ** -BITS;

/** A Sobol' sequence in `d` dimensions: `point(i)` is scipy's i-th sample (0-based), each coordinate in [0, 1). */
export interface SobolSequence {
  point(index: number): number[];
}

/** Builds the sequence; `rng` is consumed only when scrambling. Throws a RangeError beyond the table. */
export function createSobolSequence(d: number, scramble: boolean, rng: NumpyRandom | undefined): SobolSequence {
  if (d < 1 || d > SOBOL_MAX_DIMENSIONS) throw new RangeError(`Sobol' sequences are available for 1 to ${SOBOL_MAX_DIMENSIONS} dimensions`);
  let directions = directionNumbers(d);
  let shift = new Array<number>(d).fill(0);
  if (scramble && rng) {
    // scipy draws the shift bits first (d × bits, least significant first), then the d matrices (bits × bits).
    shift = Array.from({ length: d }, () => {
      let s = 0;
      for (let j = 0; j < BITS; j++) s += rng.bit() * 2 ** j;
      return s;
    });
    // Every entry is drawn, then the part above the diagonal is dropped (`np.tril`).
    const matrices = Array.from({ length: d }, () => Array.from({ length: BITS }, (_, p) => Array.from({ length: BITS }, (_, k) => {
      const bit = rng.bit();
      return k <= p ? bit : 0;
    })));
    directions = directions.map((row, dim) => row.map((v) => scrambleNumber(v, matrices[dim] as number[][])));
  }
  return {
    point(index) {
      const gray = index ^ Math.floor(index / 2);
      return shift.map((s, dim) => {
        let x = s;
        const row = directions[dim] as number[];
        for (let j = 0, g = gray; g > 0; j++, g = Math.floor(g / 2)) if (g % 2 === 1) x = (x ^ (row[j] ?? 0)) >>> 0;
        return x * SCALE;
      });
    },
  };
}

// Output bit (BITS-1-p) is the parity of matrix row p (unit diagonal) against v's bits, MSB first (scipy's
// `_cscramble`, matched against scipy's scrambled direction numbers).
function scrambleNumber(v: number, matrix: readonly (readonly number[])[]): number {
  let out = 0;
  for (let p = 0; p < BITS; p++) {
    let parity = 0;
    for (let k = 0; k < BITS; k++) {
      const entry = k === p ? 1 : (matrix[p]?.[k] ?? 0);
      if (entry && (v >>> (BITS - 1 - k)) & 1) parity ^= 1;
    }
    out += parity * 2 ** (BITS - 1 - p);
  }
  return out;
}

// scipy's `_initialize_v`: the recurrence of Bratley and Fox over each dimension's primitive polynomial, then
// column j scaled by 2^(BITS-1-j).
function directionNumbers(d: number): number[][] {
  const table = SOBOL_DIRECTION_TABLE.split(";").slice(0, d);
  return table.map((entry, dim) => {
    const v = new Array<number>(BITS).fill(1);
    if (dim > 0) {
      const [polyText = "1", initial = ""] = entry.split(":");
      const poly = Number(polyText);
      const degree = 31 - Math.clz32(poly);
      initial.split(",").forEach((m, j) => { v[j] = Number(m); });
      for (let j = degree; j < BITS; j++) {
        let next = v[j - degree] ?? 0;
        for (let k = 0; k < degree; k++) if ((poly >> (degree - 1 - k)) & 1) next ^= (v[j - k - 1] ?? 0) << (k + 1);
        v[j] = next;
      }
    }
    return v.map((x, j) => x * 2 ** (BITS - 1 - j));
  });
}
