/**
 * The costs of the legal obligations of a shop launching in 2027 (issue 20): the eco-contributions
 * of the REP sectors (`legal.rep[].fee`) and the approved e-invoicing platform
 * (`company.e_invoicing.monthly_cost`). Amounts are HT with the standard VAT rate (inside the charge
 * under the franchise). No scenario or sensitivity lever moves them: they follow a barème or a
 * subscription, not the market. Pure.
 */
import { ZERO, addTo, type Decimal } from '../../model/decimal.js';
import { legalRule } from '../../model/rules-fr.js';
import type { Arith, Num } from '../arith.js';
import type { ProductInput } from '../prepare.js';
import { costBasis, type CostBasis } from '../unit-cost.js';
import type { PrepContext } from './context.js';

export interface LegalCosts<N = Decimal> {
  /** REP contributions per item ordered (Σ mix × the product's per-unit fees): a variable charge. */
  repPerItem: CostBasis<N>;
  /** Index 1..H: the flat yearly REP fees, a twelfth each month (like `fixed_costs[].yearly`): a fixed charge. */
  repFlat: CostBasis<N>[];
  /** Index 1..H: the e-invoicing platform, from the month receiving e-invoices is mandatory (or month 1): a fixed charge. */
  eInvoicing: CostBasis<N>[];
}

const none = <N extends Num<N>>(n: Arith<N>): CostBasis<N> => ({ charge: n.zero, vat: n.zero });

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

export function legalCosts<N extends Num<N>>(ctx: PrepContext<N>, products: readonly ProductInput<N>[]): LegalCosts<N> {
  const { project, horizon: H, regime, defaultVat, num: n } = ctx;
  const NONE = none(n);
  const fees = repUnitFees(project);
  const perItemHt = n.sum(products.map((p) => p.mix.times(n.from(fees.get(p.id) ?? ZERO))));
  const flatYearly = n.sum((project.legal?.rep ?? []).map((r) => n.from(r.fee?.yearly ?? ZERO)));
  const flat = flatYearly.isZero() ? NONE : costBasis(n, flatYearly.div(n.of(12)), defaultVat, regime);
  const monthly = project.company?.e_invoicing?.monthly_cost;
  const platform = monthly && !monthly.isZero() ? costBasis(n, n.from(monthly), defaultVat, regime) : NONE;
  const from = eInvoicingFromMonth(ctx);
  const repFlat: CostBasis<N>[] = [NONE];
  const eInvoicing: CostBasis<N>[] = [NONE];
  for (let m = 1; m <= H; m++) {
    repFlat.push(flat);
    eInvoicing.push(m >= from ? platform : NONE);
  }
  return { repPerItem: perItemHt.isZero() ? NONE : costBasis(n, perItemHt, defaultVat, regime), repFlat, eInvoicing };
}
