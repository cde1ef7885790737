/**
 * Unit economics per product × channel × strategy (forecast-model.md, "Unit
 * economics"). Per-order amounts (shipping, fixed payment fee) are spread over
 * the items of an order, so that Σ units × contribution per unit equals the
 * forecast's contribution margin for the declared strategies.
 */
import { ONE, ZERO, type Decimal } from '../model/decimal.js';
import type { Prepared } from './prepare.js';
import type { UnitCostBreakdown, UnitEconomicsRow } from './types.js';
import { unitCostOf } from './unit-cost.js';

const ratio = (a: Decimal, b: Decimal): Decimal | null => (b.isZero() ? null : a.div(b));

/** `itemsSold`: the items ordered over the horizon (product i sells `itemsSold × mix(i)` units). */
export function unitEconomics(p: Prepared, itemsSold: Decimal): UnitEconomicsRow[] {
  const rows: UnitEconomicsRow[] = [];
  const perItem = p.itemsPerOrder.isZero() ? ZERO : ONE.div(p.itemsPerOrder);
  const r = p.returnsRate;
  for (const prod of p.products) {
    const variants: Array<{ variant: 'main' | number; cost: UnitCostBreakdown }> = [{ variant: 'main', cost: prod.cost }];
    (prod.product.alternatives ?? []).forEach((alt, j) => variants.push({ variant: j, cost: unitCostOf(alt, prod.product, p.costContext) }));
    const soldUnits = itemsSold.times(prod.mix);
    for (const c of p.channels) {
      // What one item brings in on this channel, TTC: its price and its part of the shipping charged, net of refunds
      // (a refunded order gives back its delivery charge too, L221-24).
      const ttcPerItem = prod.priceTtc.plus(p.shippingChargedTtc.times(perItem)).times(ONE.minus(r));
      const fees = ttcPerItem.times(c.feeRate).plus(c.feePerOrder.times(perItem));
      const shipping = p.carrierPerOrder.charge.minus(p.shippingChargedHt).times(perItem);
      const returns = prod.priceHt.plus(p.shippingChargedHt.times(perItem)).plus(p.returnPerOrder.charge.times(perItem)).times(r);
      for (const { variant, cost } of variants) {
        const gross = prod.priceHt.minus(cost.total);
        rows.push({
          productId: prod.id,
          productName: prod.product.name,
          channelId: c.id,
          channelName: c.name,
          variant,
          cost,
          priceTtc: prod.priceTtc,
          priceHt: prod.priceHt,
          channelFeesPerUnit: fees,
          shippingPerUnit: shipping,
          contributionPerUnit: gross.minus(fees).minus(shipping).minus(returns),
          markupRate: ratio(gross, prod.priceHt),
          marginRate: ratio(gross, cost.total),
          coefficient: ratio(prod.priceTtc, cost.total),
          returnsPerUnit: returns,
          horizonUnits: variant === 'main' ? soldUnits.times(c.share) : ZERO,
        });
      }
    }
  }
  return rows;
}
