/**
 * The costs of the legal obligations of a shop launching in 2027 (issue 20): the eco-contributions
 * of the REP sectors (`legal.rep[].fee`) and the approved e-invoicing platform
 * (`company.e_invoicing.monthly_cost`). Amounts are HT with the standard VAT rate (inside the charge
 * under the franchise). No scenario or sensitivity lever moves them: they follow a barème or a
 * subscription, not the market. Pure.
 */
import { ZERO, addTo, sum, type Decimal } from '../../model/decimal.js';
import { legalRule } from '../../model/rules-fr.js';
import type { ProductInput } from '../prepare.js';
import { costBasis, type CostBasis } from '../unit-cost.js';
import type { PrepContext } from './context.js';

export interface LegalCosts {
  /** REP contributions per item ordered (Σ mix × the product's per-unit fees): a variable charge. */
  repPerItem: CostBasis;
  /** Index 1..H: the flat yearly REP fees, a twelfth each month (like `fixed_costs[].yearly`): a fixed charge. */
  repFlat: CostBasis[];
  /** Index 1..H: the e-invoicing platform, from the month receiving e-invoices is mandatory (or month 1): a fixed charge. */
  eInvoicing: CostBasis[];
}

const NONE: CostBasis = { charge: ZERO, vat: ZERO };

/** The per-unit REP fee of each product (HT), summed over the sectors. */
export function repUnitFees(project: PrepContext['project']): Map<string, Decimal> {
  const fees = new Map<string, Decimal>();
  for (const r of project.legal?.rep ?? []) for (const [id, fee] of Object.entries(r.fee?.per_unit ?? {})) fees.set(id, addTo(fees.get(id) ?? ZERO, fee));
  return fees;
}

/** The month (1-based, at least 1) from which an approved platform is needed: receiving e-invoices (CGI 289 bis). */
export function eInvoicingFromMonth(ctx: Pick<PrepContext, 'start'>): number {
  const from = legalRule('e_invoicing_reception').inForceFrom.slice(0, 7);
  const [y0, m0] = ctx.start.split('-').map(Number) as [number, number];
  const [y1, m1] = from.split('-').map(Number) as [number, number];
  return Math.max(1, (y1 - y0) * 12 + (m1 - m0) + 1);
}

export function legalCosts(ctx: PrepContext, products: readonly ProductInput[]): LegalCosts {
  const { project, horizon: H, regime, defaultVat } = ctx;
  const fees = repUnitFees(project);
  const perItemHt = sum(products.map((p) => p.mix.times(fees.get(p.id) ?? ZERO)));
  const flatYearly = sum((project.legal?.rep ?? []).map((r) => r.fee?.yearly ?? ZERO));
  const flat = flatYearly.isZero() ? NONE : costBasis(flatYearly.div(12), defaultVat, regime);
  const monthly = project.company?.e_invoicing?.monthly_cost;
  const platform = monthly && !monthly.isZero() ? costBasis(monthly, defaultVat, regime) : NONE;
  const from = eInvoicingFromMonth(ctx);
  const repFlat: CostBasis[] = [NONE];
  const eInvoicing: CostBasis[] = [NONE];
  for (let m = 1; m <= H; m++) {
    repFlat.push(flat);
    eInvoicing.push(m >= from ? platform : NONE);
  }
  return { repPerItem: perItemHt.isZero() ? NONE : costBasis(perItemHt, defaultVat, regime), repFlat, eInvoicing };
}
