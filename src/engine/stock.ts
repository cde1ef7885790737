/**
 * Stock simulation of one product, in units (forecast-model.md, "Stock and cash"):
 * each month buy what this month's sales and next month's target need, rounded up
 * to whole units, then raised to the supplier's minimum order.
 */
import { Decimal } from '../model/decimal.js';
import type { Arith, Num } from './arith.js';

export interface StockSeries<N = Decimal> {
  /** Index 1..H (index 0 unused). */
  purchases: N[];
  stock: N[];
  forcedByMinimum: boolean[];
}

/**
 * Quantities are expected values with up to 40 digits; a need of 12.000…0001
 * born of a division must not become 13 units, so needs are rounded to 1e-20 before `ceil`.
 */
const NEED_PLACES = 20;

/**
 * `units[m]` for m = 1..H+1 (the month after the horizon gives the last target).
 * `cover` = (cover_days + safety_stock_days) / 30, the target in months of next month's sales.
 */
export function simulateStock<N extends Num<N>>(n: Arith<N>, units: readonly N[], horizon: number, cover: N, minimumOrder: number): StockSeries<N> {
  const purchases: N[] = [n.zero];
  const stock: N[] = [n.zero];
  const forcedByMinimum: boolean[] = [false];
  const moq = n.of(minimumOrder);
  for (let m = 1; m <= horizon; m++) {
    const sold = units[m] ?? n.zero;
    const target = n.timesOf(units[m + 1] ?? n.zero, cover);
    const before = stock[m - 1]!;
    const raw = n.addTo(sold, target).minus(before);
    // A need ≤ 0 stays ≤ 0 once rounded: no rounding for the months that buy nothing.
    const need = raw.isNeg() || raw.isZero() ? raw : raw.toDecimalPlaces(NEED_PLACES, Decimal.ROUND_HALF_UP);
    let bought = n.zero;
    let forced = false;
    if (need.isPositive() && !need.isZero()) {
      bought = need.ceil();
      if (bought.lt(moq)) {
        bought = moq;
        forced = true;
      }
    }
    purchases.push(bought);
    stock.push(n.addTo(before, bought).minus(sold));
    forcedByMinimum.push(forced);
  }
  return { purchases, stock, forcedByMinimum };
}
