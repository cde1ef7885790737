/**
 * Stage 6 — owner pay and contributions (forecast-model.md, "Social
 * contributions and tax"; the barème in src/engine/social, issue 9): a
 * micro-entrepreneur's contributions and versement libératoire month by month on
 * the revenue; every other form's contributions by calendar year on the owner's
 * pay (or an EI's profit at the income tax), charged to the P&L and billed
 * provisionally then regularised in the cash plan (`ownerSocialStep`). Pure.
 */
import type { Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import type { Prepared } from '../prepare.js';
import { microSocialOf, ownerStatusOf } from '../social/index.js';

export { ownerSocialStep, ownerStatusOf } from '../social/index.js';

export interface MonthContributions<N = Decimal> {
  social: N;
  incomeTax: N;
}

/** Contributions and income tax of month `m` charged month by month: a micro-entrepreneur's, on its revenue; 0 for the other forms (`ownerSocialStep`). */
export function socialOf<N extends Num<N>>(p: Prepared<N>, m: number, revenueHt: N): MonthContributions<N> {
  if (p.legalForm !== 'micro_entreprise') return { social: p.num.zero, incomeTax: p.num.zero };
  return microSocialOf(p, m, revenueHt);
}

/** Whether the owner's pay is a charge of the P&L: not a micro-entrepreneur's, nor an EI's drawings at the income tax. */
export function ownerPayIsCharge<N extends Num<N>>(p: Prepared<N>): boolean {
  return p.legalForm !== 'micro_entreprise' && ownerStatusOf(p.project.company) !== 'tns_ir';
}
