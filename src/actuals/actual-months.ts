/**
 * Kept orders → the actual figures of each month: orders, units per product,
 * revenue TTC and HT net of refunds, shipping charged, discounts, refunds, channel
 * fees (the channel's rates applied to the order), and the contribution margin
 * with the project's unit, carrier and return costs (docs/actuals.md).
 */
import { Decimal, ONE, sum, ZERO } from '../model/decimal.js';
import type { ProjectRates } from './engine-adapter.js';
import type { Matching } from './match.js';
import type { Order, SourceKind } from './types.js';
import { monthOf } from './values.js';

export interface ActualMonth {
  month: string;
  orders: Decimal;
  units: Record<string, Decimal>;
  unmatchedUnits: Decimal;
  revenueTtc: Decimal;
  revenueHt: Decimal;
  shipping: Decimal;
  discounts: Decimal;
  refunds: Decimal;
  channelFees: Decimal;
  cogs: Decimal;
  shippingCosts: Decimal;
  returnsCost: Decimal;
  /** Null when no unit of the exports matched a product: the goods' cost is unknown (« non rapproché »). */
  contributionMargin: Decimal | null;
}

/** The channel of an export: Etsy → the marketplace channel (one named Etsy first); others → the own site. */
function channelFor(rates: ProjectRates, source: SourceKind): ProjectRates['channels'][number] | undefined {
  const { channels } = rates;
  if (source === 'etsy_orders' || source === 'etsy_items') {
    return channels.find((c) => /etsy/i.test(`${c.id} ${c.name}`)) ?? channels.find((c) => c.kind === 'marketplace') ?? channels[0];
  }
  return channels.find((c) => c.kind === 'own_site') ?? channels[0];
}

/** Revenue TTC net of refunds; HT from the order's taxes (null when the export has no taxes column). */
function orderRevenue(o: Order): { ttc: Decimal; ht: Decimal | null } {
  const gross =
    o.total ??
    sum(o.lines.map((l) => (l.unitPrice ?? ZERO).times(l.quantity)))
      .minus(o.discounts)
      .plus(o.shipping);
  const ttc = Decimal.max(ZERO, gross.minus(o.refunds));
  // The taxes of a partly refunded order are refunded in proportion.
  const htShare = o.taxes !== null && gross.gt(0) ? ONE.minus(o.taxes.div(gross)) : null;
  return { ttc, ht: htShare === null ? null : ttc.times(htShare) };
}

const emptyMonth = (month: string, productIds: string[]): ActualMonth => ({
  month,
  orders: ZERO,
  units: Object.fromEntries(productIds.map((id) => [id, ZERO])),
  unmatchedUnits: ZERO,
  revenueTtc: ZERO,
  revenueHt: ZERO,
  shipping: ZERO,
  discounts: ZERO,
  refunds: ZERO,
  channelFees: ZERO,
  cogs: ZERO,
  shippingCosts: ZERO,
  returnsCost: ZERO,
  contributionMargin: ZERO,
});

/**
 * `htRatio(month)` gives revenue HT / TTC of the forecast's month: used for an order
 * whose export has no taxes column (the project's VAT mix, or 1 under the franchise).
 * When no unit matched a product (the wrong shop's export, or one without items), the
 * margins are not computed: the goods would count as free.
 */
export function actualMonths(matching: Matching, rates: ProjectRates, productIds: string[], htRatio: (month: string) => Decimal): Map<string, ActualMonth> {
  const months = new Map<string, ActualMonth>();
  for (const [order, lines] of matching.lines) {
    const month = monthOf(order.date);
    const a = months.get(month) ?? emptyMonth(month, productIds);
    months.set(month, a);
    const { ttc, ht } = orderRevenue(order);
    const channel = channelFor(rates, order.source);
    a.orders = a.orders.plus(1);
    a.revenueTtc = a.revenueTtc.plus(ttc);
    a.revenueHt = a.revenueHt.plus(ht ?? ttc.times(htRatio(month)));
    a.shipping = a.shipping.plus(order.shipping);
    a.discounts = a.discounts.plus(order.discounts);
    a.refunds = a.refunds.plus(order.refunds);
    if (channel) a.channelFees = a.channelFees.plus(ttc.times(channel.feeRate)).plus(channel.feePerOrder);
    if (order.refunds.gt(0)) a.returnsCost = a.returnsCost.plus(rates.returnPerOrder);
    a.shippingCosts = a.shippingCosts.plus(rates.carrierPerOrder);
    for (const l of lines) {
      if (l.productId === null) a.unmatchedUnits = a.unmatchedUnits.plus(l.quantity);
      else {
        a.units[l.productId] = (a.units[l.productId] ?? ZERO).plus(l.quantity);
        a.cogs = a.cogs.plus(l.quantity.times(rates.unitCost[l.productId] ?? ZERO));
      }
    }
  }
  const known = matching.units.matched.gt(0);
  for (const a of months.values()) a.contributionMargin = known ? a.revenueHt.minus(a.cogs).minus(a.channelFees).minus(a.shippingCosts).minus(a.returnsCost) : null;
  return months;
}
