/**
 * The owner's contributions month by month (P&L) and as URSSAF bills them (cash),
 * for every legal form but the micro-entreprise (micro.ts, month by month on
 * turnover). Pure.
 *
 * - Assimilé salarié: each month on that month's net pay, paid in the month.
 * - TNS: definitive contributions per calendar year on the year's net pay (IS) or
 *   profit (EI at the IR), charged evenly over the year's active months. Cash: the
 *   first two calendar years are billed provisionally on the flat start-of-activity
 *   base, later years on the previous year's contributions; each year is
 *   regularised (definitive − provisional) in one payment or refund in the month of
 *   year N+1 given by the rules table (November).
 * - `company.social_rate` overrides: rate × owner pay, charged and paid in the month.
 */
import { Decimal, ZERO, sum } from '../../model/decimal.js';
import { monthLabel } from '../../model/fields.js';
import { inLegalGroup } from '../../model/rules-fr.js';
import { acreSocialFor, socialRulesFor, SOCIAL_LAST_YEAR, type SocialRules } from '../../model/rules-social.js';
import type { Company } from '../../model/schema.js';
import type { EngineWarning } from '../types.js';
import { employeeOfNet } from './assimile.js';
import { tnsFromNet, tnsFromProfit, tnsProvisional, type TnsYear } from './tns.js';

export type OwnerStatus = 'micro' | 'tns_ir' | 'tns_is' | 'employee';

/** How the owner is insured and the business taxed, from the legal form. */
export function ownerStatusOf(company: Company | undefined): OwnerStatus | null {
  if (!company) return null;
  switch (company.legal_form) {
    case 'micro_entreprise':
      return 'micro';
    case 'ei':
      return company.corporate_tax ? 'tns_is' : 'tns_ir';
    case 'sarl':
      return company.manager === 'minority' || company.manager === 'equal' ? 'employee' : 'tns_is';
    case 'eurl':
      return 'tns_is';
    default:
      return 'employee';
  }
}

/** Whether the business pays the corporate tax (IS). */
export const paysCorporateTax = (company: Company | undefined): boolean =>
  company !== undefined && (inLegalGroup(company.legal_form, 'corporateTax') || (company.legal_form === 'ei' && company.corporate_tax === true));

export interface OwnerSocialInput {
  status: OwnerStatus;
  company: Company;
  start: string;
  horizon: number;
  /** Month-indexed (1..H). */
  ownerPay: readonly Decimal[];
  /** Month-indexed (1..H): result before the owner's contributions (EI at the IR). */
  profitBeforeSocial: readonly Decimal[];
}

export interface OwnerSocialPlan {
  /** P&L charge, month-indexed (index 0 unused). */
  charge: Decimal[];
  /** Paid in cash, month-indexed: provisional instalments + regularisation (TNS), else the charge. */
  paid: Decimal[];
  /** Regularisation paid (+) or refunded (−) in the month, month-indexed (TNS only). */
  regularisation: Decimal[];
  warnings: EngineWarning[];
}

interface CalendarYear {
  year: number;
  /** Month indexes of this year inside the horizon. */
  months: number[];
  /** Months of activity in the calendar year (from the start month, to December). */
  active: number;
  rules: SocialRules;
}

function calendarYears(start: string, horizon: number): CalendarYear[] {
  const out = new Map<number, CalendarYear>();
  const startYear = Number(start.slice(0, 4));
  const startMonth = Number(start.slice(5, 7));
  for (let m = 1; m <= horizon; m++) {
    const year = Number(monthLabel(m, start).slice(0, 4));
    let y = out.get(year);
    if (!y) {
      y = { year, months: [], active: year === startYear ? 13 - startMonth : 12, rules: socialRulesFor(year).rules };
      out.set(year, y);
    }
    y.months.push(m);
  }
  return [...out.values()];
}

/** The warning for calendar years beyond the barème (the last known year is used), once. */
function socialYearWarning(start: string, horizon: number): EngineWarning[] {
  const unknown = calendarYears(start, horizon).find((y) => !socialRulesFor(y.year).known);
  return unknown
    ? [
        {
          code: 'forecast.social_rules_year',
          path: ['company', 'legal_form'],
          severity: 'warning',
          data: { year: unknown.year, used: SOCIAL_LAST_YEAR },
        },
      ]
    : [];
}

const zeros = (n: number): Decimal[] => Array.from({ length: n + 1 }, () => ZERO);

export function ownerSocialPlan(input: OwnerSocialInput): OwnerSocialPlan {
  const H = input.horizon;
  const override = input.company.social_rate;
  const warnings = override === undefined ? socialYearWarning(input.start, H) : [];
  const plan: OwnerSocialPlan = { charge: zeros(H), paid: zeros(H), regularisation: zeros(H), warnings };
  if (override !== undefined || input.status === 'employee') {
    const acre = input.company.acre ? acreSocialFor(input.start) : null;
    // The same pay under the same barème costs the same: solved once (the pay is often flat for months).
    const solved = new Map<string, Decimal>();
    const employee = (pay: Decimal, y: CalendarYear, withAcre: boolean) => {
      const key = `${y.year}|${withAcre}|${pay.toString()}`;
      const c = solved.get(key) ?? employeeOfNet(pay, y.rules, withAcre ? acre : null).total;
      solved.set(key, c);
      return c;
    };
    for (const y of calendarYears(input.start, H))
      for (const m of y.months) {
        const pay = input.ownerPay[m]!;
        const c = override !== undefined ? override.times(pay) : employee(pay, y, m <= 12 && acre !== null);
        plan.charge[m] = c;
        plan.paid[m] = c;
      }
    return plan;
  }
  tnsPlan(input, plan);
  return plan;
}

/** TNS: definitive contributions per calendar year, provisional billing and regularisation. */
function tnsPlan(input: OwnerSocialInput, plan: OwnerSocialPlan): void {
  const H = input.horizon;
  const acre = input.company.acre ? acreSocialFor(input.start).tnsRate.value : ZERO;
  const years = calendarYears(input.start, H);
  let previousYearly: Decimal | null = null;
  years.forEach((y, i) => {
    const acreMonths = y.months.filter((m) => m <= 12).length;
    const ctx: TnsYear = { prorata: new Decimal(y.active).div(12), acreRate: acre.times(acreMonths).div(y.active), activeMonths: y.active };
    // The year's base, annualised over its active months when the horizon cuts the year.
    const scale = new Decimal(y.active).div(y.months.length);
    const definitive =
      input.status === 'tns_ir'
        ? tnsFromProfit(sum(y.months.map((m) => input.profitBeforeSocial[m]!)).times(scale), y.rules, ctx).total
        : tnsFromNet(sum(y.months.map((m) => input.ownerPay[m]!)).times(scale), y.rules, ctx).total;
    const provisional = i < 2 ? tnsProvisional(y.rules, ctx).total : previousYearly!.times(y.active).div(12);
    for (const m of y.months) {
      plan.charge[m] = definitive.div(y.active);
      plan.paid[m] = provisional.div(y.active);
    }
    // December of year N + 11 = November of N + 1; only a year wholly inside the horizon is regularised.
    const regularisationAt = y.months[y.months.length - 1]! + Number(y.rules.tns.regularisationMonth.value);
    if (y.months.length === y.active && regularisationAt <= H) plan.regularisation[regularisationAt] = definitive.minus(provisional);
    previousYearly = definitive.times(12).div(y.active);
  });
  for (let m = 1; m <= H; m++) plan.paid[m] = plan.paid[m]!.plus(plan.regularisation[m]!);
}
