/**
 * Stage 1 — demand (forecast-model.md, "Demand"): visitors of each acquisition source,
 * seasonality, conversion, repeat orders of past customers, units per product.
 * Computed for months 1..H+1: the month after the horizon gives the last stock target.
 */
import { Decimal, ONE, ZERO } from '../../model/decimal.js';
import { calendarMonthOf, type Prepared } from '../prepare.js';

export interface DemandSeries {
  /** Index 1..H+1 (index 0 unused). */
  visitors: Decimal[];
  newOrders: Decimal[];
  repeatOrders: Decimal[];
  orders: Decimal[];
  /** Units by product index, then by month. */
  units: Decimal[][];
}

function visitorsAt(p: Prepared, m: number): Decimal {
  let v = ZERO;
  for (const s of p.sources) {
    if (m < s.from) continue;
    if (s.paidVisitors) v = v.plus(s.paidVisitors);
    // A decline below −100 % a month would alternate signs: the audience stops at zero.
    else v = v.plus(s.visitors.times(Decimal.max(ZERO, ONE.plus(s.growth)).pow(Math.max(0, Math.min(m, s.growthUntil) - s.from))));
  }
  const season = p.seasonality ? p.seasonality[calendarMonthOf(m, p.start) - 1]! : ONE;
  return v.times(season).times(p.traffic);
}

export function demandSeries(p: Prepared): DemandSeries {
  const visitors: Decimal[] = [ZERO];
  const newOrders: Decimal[] = [ZERO];
  const repeatOrders: Decimal[] = [ZERO];
  const orders: Decimal[] = [ZERO];
  const units: Decimal[][] = p.products.map(() => [ZERO]);
  let customers = ZERO; // customers(m − 1)
  for (let m = 1; m <= p.horizon + 1; m++) {
    const v = visitorsAt(p, m);
    const fresh = v.times(p.conversion);
    const repeat = customers.times(p.repeatMonthly);
    const total = fresh.plus(repeat);
    visitors.push(v);
    newOrders.push(fresh);
    repeatOrders.push(repeat);
    orders.push(total);
    p.products.forEach((prod, i) => units[i]!.push(total.times(p.itemsPerOrder).times(prod.mix)));
    customers = customers.plus(fresh);
  }
  return { visitors, newOrders, repeatOrders, orders, units };
}
