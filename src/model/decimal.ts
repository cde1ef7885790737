/**
 * The one Decimal constructor of ecomplan: every amount and rate is one of these,
 * from parsing to the view model. 40 significant digits, half-up rounding.
 */
import { Decimal as DecimalJs } from 'decimal.js';

export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export function isDecimal(v: unknown): v is Decimal {
  return DecimalJs.isDecimal(v);
}

/** Sum of decimals (exact). Zero terms are skipped: adding 0 would only allocate the same value. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) if (!v.isZero()) total = total.plus(v);
  return total;
}

/** `total + v`, without an operation when `v` is 0 (the same digits: the engine's hot loops add many zeros). */
export function addTo(total: Decimal, v: Decimal): Decimal {
  return v.isZero() ? total : total.plus(v);
}

/** `total − v`, without an operation when `v` is 0. */
export function subtractFrom(total: Decimal, v: Decimal): Decimal {
  return v.isZero() ? total : total.minus(v);
}

/** `x × f`, without an operation when `f` is 1 or the product is +0 (the same digits and sign). */
export function timesOf(x: Decimal, f: Decimal): Decimal {
  if ((x.isZero() || f.isZero()) && x.isNeg() === f.isNeg()) return ZERO;
  return f.eq(ONE) ? x : x.times(f);
}

/** Round half-up to the cent: only at output. */
export function toCents(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The JSON output contract: a string with two decimals, "-0.00" normalised to "0.00". */
export function money2(d: Decimal): string {
  const s = d.toFixed(2, Decimal.ROUND_HALF_UP);
  return s === '-0.00' ? '0.00' : s;
}
