/**
 * Stage 5 — VAT (forecast-model.md, "VAT"): the VAT deductible each month and,
 * under the normal regime, the monthly position: VAT due is paid the next
 * month, a credit is carried forward. Under the franchise everything is zero. Pure.
 */
import type { Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import type { Prepared } from '../prepare.js';
import type { PreparedAt } from '../vat-switch.js';
import type { MonthRevenue } from './revenue.js';
import type { MonthStock } from './stock.js';

/** VAT on this month's purchases, shipping, return shipping, fixed and setup costs and investments. */
export function deductibleOfMonth<N extends Num<N>>(p: Prepared<N>, m: number, rev: MonthRevenue<N>, stock: MonthStock<N>): N {
  const { addTo, timesOf } = p.num;
  let vat = addTo(stock.purchaseVat, timesOf(rev.orders, p.carrierPerOrder.vat));
  vat = addTo(vat, timesOf(rev.returned, p.returnPerOrder.vat));
  return addTo(addTo(addTo(vat, p.fixed[m]!.vat), p.setup[m]!.vat), p.investments[m]!.vat);
}

export interface VatSchedule<N = Decimal> {
  /** Index 1..H: VAT paid in month m (the position of month m − 1). */
  paid: N[];
  /** Index 0..H: VAT due to pay next month, at the end of month m. */
  dueAt: N[];
  /** Index 0..H: VAT credit carried forward at the end of month m. */
  creditAt: N[];
}

/** `collected[m − 1]` and `deductible[m]` for m = 1..H; month m is under the regime of `at(m)` (the franchise may be lost). */
export function vatSchedule<N extends Num<N>>(at: PreparedAt<N>, horizon: number, collected: readonly N[], deductible: readonly N[]): VatSchedule<N> {
  const ZERO = at(1).num.zero;
  let due = ZERO;
  let credit = ZERO;
  const paid: N[] = [ZERO];
  const dueAt: N[] = [ZERO];
  const creditAt: N[] = [ZERO];
  for (let m = 1; m <= horizon; m++) {
    paid.push(due);
    if (at(m).regime === 'normal') {
      const position = collected[m - 1]!.minus(deductible[m]!).minus(credit);
      if (position.isPositive() && !position.isZero()) {
        due = position;
        credit = ZERO;
      } else {
        due = ZERO;
        credit = position.negated();
      }
    }
    dueAt.push(due);
    creditAt.push(credit);
  }
  return { paid, dueAt, creditAt };
}
