/**
 * Stage 5 — VAT (forecast-model.md, "VAT"): the VAT deductible each month and,
 * under the normal regime, the monthly position: VAT due is paid the next
 * month, a credit is carried forward. Under the franchise everything is zero. Pure.
 */
import { ZERO, addTo, timesOf, type Decimal } from '../../model/decimal.js';
import type { Prepared } from '../prepare.js';
import type { PreparedAt } from '../vat-switch.js';
import type { MonthRevenue } from './revenue.js';
import type { MonthStock } from './stock.js';

/** VAT on this month's purchases, shipping, return shipping, fixed and setup costs and investments. */
export function deductibleOfMonth(p: Prepared, m: number, rev: MonthRevenue, stock: MonthStock): Decimal {
  let vat = addTo(stock.purchaseVat, timesOf(rev.orders, p.carrierPerOrder.vat));
  vat = addTo(vat, timesOf(rev.returned, p.returnPerOrder.vat));
  return addTo(addTo(addTo(vat, p.fixed[m]!.vat), p.setup[m]!.vat), p.investments[m]!.vat);
}

export interface VatSchedule {
  /** Index 1..H: VAT paid in month m (the position of month m − 1). */
  paid: Decimal[];
  /** Index 0..H: VAT due to pay next month, at the end of month m. */
  dueAt: Decimal[];
  /** Index 0..H: VAT credit carried forward at the end of month m. */
  creditAt: Decimal[];
}

/** `collected[m − 1]` and `deductible[m]` for m = 1..H; month m is under the regime of `at(m)` (the franchise may be lost). */
export function vatSchedule(at: PreparedAt, horizon: number, collected: readonly Decimal[], deductible: readonly Decimal[]): VatSchedule {
  let due = ZERO;
  let credit = ZERO;
  const paid: Decimal[] = [ZERO];
  const dueAt: Decimal[] = [ZERO];
  const creditAt: Decimal[] = [ZERO];
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
