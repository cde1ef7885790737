/**
 * The arithmetic the forecast's stages are written against (style.md, principle 14: one model,
 * several number types). A stage computes with the methods of its numbers (`a.plus(b)`, the
 * decimal.js names) and takes constants and helpers from `p.num`, the arithmetic the forecast
 * was prepared with:
 * - `DECIMAL`: exact decimals (40 significant digits), for every figure ecomplan prints;
 * - `FLOAT` (float.ts): binary float64, for the thousands of draws of the risk analysis only.
 * The Decimal path performs the very operations it performed before this interface existed
 * (the same digits, the sign of zero included).
 */
import { Decimal, ONE, ZERO, addTo, subtractFrom, sum, timesOf } from '../model/decimal.js';

/** What a number of the forecast can do: the part of decimal.js's API the stages call. */
export interface Num<N> {
  plus(x: N): N;
  minus(x: N): N;
  times(x: N): N;
  div(x: N): N;
  pow(k: number): N;
  negated(): N;
  abs(): N;
  ceil(): N;
  floor(): N;
  /** Rounded half-up to `places` decimals (float64: at most 9, the guard of whole units). */
  toDecimalPlaces(places: number, rounding: number): N;
  isZero(): boolean;
  isNeg(): boolean;
  isPositive(): boolean;
  isInteger(): boolean;
  gt(x: N | number): boolean;
  gte(x: N | number): boolean;
  lt(x: N | number): boolean;
  lte(x: N | number): boolean;
  eq(x: N | number): boolean;
  toNumber(): number;
  toString(): string;
}

/** The constants and helpers of one number type. */
export interface Arith<N extends Num<N>> {
  /** Named in the risk analysis' JSON (`method`). */
  readonly name: 'decimal' | 'float64';
  readonly zero: N;
  readonly one: N;
  /** A small whole number of the model (60 minutes, a minimum order). */
  of(x: number): N;
  /** A value written in the project file or the rules table. */
  from(d: Decimal): N;
  /** Back to a Decimal, for a stage computed exactly whatever the type (the owner's contributions). */
  toDecimal(x: N): Decimal;
  max(a: N, b: N): N;
  min(a: N, b: N): N;
  /** Σ values. */
  sum(values: Iterable<N>): N;
  /** total + v. */
  addTo(total: N, v: N): N;
  /** total − v. */
  subtractFrom(total: N, v: N): N;
  /** x × f. */
  timesOf(x: N, f: N): N;
  /** base^k for a whole k ≥ 0. */
  power(base: N, k: number): N;
}

/** Powers of a growth factor, memoised by factor: `base.pow(k)` gives the same digits every time, and scenarios and sensitivity ask for the same ones. */
const POWERS = new Map<string, Decimal[]>();
const POWERS_LIMIT = 256;
const SMALL = new Map<number, Decimal>();

/** Exact decimals; the helpers skip the operations that cannot change a value (model/decimal.ts). */
export const DECIMAL: Arith<Decimal> = {
  name: 'decimal',
  zero: ZERO,
  one: ONE,
  of(x) {
    let d = SMALL.get(x);
    if (d === undefined) {
      if (SMALL.size >= POWERS_LIMIT) SMALL.clear();
      SMALL.set(x, (d = new Decimal(x)));
    }
    return d;
  },
  from: (d) => d,
  toDecimal: (x) => x,
  max: (a, b) => Decimal.max(a, b),
  min: (a, b) => Decimal.min(a, b),
  sum,
  addTo,
  subtractFrom,
  timesOf,
  power(base, k) {
    if (k === 0) return ONE;
    const key = base.toString();
    let table = POWERS.get(key);
    if (!table) {
      if (POWERS.size >= POWERS_LIMIT) POWERS.clear();
      table = [];
      POWERS.set(key, table);
    }
    return (table[k] ??= base.pow(k));
  },
};
