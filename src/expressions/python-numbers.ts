/**
 * Python's number parsing and rounding, where JavaScript's differ: `int("1_000")` is 1000, `float(" 1e3 ")` is
 * 1000.0, `round(2.5)` is 2 and `round(2.675, 2)` is 2.67 (half to even, on the exact binary value). AIPerf coerces
 * rendered text with `int()` then `float()`, and the `int`, `float` and `round` filters call these too.
 */
import { failType } from "./expression-error.js";

// Python strips whitespace before parsing numbers; JavaScript's trim() removes the same characters for our purposes.
const SIGNED = /^([+-]?)(.*)$/s;
const DECIMAL_INT = /^(?:0(?:_?0)*|[1-9](?:_?[0-9])*)$/;
const PREFIXES: Record<string, number> = { x: 16, o: 8, b: 2 };

/**
 * Python's `int(text, base)`: the integer, or undefined where Python raises ValueError (including a base outside
 * 2..36 other than 0). Base 0 reads the prefix (`0x`, `0o`, `0b`) as Python source does.
 */
export function parsePythonInt(text: string, base = 10): bigint | undefined {
  if (!(base === 0 || (base >= 2 && base <= 36))) return undefined;
  const [, sign = "", body = ""] = SIGNED.exec(text.trim()) ?? [];
  let digits = body;
  let radix = base;
  const prefix = /^0([xob])/i.exec(body)?.[1]?.toLowerCase();
  if (prefix !== undefined && (base === 0 || base === PREFIXES[prefix])) {
    radix = PREFIXES[prefix] ?? 10;
    digits = body.slice(2);
    if (!/^(?:_?[0-9a-z])+$/i.test(digits)) return undefined; // after a prefix, `_` may come first (0x_ff)
  } else {
    if (base === 0) radix = 10;
    if (base === 0 && !DECIMAL_INT.test(body)) return undefined; // base 0 refuses leading zeros, as Python source
    if (!/^[0-9a-z](?:_?[0-9a-z])*$/i.test(digits)) return undefined;
  }
  let value = 0n;
  for (const ch of digits) {
    if (ch === "_") continue;
    const digit = parseInt(ch, 36);
    if (digit >= radix) return undefined;
    value = value * BigInt(radix) + BigInt(digit);
  }
  return sign === "-" ? -value : value;
}

const FLOAT_TEXT = /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:e[+-]?[0-9](?:_?[0-9])*)?$/i;
const FLOAT_WORDS = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's `float(text)`: the number, or undefined where Python raises ValueError. */
export function parsePythonFloat(text: string): number | undefined {
  const trimmed = text.trim();
  const word = FLOAT_WORDS.exec(trimmed);
  if (word) {
    if (word[2]?.toLowerCase() === "nan") return NaN;
    return word[1] === "-" ? -Infinity : Infinity;
  }
  if (!FLOAT_TEXT.test(trimmed)) return undefined;
  return Number(trimmed.replace(/_/g, ""));
}

/** A safe JavaScript integer from a bigint, or a type error naming the value (ints beyond 2^53 are out of scope). */
export function bigintToInt(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    failType(`integer ${value} is beyond 2^53`, "integers that large are not supported");
  }
  return Number(value);
}

// Python's limits in float.__round__: more digits than a double can hold leave x unchanged; fewer than this give 0.
const MAX_ROUND_DIGITS = 323;
const MIN_ROUND_DIGITS = -308;

/**
 * Python's `round(x, ndigits)` for a float: half to even on the exact binary value of x (so 2.675 → 2.67, because the
 * double nearest 2.675 is slightly below it), then the nearest double to that decimal. Done with bigints because
 * `toFixed` rounds ties away from zero.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > MAX_ROUND_DIGITS) return x;
  if (ndigits < MIN_ROUND_DIGITS) return x < 0 ? -0 : 0;
  const { mantissa, exponent } = decompose(Math.abs(x));
  let numerator = mantissa;
  let denominator = 1n;
  if (exponent >= 0) numerator <<= BigInt(exponent);
  else denominator <<= BigInt(-exponent);
  if (ndigits >= 0) numerator *= 10n ** BigInt(ndigits);
  else denominator *= 10n ** BigInt(-ndigits);
  const quotient = roundHalfEven(numerator, denominator);
  const magnitude = ndigits >= 0 ? Number(`${quotient}e-${ndigits}`) : Number(quotient * 10n ** BigInt(-ndigits));
  if (!Number.isFinite(magnitude)) failType("rounded value too large to represent");
  return x < 0 ? -magnitude : magnitude;
}

/** Python's `round(n, ndigits)` for an int: unchanged for ndigits ≥ 0, else half to even at 10^-ndigits. */
export function roundInt(n: number, ndigits: number): number {
  if (ndigits >= 0 || n === 0) return n;
  if (ndigits < -20) return 0; // 10^20 exceeds every safe integer
  const unit = 10n ** BigInt(-ndigits);
  const magnitude = roundHalfEven(BigInt(Math.abs(n)), unit) * unit;
  return bigintToInt(n < 0 ? -magnitude : magnitude) || 0;
}

function roundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/**
 * C's `pow` as Python calls it for floats. JavaScript's `**` is not correctly rounded (about one result in ten
 * differs from Python in the last digit), so integer exponents, by far the common case, are computed exactly on
 * bigints and rounded once; `x ** 0.5` is the (correctly rounded) square root. Other exponents, and results in the
 * subnormal range, use JavaScript's `**` and may differ from Python in the last digit.
 */
export function powerFloat(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= MAX_EXACT_EXPONENT && Number.isFinite(x) && x !== 0) {
    const { mantissa, exponent } = decompose(Math.abs(x));
    const n = Math.abs(y);
    const power = mantissa ** BigInt(n);
    const magnitude = y >= 0 ? nearestDouble(power, 1n, exponent * n) : nearestDouble(1n, power, -exponent * n);
    if (magnitude !== undefined) return x < 0 && n % 2 === 1 ? -magnitude : magnitude;
  }
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  return x ** y;
}

// Beyond this, |x| ** y over- or underflows for every x not within 2^-10 of 1; those few fall back to `**`.
const MAX_EXACT_EXPONENT = 1100;

const bitLength = (value: bigint): number => value.toString(2).length;

/** The double nearest to p / q × 2^exp2 (p, q > 0), half to even; undefined in the subnormal range. */
function nearestDouble(p: bigint, q: bigint, exp2: number): number | undefined {
  const shift = Math.max(0, 55 + bitLength(q) - bitLength(p)); // the quotient gets at least 54 bits
  const scaled = p << BigInt(shift);
  let quotient = scaled / q;
  const inexact = scaled % q !== 0n;
  const extra = bitLength(quotient) - 53;
  const dropped = quotient & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  quotient >>= BigInt(extra);
  if (dropped > half || (dropped === half && (inexact || (quotient & 1n) === 1n))) quotient += 1n;
  const exponent = exp2 - shift + extra;
  if (exponent + 53 < -1021) return undefined;
  if (exponent > 971) return Infinity;
  return Number(quotient) * 2 ** exponent;
}

/** A positive finite double as mantissa × 2^exponent, exactly. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 }; // subnormal
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
