/**
 * Preparing what each order brings and costs: acquisition sources, conversion
 * and items per order with their levers, the average basket, the delivery
 * charged to the customer (HT and TTC), the carrier's cost and returns. Pure.
 */
import { ONE, ZERO, sum, type Decimal } from '../../model/decimal.js';
import type { ProductInput, Source } from '../prepare.js';
import { costBasis, type CostBasis } from '../unit-cost.js';
import { monthAt, type PrepContext } from './context.js';

export function prepareSources(ctx: PrepContext): Source[] {
  const { levers } = ctx;
  return (ctx.project.acquisition ?? []).map((s) => {
    const paid = s.monthly_budget !== undefined && s.cost_per_click !== undefined && !s.cost_per_click.isZero();
    return {
      from: monthAt(ctx, s.from),
      paidVisitors: paid ? s.monthly_budget!.times(levers.marketing).div(s.cost_per_click!) : null,
      visitors: s.visitors ?? ZERO,
      growth: s.monthly_growth ?? ZERO,
      growthUntil: monthAt(ctx, s.growth_until_month, ctx.horizon),
    };
  });
}

export interface OrderTerms {
  basketTtc: Decimal;
  shippingChargedTtc: Decimal;
  shippingChargedHt: Decimal;
  carrierPerOrder: CostBasis;
  returnsRate: Decimal;
  /** 1 − returns rate: the share of revenue kept after refunds. */
  keptRate: Decimal;
  returnPerOrder: CostBasis;
}

export function prepareOrderTerms(ctx: PrepContext, products: readonly ProductInput[], itemsPerOrder: Decimal): OrderTerms {
  const { project, regime, defaultVat } = ctx;
  const basketTtc = itemsPerOrder.times(sum(products.map((p) => p.mix.times(p.priceTtc))));
  const shipping = project.shipping;
  const free = shipping?.free_above !== undefined && basketTtc.gte(shipping.free_above);
  const shippingChargedTtc = free ? ZERO : (shipping?.charged_to_customer ?? ZERO);
  // Delivery charged is part of the taxable base of the goods (art. 267 I 2° CGI): its VAT follows them,
  // spread over their rates by their value excluding VAT in the average basket.
  const basketHt = sum(products.map((p) => p.mix.times(p.priceHt)));
  const shippingVat = basketHt.gt(0) ? sum(products.map((p) => p.mix.times(p.priceHt).times(p.product.vat_rate))).div(basketHt) : defaultVat;
  const shippingChargedHt = regime === 'normal' ? shippingChargedTtc.div(ONE.plus(shippingVat)) : shippingChargedTtc;
  const carriers = shipping?.carriers ?? [];
  const carrierHt = sum(carriers.map((c) => c.cost.times(c.share ?? ONE.div(carriers.length))));
  const returns = project.returns;
  return {
    basketTtc,
    shippingChargedTtc,
    shippingChargedHt,
    carrierPerOrder: costBasis(carrierHt, defaultVat, regime),
    returnsRate: returns?.rate ?? ZERO,
    keptRate: ONE.minus(returns?.rate ?? ZERO),
    returnPerOrder: returns?.return_shipping_paid_by === 'merchant' && returns.return_shipping_cost ? costBasis(returns.return_shipping_cost, defaultVat, regime) : { charge: ZERO, vat: ZERO },
  };
}
