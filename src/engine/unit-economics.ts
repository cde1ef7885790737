/**
 * Unit economics per product × channel × strategy (forecast-model.md, "Unit
 * economics"). Per-order amounts (shipping, fixed payment fee) are spread over
 * the items of an order, so that Σ units × contribution per unit equals the
 * forecast's contribution margin for the declared strategies.
 */
import { ONE, ZERO, type Decimal } from '../model/decimal.js';
import type { Prepared, ProductInput } from './prepare.js';
import type { UnitCostBreakdown, UnitEconomicsRow } from './types.js';
import { costBasis, unitCostOf } from './unit-cost.js';
import { repUnitFees } from './prepare/legal-costs.js';

const ratio = (a: Decimal, b: Decimal): Decimal | null => (b.isZero() ? null : a.div(b));

interface Variant {
  variant: 'main' | number;
  cost: UnitCostBreakdown;
  /** Price HT − unit cost, and the ratios built on it: the same on every channel. */
  gross: Decimal;
  markupRate: Decimal | null;
  marginRate: Decimal | null;
  coefficient: Decimal | null;
}

/** The declared strategy and its alternatives, with what does not depend on the channel. */
function variantsOf(p: Prepared, prod: ProductInput): Variant[] {
  const costs: Array<{ variant: 'main' | number; cost: UnitCostBreakdown }> = [{ variant: 'main', cost: prod.cost }];
  (prod.product.alternatives ?? []).forEach((alt, j) => costs.push({ variant: j, cost: unitCostOf(alt, prod.product, p.costContext) }));
  return costs.map(({ variant, cost }) => {
    const gross = prod.priceHt.minus(cost.total);
    return { variant, cost, gross, markupRate: ratio(gross, prod.priceHt), marginRate: ratio(gross, cost.total), coefficient: ratio(prod.priceTtc, cost.total) };
  });
}

/** `itemsSold`: the items ordered over the horizon (product i sells `itemsSold × mix(i)` units). */
export function unitEconomics(p: Prepared, itemsSold: Decimal): UnitEconomicsRow[] {
  const rows: UnitEconomicsRow[] = [];
  const perItem = p.itemsPerOrder.isZero() ? ZERO : ONE.div(p.itemsPerOrder);
  const r = p.returnsRate;
  const kept = ONE.minus(r);
  // Per-order amounts spread over the items of an order: the same for every product and channel.
  const shipping = p.carrierPerOrder.charge.minus(p.shippingChargedHt).times(perItem);
  const shippingTtcPerItem = p.shippingChargedTtc.times(perItem);
  const shippingHtPerItem = p.shippingChargedHt.times(perItem);
  const returnPerItem = p.returnPerOrder.charge.times(perItem);
  const feePerItem = p.channels.map((c) => c.feePerOrder.times(perItem));
  const repFees = repUnitFees(p.project);
  for (const prod of p.products) {
    // The REP eco-contributions of one unit (issue 20): a variable charge of the contribution margin.
    const rep = costBasis(p.num, repFees.get(prod.id) ?? ZERO, p.costContext.defaultVat, p.regime).charge;
    const variants = variantsOf(p, prod);
    const soldUnits = itemsSold.times(prod.mix);
    // What one item brings in, TTC: its price and its part of the shipping charged, net of refunds
    // (a refunded order gives back its delivery charge too, L221-24).
    const ttcPerItem = prod.priceTtc.plus(shippingTtcPerItem).times(kept);
    const returns = prod.priceHt.plus(shippingHtPerItem).plus(returnPerItem).times(r);
    p.channels.forEach((c, ci) => {
      const fees = ttcPerItem.times(c.feeRate).plus(feePerItem[ci]!);
      for (const v of variants) {
        rows.push({
          productId: prod.id,
          productName: prod.product.name,
          channelId: c.id,
          channelName: c.name,
          variant: v.variant,
          cost: v.cost,
          priceTtc: prod.priceTtc,
          priceHt: prod.priceHt,
          channelFeesPerUnit: fees,
          shippingPerUnit: shipping,
          contributionPerUnit: v.gross.minus(fees).minus(shipping).minus(returns).minus(rep),
          markupRate: v.markupRate,
          marginRate: v.marginRate,
          coefficient: v.coefficient,
          returnsPerUnit: returns,
          repFeePerUnit: rep,
          horizonUnits: v.variant === 'main' ? soldUnits.times(c.share) : ZERO,
        });
      }
    });
  }
  return rows;
}
