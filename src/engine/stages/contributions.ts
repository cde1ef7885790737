/**
 * Stage 6 — owner pay and contributions (forecast-model.md, "Social
 * contributions and tax"; the barème in src/engine/social, issue 9): a
 * micro-entrepreneur's contributions and versement libératoire month by month on
 * the revenue; every other form's contributions by calendar year on the owner's
 * pay (or an EI's profit at the income tax), charged to the P&L and billed
 * provisionally then regularised in the cash plan (`ownerSocialStep`). Pure.
 */
import { ZERO, type Decimal } from '../../model/decimal.js';
import type { Prepared } from '../prepare.js';
import { microSocialOf, ownerStatusOf } from '../social/index.js';

export { ownerSocialStep, ownerStatusOf } from '../social/index.js';

export interface MonthContributions {
  social: Decimal;
  incomeTax: Decimal;
}

/** Contributions and income tax of month `m` charged month by month: a micro-entrepreneur's, on its revenue; 0 for the other forms (`ownerSocialStep`). */
export function socialOf(p: Prepared, m: number, revenueHt: Decimal): MonthContributions {
  if (p.legalForm !== 'micro_entreprise') return { social: ZERO, incomeTax: ZERO };
  return microSocialOf(p, m, revenueHt);
}

/** Whether the owner's pay is a charge of the P&L: not a micro-entrepreneur's, nor an EI's drawings at the income tax. */
export function ownerPayIsCharge(p: Prepared): boolean {
  return p.legalForm !== 'micro_entreprise' && ownerStatusOf(p.project.company) !== 'tns_ir';
}
