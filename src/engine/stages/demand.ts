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
  /** Items ordered (orders × items per order): product i sells `items × mix(i)` units. */
  items: Decimal[];
  /** Units by product index, then by month. */
  units: Decimal[][];
}

/** Powers of a source's monthly growth factor, memoised by factor: `base.pow(k)` gives the same digits every time, and scenarios and sensitivity ask for the same ones. */
const POWERS = new Map<string, Decimal[]>();
const POWERS_LIMIT = 256;

function powerOf(base: Decimal, k: number): Decimal {
  if (k === 0) return ONE;
  const key = base.toString();
  let table = POWERS.get(key);
  if (!table) {
    if (POWERS.size >= POWERS_LIMIT) POWERS.clear();
    table = [];
    POWERS.set(key, table);
  }
  return (table[k] ??= base.pow(k));
}

/** `x × f`, skipping the product when `f` is 1 (the same digits). */
const scaled = (x: Decimal, f: Decimal): Decimal => (f.eq(ONE) ? x : x.times(f));

function visitorsAt(p: Prepared, bases: readonly Decimal[], m: number): Decimal {
  let v = ZERO;
  p.sources.forEach((s, i) => {
    if (m < s.from) return;
    if (s.paidVisitors) v = v.plus(s.paidVisitors);
    else v = v.plus(s.visitors.times(powerOf(bases[i]!, Math.max(0, Math.min(m, s.growthUntil) - s.from))));
  });
  const season = p.seasonality ? p.seasonality[calendarMonthOf(m, p.start) - 1]! : ONE;
  return scaled(scaled(v, season), p.traffic);
}

export function demandSeries(p: Prepared): DemandSeries {
  const visitors: Decimal[] = [ZERO];
  const newOrders: Decimal[] = [ZERO];
  const repeatOrders: Decimal[] = [ZERO];
  const orders: Decimal[] = [ZERO];
  const itemsOrdered: Decimal[] = [ZERO];
  const units: Decimal[][] = p.products.map(() => [ZERO]);
  let customers = ZERO; // customers(m − 1)
  // A decline below −100 % a month would alternate signs: the audience stops at zero.
  const bases = p.sources.map((s) => Decimal.max(ZERO, ONE.plus(s.growth)));
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
