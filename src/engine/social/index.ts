/**
 * The owner's contributions as forecast stages (issue 9): what forecast.ts calls.
 * - `microSocialOf`: a micro-entrepreneur's contributions and versement libératoire of a month;
 * - `ownerSocialStep`: every other legal form, after the month-by-month P&L: sets each
 *   month's `socialContributions` and `resultBeforeTax`, returns what is paid each month.
 */
import type { Decimal } from '../../model/decimal.js';
import { monthLabel } from '../../model/fields.js';
import type { Company } from '../../model/schema.js';
import { rulesForMonth } from '../../model/rules-fr.js';
import { socialRulesFor } from '../../model/rules-social.js';
import type { Num } from '../arith.js';
import type { Prepared } from '../prepare.js';
import type { EngineWarning, MonthResult } from '../types.js';
import { microRates } from './micro.js';
import { ownerSocialPlan, ownerStatusOf, type OwnerSocialPlan } from './schedule.js';

export { ownerStatusOf, paysCorporateTax } from './schedule.js';

/** A micro-entrepreneur's rates by month, per company and what they read: the same for every forecast of a project. */
const MICRO_RATES = new WeakMap<Company, Map<string, Array<{ social: Decimal; incomeTax: Decimal }>>>();

/** Contributions (social rate + CFP + TFC) and versement libératoire of a micro-entrepreneur's month `m`. */
export function microSocialOf<N extends Num<N>>(p: Prepared<N>, m: number, revenueHt: N): { social: N; incomeTax: N } {
  const n = p.num;
  const company = p.project.company;
  if (!company) return { social: n.zero, incomeTax: n.zero };
  const byKey = MICRO_RATES.get(company) ?? new Map<string, Array<{ social: Decimal; incomeTax: Decimal }>>();
  MICRO_RATES.set(company, byKey);
  if (byKey.size >= PLANS_LIMIT) byKey.clear();
  const key = [p.start, p.activity, company.social_rate, company.acre, company.versement_liberatoire].join('|');
  const rates = byKey.get(key) ?? [];
  byKey.set(key, rates);
  const r = (rates[m] ??= microRatesOf(p, company, m));
  return { social: n.from(r.social).times(revenueHt), incomeTax: n.from(r.incomeTax).times(revenueHt) };
}

function microRatesOf<N extends Num<N>>(p: Prepared<N>, company: Company, m: number): { social: Decimal; incomeTax: Decimal } {
  const label = monthLabel(m, p.start);
  const r = microRates(m, rulesForMonth(label), socialRulesFor(Number(label.slice(0, 4))).rules, {
    activity: p.activity,
    override: company.social_rate,
    acre: company.acre === true,
    versementLiberatoire: company.versement_liberatoire === true,
    start: p.start,
  });
  return { social: r.social.plus(r.cfp).plus(r.tfc), incomeTax: r.incomeTax };
}

export interface OwnerSocialStep<N = Decimal> {
  /** Paid in cash in month m (index 1..H). */
  paid: N[];
  /** Regularisation of a TNS's previous year in month m (index 1..H), 0 elsewhere. */
  regularisation: N[];
  warnings: EngineWarning[];
}

/**
 * The owner's plan when the contributions do not depend on the result (every status but a TNS at the income
 * tax): the owner's pay alone decides them, so scenarios, sensitivity and the risk draws share one plan,
 * found by the company and what the plan reads (a project changed in place gets a plan of its own).
 */
const PLANS = new WeakMap<Company, Map<string, OwnerSocialPlan>>();
const PLANS_LIMIT = 64;

/**
 * Non-micro forms: computes the contributions from owner pay or profit and
 * writes them into the months (P&L charge, deducted from the result). The barème
 * is computed in exact decimals whatever the number type of the forecast.
 */
export function ownerSocialStep<N extends Num<N>>(p: Prepared<N>, months: MonthResult<N>[]): OwnerSocialStep<N> {
  const n = p.num;
  const company = p.project.company;
  const status = ownerStatusOf(company);
  const zeros = Array.from({ length: p.horizon + 1 }, () => n.zero);
  if (!company || status === null) return { paid: zeros, regularisation: zeros, warnings: [] };
  // The micro rates come from rules-fr (its last row serves later years); only the TFC comes from the barème.
  if (status === 'micro') return { paid: zeros, regularisation: zeros, warnings: [] };
  const planOf = () =>
    ownerSocialPlan({
      status,
      company,
      start: p.start,
      horizon: p.horizon,
      ownerPay: p.ownerPay.map(n.toDecimal),
      profitBeforeSocial: [n.toDecimal(n.zero), ...months.map((r) => n.toDecimal(r.resultBeforeTax))],
    });
  let plan: OwnerSocialPlan;
  if (status === 'tns_ir') plan = planOf();
  else {
    const plans = PLANS.get(company) ?? new Map<string, OwnerSocialPlan>();
    if (plans.size >= PLANS_LIMIT) plans.clear();
    PLANS.set(company, plans);
    const key = [n.name, status, company.social_rate, company.acre, p.start, p.horizon, ...p.ownerPay].join('|');
    plan = plans.get(key) ?? planOf();
    plans.set(key, plan);
  }
  for (const r of months) {
    r.socialContributions = n.from(plan.charge[r.index]!);
    r.resultBeforeTax = r.resultBeforeTax.minus(r.socialContributions);
  }
  return { paid: plan.paid.map(n.from), regularisation: plan.regularisation.map(n.from), warnings: plan.warnings };
}
