/**
 * The owner's contributions as forecast stages (issue 9): what forecast.ts calls.
 * - `microSocialOf`: a micro-entrepreneur's contributions and versement libératoire of a month;
 * - `ownerSocialStep`: every other legal form, after the month-by-month P&L: sets each
 *   month's `socialContributions` and `resultBeforeTax`, returns what is paid each month.
 */
import { ZERO, type Decimal } from '../../model/decimal.js';
import { monthLabel } from '../../model/fields.js';
import { rulesForMonth } from '../../model/rules-fr.js';
import { socialRulesFor } from '../../model/rules-social.js';
import type { Prepared } from '../prepare.js';
import type { EngineWarning, MonthResult } from '../types.js';
import { microRates } from './micro.js';
import { ownerSocialPlan, ownerStatusOf } from './schedule.js';

export { ownerStatusOf, paysCorporateTax } from './schedule.js';

/** Contributions (social rate + CFP + TFC) and versement libératoire of a micro-entrepreneur's month `m`. */
export function microSocialOf(p: Prepared, m: number, revenueHt: Decimal): { social: Decimal; incomeTax: Decimal } {
  const company = p.project.company;
  if (!company) return { social: ZERO, incomeTax: ZERO };
  const label = monthLabel(m, p.start);
  const r = microRates(m, rulesForMonth(label), socialRulesFor(Number(label.slice(0, 4))).rules, {
    activity: p.activity,
    override: company.social_rate,
    acre: company.acre === true,
    versementLiberatoire: company.versement_liberatoire === true,
    start: p.start,
  });
  return { social: r.social.plus(r.cfp).plus(r.tfc).times(revenueHt), incomeTax: r.incomeTax.times(revenueHt) };
}

export interface OwnerSocialStep {
  /** Paid in cash in month m (index 1..H). */
  paid: Decimal[];
  /** Regularisation of a TNS's previous year in month m (index 1..H), 0 elsewhere. */
  regularisation: Decimal[];
  warnings: EngineWarning[];
}

/**
 * Non-micro forms: computes the contributions from owner pay or profit and
 * writes them into the months (P&L charge, deducted from the result).
 */
export function ownerSocialStep(p: Prepared, months: MonthResult[]): OwnerSocialStep {
  const company = p.project.company;
  const status = ownerStatusOf(company);
  const zeros = Array.from({ length: p.horizon + 1 }, () => ZERO);
  if (!company || status === null) return { paid: zeros, regularisation: zeros, warnings: [] };
  // The micro rates come from rules-fr (its last row serves later years); only the TFC comes from the barème.
  if (status === 'micro') return { paid: zeros, regularisation: zeros, warnings: [] };
  const plan = ownerSocialPlan({
    status,
    company,
    start: p.start,
    horizon: p.horizon,
    ownerPay: p.ownerPay,
    profitBeforeSocial: [ZERO, ...months.map((r) => r.resultBeforeTax)],
  });
  for (const r of months) {
    r.socialContributions = plan.charge[r.index]!;
    r.resultBeforeTax = r.resultBeforeTax.minus(r.socialContributions);
  }
  return { paid: plan.paid, regularisation: plan.regularisation, warnings: plan.warnings };
}
