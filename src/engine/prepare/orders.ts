/**
 * Preparing what each order brings and costs: acquisition sources, conversion
 * and items per order with their levers, the average basket, the delivery
 * charged to the customer (HT and TTC), the carrier's cost and returns. Pure.
 */
import { ZERO, type Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import type { ProductInput, Source } from '../prepare.js';
import { costBasis, type CostBasis } from '../unit-cost.js';
import { monthAt, type PrepContext } from './context.js';

export function prepareSources<N extends Num<N>>(ctx: PrepContext<N>): Source<N>[] {
  const { levers, num: n } = ctx;
  return (ctx.project.acquisition ?? []).map((s) => {
    const paid = s.monthly_budget !== undefined && s.cost_per_click !== undefined && !s.cost_per_click.isZero();
    return {
      from: monthAt(ctx, s.from),
      paidVisitors: paid ? n.from(s.monthly_budget!).times(levers.marketing).div(n.from(s.cost_per_click!)) : null,
      visitors: n.from(s.visitors ?? ZERO),
      growth: n.from(s.monthly_growth ?? ZERO),
      growthUntil: monthAt(ctx, s.growth_until_month, ctx.horizon),
    };
  });
}

export interface OrderTerms<N extends Num<N> = Decimal> {
  /** Average order value TTC (products only), with the price lever. */
  basketTtc: N;
  shippingChargedTtc: N;
  shippingChargedHt: N;
  carrierPerOrder: CostBasis<N>;
  returnsRate: N;
  /** 1 − returns rate: the share of revenue kept after refunds. */
  keptRate: N;
  /** Return shipping per returned order paid by the merchant, else zero. */
  returnPerOrder: CostBasis<N>;
}

export function prepareOrderTerms<N extends Num<N>>(ctx: PrepContext<N>, products: readonly ProductInput<N>[], itemsPerOrder: N): OrderTerms<N> {
  const { project, regime, defaultVat, num: n } = ctx;
  const basketTtc = itemsPerOrder.times(n.sum(products.map((p) => p.mix.times(p.priceTtc))));
  const shipping = project.shipping;
  const free = shipping?.free_above !== undefined && basketTtc.gte(n.from(shipping.free_above));
  const shippingChargedTtc = free ? n.zero : n.from(shipping?.charged_to_customer ?? ZERO);
  // Delivery charged is part of the taxable base of the goods (art. 267 I 2° CGI): its VAT follows them,
  // spread over their rates by their value excluding VAT in the average basket.
  const basketHt = n.sum(products.map((p) => p.mix.times(p.priceHt)));
  const shippingVat = basketHt.gt(0) ? n.sum(products.map((p) => p.mix.times(p.priceHt).times(n.from(p.product.vat_rate)))).div(basketHt) : defaultVat;
  const shippingChargedHt = regime === 'normal' ? shippingChargedTtc.div(n.one.plus(shippingVat)) : shippingChargedTtc;
  const carriers = shipping?.carriers ?? [];
  const carrierHt = n.sum(carriers.map((c) => n.from(c.cost).times(c.share ? n.from(c.share) : n.one.div(n.of(carriers.length)))));
  const returns = project.returns;
  // The return-rate lever cannot refund more than every order.
  const moved = n.timesOf(n.from(returns?.rate ?? ZERO), ctx.levers.returnRate);
  const returnsRate = moved.gt(n.one) ? n.one : moved;
  return {
    basketTtc,
    shippingChargedTtc,
    shippingChargedHt,
    carrierPerOrder: costBasis(n, carrierHt, defaultVat, regime),
    returnsRate,
    keptRate: n.one.minus(returnsRate),
    returnPerOrder:
      returns?.return_shipping_paid_by === 'merchant' && returns.return_shipping_cost ? costBasis(n, n.from(returns.return_shipping_cost), defaultVat, regime) : { charge: n.zero, vat: n.zero },
  };
}
