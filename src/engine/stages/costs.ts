/**
 * Stage 3 — costs (forecast-model.md, "Costs"): cost of goods sold, channel
 * fees, shipping and return shipping, marketing, fixed and setup costs,
 * depreciation, loan interest, the contribution margin and production hours. Pure.
 */
import type { Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import type { DemandSeries } from './demand.js';
import type { Prepared } from '../prepare.js';
import type { MonthRevenue } from './revenue.js';

export interface MonthCosts<N = Decimal> {
  cogs: N;
  channelFees: N;
  channelFeesByChannel: Record<string, N>;
  shippingCosts: N;
  returnsCost: N;
  /** REP eco-contributions per unit sold (a variable charge, issue 20). */
  repFees: N;
  /** revenueHt − cogs − channel fees − shipping − returns − REP per-unit fees. */
  contributionMargin: N;
  marketing: N;
  fixedCosts: N;
  setupCosts: N;
  /** Flat yearly REP fees, a twelfth a month, and the e-invoicing platform (fixed charges, issue 20). */
  repFlatFees: N;
  eInvoicing: N;
  /** What the REP fees and the platform cost in cash (VAT included) and their deductible VAT. */
  ecoPaid: N;
  eInvoicingPaid: N;
  legalVat: N;
  depreciation: N;
  interest: N;
  productionHours: N;
}

export function costsOfMonth<N extends Num<N>>(p: Prepared<N>, d: DemandSeries<N>, m: number, rev: MonthRevenue<N>): MonthCosts<N> {
  const { addTo, subtractFrom, sum, timesOf } = p.num;
  // Σ units × unit cost = items × Σ mix × unit cost (the same for labour minutes).
  const cogs = timesOf(d.items[m]!, p.perItem.cost);
  const hours = p.perItem.labourMinutes.isZero() ? p.num.zero : d.items[m]!.times(p.perItem.labourMinutes).div(p.num.of(60));
  const channelFeesByChannel: Record<string, N> = {};
  for (const c of p.channels) channelFeesByChannel[c.id] = addTo(timesOf(rev.channelRevenueTtc[c.id]!, c.feeRate), timesOf(rev.channelOrders[c.id]!, c.feePerOrder));
  const channelFees = sum(Object.values(channelFeesByChannel));
  const shippingCosts = timesOf(rev.orders, p.carrierPerOrder.charge);
  const returnsCost = timesOf(rev.returned, p.returnPerOrder.charge);
  const repFees = timesOf(d.items[m]!, p.legal.repPerItem.charge);
  const flat = p.legal.repFlat[m]!;
  const platform = p.legal.eInvoicing[m]!;
  const ecoVat = addTo(timesOf(d.items[m]!, p.legal.repPerItem.vat), flat.vat);
  return {
    cogs,
    channelFees,
    channelFeesByChannel,
    shippingCosts,
    returnsCost,
    repFees,
    contributionMargin: subtractFrom(subtractFrom(subtractFrom(subtractFrom(subtractFrom(rev.revenueHt, cogs), channelFees), shippingCosts), returnsCost), repFees),
    marketing: p.marketing[m]!,
    fixedCosts: p.fixed[m]!.charge,
    setupCosts: p.setup[m]!.charge,
    repFlatFees: flat.charge,
    eInvoicing: platform.charge,
    ecoPaid: addTo(addTo(repFees, flat.charge), ecoVat),
    eInvoicingPaid: addTo(platform.charge, platform.vat),
    legalVat: addTo(ecoVat, platform.vat),
    depreciation: p.depreciation[m]!,
    interest: p.loans[m]!.interest,
    productionHours: hours,
  };
}
