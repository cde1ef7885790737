/**
 * Stage 2 — revenue and refunds (forecast-model.md, "Revenue"): units sold by
 * product, revenue TTC and HT net of refunds (a refunded order gives back its
 * delivery charge too, L221-24), and its split by sales channel. Pure.
 */
import { ZERO, addTo, timesOf, type Decimal } from '../../model/decimal.js';
import type { DemandSeries } from './demand.js';
import type { Prepared } from '../prepare.js';

export interface MonthRevenue {
  orders: Decimal;
  /** Units sold by product id. */
  units: Record<string, Decimal>;
  revenueTtc: Decimal;
  revenueHt: Decimal;
  /** Orders refunded (orders × returns rate). */
  returned: Decimal;
  channelRevenueTtc: Record<string, Decimal>;
  channelOrders: Record<string, Decimal>;
}

export function revenueOfMonth(p: Prepared, d: DemandSeries, m: number): MonthRevenue {
  const orders = d.orders[m]!;
  const units: Record<string, Decimal> = {};
  let productTtc = ZERO;
  let productHt = ZERO;
  p.products.forEach((prod, i) => {
    const u = d.units[i]![m]!;
    units[prod.id] = u;
    if (u.isZero()) return;
    productTtc = productTtc.plus(u.times(prod.priceTtc));
    productHt = productHt.plus(u.times(prod.priceHt));
  });
  const revenueTtc = timesOf(addTo(productTtc, timesOf(orders, p.shippingChargedTtc)), p.keptRate);
  const revenueHt = timesOf(addTo(productHt, timesOf(orders, p.shippingChargedHt)), p.keptRate);
  const channelRevenueTtc: Record<string, Decimal> = {};
  const channelOrders: Record<string, Decimal> = {};
  for (const c of p.channels) {
    channelRevenueTtc[c.id] = timesOf(revenueTtc, c.share);
    channelOrders[c.id] = timesOf(orders, c.share);
  }
  return { orders, units, revenueTtc, revenueHt, returned: timesOf(orders, p.returnsRate), channelRevenueTtc, channelOrders };
}
