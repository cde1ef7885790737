/**
 * Preparing products and channels: prices HT with the price lever, unit costs
 * with their VAT, supplier terms and lead times; channel fee rates with the
 * channel-fees lever. Pure.
 */
import { ZERO, type Decimal } from '../../model/decimal.js';
import type { Arith, Num } from '../arith.js';
import type { Material, Product, Supplier } from '../../model/schema.js';
import type { ChannelInput, ProductInput } from '../prepare.js';
import { costBasis, unitCostOf, type UnitCostContext } from '../unit-cost.js';
import type { PrepContext } from './context.js';

/** A made product waits for its slowest material, from each material's first listed supplier. */
function leadTimeOf(product: Product, supplier: Supplier | undefined, materials: ReadonlyMap<string, Material>, suppliers: ReadonlyMap<string, Supplier>): number | null {
  let leadTimeDays: number | null = supplier?.lead_time_days ?? null;
  if (product.strategy !== 'in_house') return leadTimeDays;
  for (const line of product.bill_of_materials ?? []) {
    const first = materials.get(line.material)?.suppliers?.[0];
    const lead = first === undefined ? undefined : suppliers.get(first)?.lead_time_days;
    if (lead !== undefined) leadTimeDays = Math.max(leadTimeDays ?? 0, lead);
  }
  return leadTimeDays;
}

/**
 * The price HT under the normal regime. Second-hand goods (`second_hand`, art. 297 A CGI, régime de la
 * marge): the VAT is on the margin, price TTC − purchase cost, when it is positive (the margin TTC
 * holds its VAT: margin × rate / (1 + rate)); otherwise the VAT is on the price.
 */
function priceHtOf<N extends Num<N>>(n: Arith<N>, product: Product, priceTtc: N, costFactor: N): N {
  const onePlusRate = n.one.plus(n.from(product.vat_rate));
  if (!product.second_hand || product.strategy !== 'resale') return priceTtc.div(onePlusRate);
  const margin = priceTtc.minus(n.from(product.purchase_cost ?? ZERO).times(costFactor));
  return margin.isPositive() ? priceTtc.minus(margin.times(n.from(product.vat_rate)).div(onePlusRate)) : priceTtc;
}

export function prepareProducts<N extends Num<N>>(ctx: PrepContext<N>, costContext: UnitCostContext<N>, daysPerMonth: number): ProductInput<N>[] {
  const { project, levers, regime, num: n } = ctx;
  const suppliers = new Map<string, Supplier>((project.suppliers?.list ?? []).map((s) => [s.id, s]));
  return project.products.map((product, index) => {
    const cost = unitCostOf(product, product, costContext);
    const priceTtc = n.from(product.price).times(levers.prices);
    const priceHt = regime === 'normal' ? priceHtOf(n, product, priceTtc, costContext.factor) : priceTtc;
    const supplier = product.strategy === 'in_house' || product.supplier === undefined ? undefined : suppliers.get(product.supplier);
    return {
      index,
      product,
      id: product.id,
      mix: n.from(product.mix),
      priceTtc,
      priceHt,
      cost,
      costPaid: cost.total.plus(cost.vat),
      setup: product.strategy === 'outsourced' && product.setup_cost ? costBasis(n, n.from(product.setup_cost), ctx.defaultVat, regime) : { charge: n.zero, vat: n.zero },
      labourMinutes: n.from(product.labour_minutes ?? ZERO),
      supplier,
      // In-house products are made, and paid, in the month: no minimum order, no payment terms.
      minimumOrder: supplier?.minimum_order_units ?? 0,
      paymentDelayMonths: Math.ceil((supplier?.payment_terms_days ?? 0) / daysPerMonth),
      leadTimeDays: leadTimeOf(product, supplier, costContext.materials, suppliers),
    };
  });
}

/** What one item ordered brings and costs on average (weighted by the mix): units of product i = items × mix(i). */
export interface PerItem<N extends Num<N> = Decimal> {
  priceTtc: N;
  priceHt: N;
  cost: N;
  labourMinutes: N;
}

export function perItemOf<N extends Num<N>>(n: Arith<N>, products: readonly ProductInput<N>[]): PerItem<N> {
  const weighted = (f: (p: ProductInput<N>) => N) => n.sum(products.map((p) => p.mix.times(f(p))));
  return {
    priceTtc: weighted((p) => p.priceTtc),
    priceHt: weighted((p) => p.priceHt),
    cost: weighted((p) => p.cost.total),
    labourMinutes: weighted((p) => p.labourMinutes),
  };
}

/** The channels, or one neutral `direct` channel when the project has none (then `missing` is called). */
export function prepareChannels<N extends Num<N>>(ctx: PrepContext<N>, missing: (section: string) => void): ChannelInput<N>[] {
  const { project, levers, num: n } = ctx;
  if (!project.channels || project.channels.length === 0) {
    missing('channels');
    return [{ id: 'direct', name: 'direct', share: n.one, feeRate: n.zero, feePerOrder: n.zero, monthlyFee: n.zero, payoutDelayDays: 0 }];
  }
  return project.channels.map((c) => ({
    id: c.id,
    name: c.name,
    share: n.from(c.share),
    feeRate: n
      .from(c.commission_rate ?? ZERO)
      .plus(n.from(c.payment_fee_rate ?? ZERO))
      .times(levers.channelFees),
    feePerOrder: n.from(c.payment_fee_fixed ?? ZERO).times(levers.channelFees),
    monthlyFee: n.from(c.monthly_fee ?? ZERO),
    payoutDelayDays: c.payout_delay_days ?? 0,
  }));
}
