/**
 * float64 numbers for the risk analysis' draws (arith.ts): the same stages as the forecast,
 * ≈ 50× cheaper than 40-digit decimals, about 15 significant digits. Never used for a figure
 * ecomplan prints outside `risk`; the risk analysis recomputes sampled draws exactly (its audit).
 */
import { Decimal } from '../model/decimal.js';
import type { Arith, Num } from './arith.js';

const plain = (x: Float | number): number => (typeof x === 'number' ? x : x.v);

/** The float64 guard of `toDecimalPlaces`: beyond 9 decimals, a double's digits are noise. */
const MAX_PLACES = 9;

export class Float implements Num<Float> {
  constructor(readonly v: number) {}
  plus(x: Float): Float {
    return new Float(this.v + x.v);
  }
  minus(x: Float): Float {
    return new Float(this.v - x.v);
  }
  times(x: Float): Float {
    return new Float(this.v * x.v);
  }
  div(x: Float): Float {
    return new Float(this.v / x.v);
  }
  pow(k: number): Float {
    return new Float(this.v ** k);
  }
  negated(): Float {
    return new Float(-this.v);
  }
  abs(): Float {
    return new Float(Math.abs(this.v));
  }
  ceil(): Float {
    return new Float(Math.ceil(this.v));
  }
  floor(): Float {
    return new Float(Math.floor(this.v));
  }
  toDecimalPlaces(places: number): Float {
    const scale = 10 ** Math.min(places, MAX_PLACES);
    // Half-up as decimal.js rounds it: away from zero.
    return new Float((Math.sign(this.v) * Math.round(Math.abs(this.v) * scale)) / scale);
  }
  isZero(): boolean {
    return this.v === 0;
  }
  isNeg(): boolean {
    return this.v < 0 || Object.is(this.v, -0);
  }
  isPositive(): boolean {
    return !this.isNeg();
  }
  isInteger(): boolean {
    return Number.isInteger(this.v);
  }
  gt(x: Float | number): boolean {
    return this.v > plain(x);
  }
  gte(x: Float | number): boolean {
    return this.v >= plain(x);
  }
  lt(x: Float | number): boolean {
    return this.v < plain(x);
  }
  lte(x: Float | number): boolean {
    return this.v <= plain(x);
  }
  eq(x: Float | number): boolean {
    return this.v === plain(x);
  }
  toNumber(): number {
    return this.v;
  }
  toString(): string {
    return String(this.v);
  }
}

const ZERO = new Float(0);
const ONE = new Float(1);
/** The project's and the rules' Decimals are the same objects from draw to draw: each is converted once. */
const CONVERTED = new WeakMap<Decimal, Float>();

export const FLOAT: Arith<Float> = {
  name: 'float64',
  zero: ZERO,
  one: ONE,
  of: (x) => new Float(x),
  from(d) {
    let f = CONVERTED.get(d);
    if (f === undefined) CONVERTED.set(d, (f = new Float(d.toNumber())));
    return f;
  },
  toDecimal: (x) => new Decimal(x.v),
  max: (a, b) => (a.v >= b.v ? a : b),
  min: (a, b) => (a.v <= b.v ? a : b),
  sum(values) {
    let total = 0;
    for (const x of values) total += x.v;
    return new Float(total);
  },
  addTo: (total, v) => new Float(total.v + v.v),
  subtractFrom: (total, v) => new Float(total.v - v.v),
  timesOf: (x, f) => new Float(x.v * f.v),
  power: (base, k) => new Float(base.v ** k),
};
