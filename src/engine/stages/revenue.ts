/**
 * Stage 2 — revenue and refunds (forecast-model.md, "Revenue"): units sold by
 * product, revenue TTC and HT net of refunds (a refunded order gives back its
 * delivery charge too, L221-24), and its split by sales channel. Pure.
 */
import type { Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import type { DemandSeries } from './demand.js';
import type { Prepared } from '../prepare.js';

export interface MonthRevenue<N = Decimal> {
  orders: N;
  /** Units sold by product id, built when asked (a summary never reads them: 3 000 products, 36 months, 108 000 keys a run). */
  unitsOf: () => Record<string, N>;
  revenueTtc: N;
  revenueHt: N;
  /** Orders refunded (orders × returns rate). */
  returned: N;
  channelRevenueTtc: Record<string, N>;
  channelOrders: Record<string, N>;
}

export function revenueOfMonth<N extends Num<N>>(p: Prepared<N>, d: DemandSeries<N>, m: number): MonthRevenue<N> {
  const { addTo, timesOf } = p.num;
  const orders = d.orders[m]!;
  const unitsOf = () => {
    const units: Record<string, N> = {};
    p.products.forEach((prod, i) => {
      units[prod.id] = d.units[i]![m]!;
    });
    return units;
  };
  // Σ units × price = items × Σ mix × price: one product a month, whatever the size of the catalogue.
  const productTtc = timesOf(d.items[m]!, p.perItem.priceTtc);
  const productHt = timesOf(d.items[m]!, p.perItem.priceHt);
  const revenueTtc = timesOf(addTo(productTtc, timesOf(orders, p.shippingChargedTtc)), p.keptRate);
  const revenueHt = timesOf(addTo(productHt, timesOf(orders, p.shippingChargedHt)), p.keptRate);
  const channelRevenueTtc: Record<string, N> = {};
  const channelOrders: Record<string, N> = {};
  for (const c of p.channels) {
    channelRevenueTtc[c.id] = timesOf(revenueTtc, c.share);
    channelOrders[c.id] = timesOf(orders, c.share);
  }
  return { orders, unitsOf, revenueTtc, revenueHt, returned: timesOf(orders, p.returnsRate), channelRevenueTtc, channelOrders };
}
