/**
 * Scrambled Sobol points (quasi-random sampling: fewer draws for the same precision as plain random
 * draws). Direction numbers of Joe and Kuo (new-joe-kuo-6.21201, the table scipy.stats.qmc.Sobol also
 * uses), Gray-code order, 32 bits. Each independent scramble is a random linear matrix scramble and a
 * digital shift (Matoušek; the scrambling scipy applies), drawn from the seeded generator: a scrambled
 * point set keeps the net's balance (every interval of 1/2^m holds one point of the first 2^m) and its
 * points are uniform, so replicates give an honest standard error. A point is computed from its index
 * alone: draws can be split between threads in any way and give the same values.
 */

/** Joe–Kuo primitive polynomials (degree s, coefficients a) and initial numbers m of dimensions 2, 3, …. */
const JOE_KUO: ReadonlyArray<{ s: number; a: number; m: readonly number[] }> = [
  { s: 1, a: 0, m: [1] },
  { s: 2, a: 1, m: [1, 3] },
  { s: 3, a: 1, m: [1, 3, 1] },
  { s: 3, a: 2, m: [1, 1, 1] },
  { s: 4, a: 1, m: [1, 1, 3, 3] },
  { s: 4, a: 4, m: [1, 3, 5, 13] },
  { s: 5, a: 2, m: [1, 1, 5, 5, 17] },
  { s: 5, a: 4, m: [1, 1, 5, 5, 5] },
  { s: 5, a: 7, m: [1, 1, 7, 11, 19] },
];

const BITS = 32;
const MAX_DIMENSIONS = JOE_KUO.length + 1;
/** The largest index a point set serves (2^32 points). */
const MAX_INDEX = 2 ** BITS - 1;

/** Direction numbers v_1..v_32 of dimension `d` (0-based), as unsigned 32-bit integers (v_1 = the ½ digit). */
function directionNumbers(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const row = JOE_KUO[d - 1];
  if (!row) throw new RangeError(`Sobol: at most ${MAX_DIMENSIONS} dimensions`);
  const { s, a, m } = row;
  for (let k = 0; k < BITS; k++) {
    if (k < s) {
      v[k] = (m[k]! * 2 ** (BITS - 1 - k)) >>> 0;
      continue;
    }
    let x = (v[k - s]! ^ (v[k - s]! >>> s)) >>> 0;
    for (let i = 1; i < s; i++) if ((a >>> (s - 1 - i)) & 1) x = (x ^ v[k - i]!) >>> 0;
    v[k] = x;
  }
  return v;
}

/** Parity of the set bits of a 32-bit integer. */
function parity(x: number): number {
  let y = x ^ (x >>> 16);
  y ^= y >>> 8;
  y ^= y >>> 4;
  y ^= y >>> 2;
  y ^= y >>> 1;
  return y & 1;
}

/** A source of uniform 32-bit integers (the seeded generator). */
export type NextUint32 = () => number;

/**
 * One dimension scrambled: a lower-triangular binary matrix with a unit diagonal (row i decides digit i
 * from digits 1..i) applied to each direction number, then a digital shift (xor).
 */
export interface ScrambledDimension {
  directions: Uint32Array;
  shift: number;
}

export function scrambleDimension(d: number, next: NextUint32): ScrambledDimension {
  const v = directionNumbers(d);
  // Row i (digit i, bit 31 − i): its own bit, and random bits among the more significant ones.
  const rows = new Uint32Array(BITS);
  for (let i = 0; i < BITS; i++) {
    const above = i === 0 ? 0 : (next() >>> (BITS - i)) << (BITS - i);
    rows[i] = (above | (2 ** (BITS - 1 - i))) >>> 0;
  }
  const directions = new Uint32Array(BITS);
  for (let k = 0; k < BITS; k++) {
    let y = 0;
    for (let i = 0; i < BITS; i++) if (parity(rows[i]! & v[k]!)) y += 2 ** (BITS - 1 - i);
    directions[k] = y >>> 0;
  }
  return { directions, shift: next() >>> 0 };
}

/** The unscrambled dimension (tests compare it with scipy's `Sobol(scramble=False)`). */
export function plainDimension(d: number): ScrambledDimension {
  return { directions: directionNumbers(d), shift: 0 };
}

/** The 32-bit digits of point `index` (Gray-code order: the order scipy draws them in). */
export function sobolDigits(dim: ScrambledDimension, index: number): number {
  if (!Number.isInteger(index) || index < 0 || index > MAX_INDEX) throw new RangeError('Sobol: index out of range');
  let gray = (index ^ Math.floor(index / 2)) >>> 0;
  let x = dim.shift;
  for (let k = 0; gray !== 0; k++, gray >>>= 1) if (gray & 1) x = (x ^ dim.directions[k]!) >>> 0;
  return x;
}

/** Point `index` in (0, 1): the centre of its 2^-32 cell, never 0 or 1 (inverse CDFs stay finite). */
export function sobolPoint(dim: ScrambledDimension, index: number): number {
  return (sobolDigits(dim, index) + 0.5) / 2 ** BITS;
}
