/**
 * Preparing products and channels: prices HT with the price lever, unit costs
 * with their VAT, supplier terms and lead times; channel fee rates with the
 * channel-fees lever. Pure.
 */
import { ONE, ZERO, sum, type Decimal } from '../../model/decimal.js';
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
function priceHtOf(product: Product, priceTtc: Decimal, costFactor: Decimal): Decimal {
  if (!product.second_hand || product.strategy !== 'resale') return priceTtc.div(ONE.plus(product.vat_rate));
  const margin = priceTtc.minus((product.purchase_cost ?? ZERO).times(costFactor));
  return margin.isPositive() ? priceTtc.minus(margin.times(product.vat_rate).div(ONE.plus(product.vat_rate))) : priceTtc;
}

export function prepareProducts(ctx: PrepContext, costContext: UnitCostContext, daysPerMonth: number): ProductInput[] {
  const { project, levers, regime } = ctx;
  const suppliers = new Map<string, Supplier>((project.suppliers?.list ?? []).map((s) => [s.id, s]));
  return project.products.map((product, index) => {
    const cost = unitCostOf(product, product, costContext);
    const priceTtc = product.price.times(levers.prices);
    const priceHt = regime === 'normal' ? priceHtOf(product, priceTtc, costContext.factor) : priceTtc;
    const supplier = product.strategy === 'in_house' || product.supplier === undefined ? undefined : suppliers.get(product.supplier);
    return {
      index,
      product,
      id: product.id,
      mix: product.mix,
      priceTtc,
      priceHt,
      cost,
      costPaid: cost.total.plus(cost.vat),
      setup: product.strategy === 'outsourced' && product.setup_cost ? costBasis(product.setup_cost, ctx.defaultVat, regime) : { charge: ZERO, vat: ZERO },
      labourMinutes: product.labour_minutes ?? ZERO,
      supplier,
      // In-house products are made, and paid, in the month: no minimum order, no payment terms.
      minimumOrder: supplier?.minimum_order_units ?? 0,
      paymentDelayMonths: Math.ceil((supplier?.payment_terms_days ?? 0) / daysPerMonth),
      leadTimeDays: leadTimeOf(product, supplier, costContext.materials, suppliers),
    };
  });
}

/** What one item ordered brings and costs on average (weighted by the mix): units of product i = items × mix(i). */
export interface PerItem {
  priceTtc: Decimal;
  priceHt: Decimal;
  cost: Decimal;
  labourMinutes: Decimal;
}

export function perItemOf(products: readonly ProductInput[]): PerItem {
  const weighted = (f: (p: ProductInput) => Decimal) => sum(products.map((p) => p.mix.times(f(p))));
  return {
    priceTtc: weighted((p) => p.priceTtc),
    priceHt: weighted((p) => p.priceHt),
    cost: weighted((p) => p.cost.total),
    labourMinutes: weighted((p) => p.labourMinutes),
  };
}

/** The channels, or one neutral `direct` channel when the project has none (then `missing` is called). */
export function prepareChannels(ctx: PrepContext, missing: (section: string) => void): ChannelInput[] {
  const { project, levers } = ctx;
  if (!project.channels || project.channels.length === 0) {
    missing('channels');
    return [{ id: 'direct', name: 'direct', share: ONE, feeRate: ZERO, feePerOrder: ZERO, monthlyFee: ZERO, payoutDelayDays: 0 }];
  }
  return project.channels.map((c) => ({
    id: c.id,
    name: c.name,
    share: c.share,
    feeRate: (c.commission_rate ?? ZERO).plus(c.payment_fee_rate ?? ZERO).times(levers.channelFees),
    feePerOrder: (c.payment_fee_fixed ?? ZERO).times(levers.channelFees),
    monthlyFee: c.monthly_fee ?? ZERO,
    payoutDelayDays: c.payout_delay_days ?? 0,
  }));
}
