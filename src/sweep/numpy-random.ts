/**
 * numpy's `default_rng(seed)`, bit for bit, for the draws scipy's QMC engines make: a `SeedSequence` hashes the
 * seed into the state of a PCG64 (XSL-RR 128/64) generator, and `integers(0, 2)`, `uniform()` and `shuffle()` are
 * numpy's own reductions of its output. Parity matters because AIPerf labels and runs exactly the points scipy
 * draws for a given `seed`; `test/sweep/sampling.test.ts` holds values produced by numpy 2.4 / scipy 1.17.
 */

const MASK32 = 0xffffffff;
const MASK64 = (1n << 64n) - 1n;
const MASK128 = (1n << 128n) - 1n;
const PCG_MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;

/** A numpy `Generator(PCG64(SeedSequence(seed)))`. */
export class NumpyRandom {
  private state = 0n;
  private readonly inc: bigint;
  private buffered: number | undefined;

  constructor(seed: number) {
    const words = generateState(seedPool(seed), 8);
    const u64 = (i: number): bigint => BigInt(words[2 * i] ?? 0) | (BigInt(words[2 * i + 1] ?? 0) << 32n);
    const initState = (u64(0) << 64n) | u64(1);
    const initSeq = (u64(2) << 64n) | u64(3);
    this.inc = ((initSeq << 1n) | 1n) & MASK128;
    this.step();
    this.state = (this.state + initState) & MASK128;
    this.step();
  }

  /** The next raw 64-bit output (`bit_generator.random_raw()`). */
  next64(): bigint {
    this.step();
    const rot = this.state >> 122n;
    const x = ((this.state >> 64n) ^ this.state) & MASK64;
    return ((x >> rot) | (x << ((64n - rot) & 63n))) & MASK64;
  }

  /** numpy's `next_uint32`: the low half of a 64-bit output, then its high half. */
  next32(): number {
    if (this.buffered !== undefined) {
      const high = this.buffered;
      this.buffered = undefined;
      return high;
    }
    const next = this.next64();
    this.buffered = Number(next >> 32n);
    return Number(next & BigInt(MASK32));
  }

  /** `integers(0, 2, dtype=uint32)`: Lemire's bounded draw, which for two outcomes is the top bit of a 32-bit draw. */
  bit(): number {
    return this.next32() >>> 31;
  }

  /** `uniform()` / `random()`: 53 random bits as a double in [0, 1). */
  double(): number {
    return Number(this.next64() >> 11n) / 9007199254740992;
  }

  /** numpy's `random_interval(max)`: a uniform integer in [0, max] by masked rejection. */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    for (const shift of [1, 2, 4, 8, 16]) mask |= mask >>> shift;
    mask >>>= 0;
    if (max <= MASK32) {
      for (;;) {
        const v = (this.next32() & mask) >>> 0;
        if (v <= max) return v;
      }
    }
    throw new RangeError("interval bounds above 2^32 are not needed here");
  }

  /** `shuffle(list)` in place: Fisher–Yates from the end, as numpy's `_shuffle_raw`. */
  shuffle<T>(list: T[]): void {
    for (let i = list.length - 1; i > 0; i--) {
      const j = this.interval(i);
      const tmp = list[i] as T;
      list[i] = list[j] as T;
      list[j] = tmp;
    }
  }

  private step(): void {
    this.state = (this.state * PCG_MULTIPLIER + this.inc) & MASK128;
  }
}

// numpy's SeedSequence (`bit_generator.pyx`): the seed as 32-bit words, mixed into a pool of four words.
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;

function seedPool(seed: number): number[] {
  const entropy: number[] = [];
  let rest = BigInt(seed);
  do {
    entropy.push(Number(rest & 0xffffffffn));
    rest >>= 32n;
  } while (rest > 0n);
  let hashConst = INIT_A;
  const hashmix = (value: number): number => {
    let v = (value ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_A) >>> 0;
    v = Math.imul(v, hashConst) >>> 0;
    return (v ^ (v >>> 16)) >>> 0;
  };
  const mix = (x: number, y: number): number => {
    const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
    return (r ^ (r >>> 16)) >>> 0;
  };
  const pool = [0, 1, 2, 3].map((i) => hashmix(entropy[i] ?? 0));
  for (let src = 0; src < 4; src++) {
    for (let dst = 0; dst < 4; dst++) if (src !== dst) pool[dst] = mix(pool[dst] ?? 0, hashmix(pool[src] ?? 0));
  }
  for (let src = 4; src < entropy.length; src++) {
    for (let dst = 0; dst < 4; dst++) pool[dst] = mix(pool[dst] ?? 0, hashmix(entropy[src] ?? 0));
  }
  return pool;
}

function generateState(pool: readonly number[], words: number): number[] {
  let hashConst = INIT_B;
  return Array.from({ length: words }, (_, i) => {
    let v = ((pool[i % pool.length] ?? 0) ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_B) >>> 0;
    v = Math.imul(v, hashConst) >>> 0;
    return (v ^ (v >>> 16)) >>> 0;
  });
}
