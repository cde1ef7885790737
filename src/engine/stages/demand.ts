/**
 * Stage 1 — demand (forecast-model.md, "Demand"): visitors of each acquisition source,
 * seasonality, conversion, repeat orders of past customers, units per product.
 * Computed for months 1..H+1: the month after the horizon gives the last stock target.
 */
import type { Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import { calendarMonthOf, type Prepared } from '../prepare.js';

export interface DemandSeries<N = Decimal> {
  /** Index 1..H+1 (index 0 unused). */
  visitors: N[];
  newOrders: N[];
  repeatOrders: N[];
  orders: N[];
  /** Items ordered (orders × items per order): product i sells `items × mix(i)` units. */
  items: N[];
  /** Units by product index, then by month. */
  units: N[][];
}

function visitorsAt<N extends Num<N>>(p: Prepared<N>, bases: readonly N[], m: number): N {
  const n = p.num;
  let v = n.zero;
  p.sources.forEach((s, i) => {
    if (m < s.from) return;
    if (s.paidVisitors) v = v.plus(s.paidVisitors);
    else v = v.plus(s.visitors.times(n.power(bases[i]!, Math.max(0, Math.min(m, s.growthUntil) - s.from))));
  });
  // `x × f`, skipping the product when `f` is 1 (the same digits).
  const scaled = (x: N, f: N): N => (f.eq(n.one) ? x : x.times(f));
  const season = p.seasonality ? p.seasonality[calendarMonthOf(m, p.start) - 1]! : n.one;
  return scaled(scaled(v, season), p.traffic);
}

export function demandSeries<N extends Num<N>>(p: Prepared<N>): DemandSeries<N> {
  const n = p.num;
  const visitors: N[] = [n.zero];
  const newOrders: N[] = [n.zero];
  const repeatOrders: N[] = [n.zero];
  const orders: N[] = [n.zero];
  const itemsOrdered: N[] = [n.zero];
  const units: N[][] = p.products.map(() => [n.zero]);
  let customers = n.zero; // customers(m − 1)
  // A decline below −100 % a month would alternate signs: the audience stops at zero.
  const bases = p.sources.map((s) => n.max(n.zero, n.one.plus(s.growth)));
  for (let m = 1; m <= p.horizon + 1; m++) {
    const v = visitorsAt(p, bases, m);
    const fresh = v.times(p.conversion);
    const repeat = customers.times(p.repeatMonthly);
    const total = fresh.plus(repeat);
    visitors.push(v);
    newOrders.push(fresh);
    repeatOrders.push(repeat);
    orders.push(total);
    const items = total.times(p.itemsPerOrder);
    itemsOrdered.push(items);
    p.products.forEach((prod, i) => units[i]!.push(items.times(prod.mix)));
    customers = customers.plus(fresh);
  }
  return { visitors, newOrders, repeatOrders, orders, items: itemsOrdered, units };
}
