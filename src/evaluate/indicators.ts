/**
 * The indicators every view shows, each computed once with one definition:
 * variable and fixed charges, contribution margin rate, break-even revenue,
 * safety margin, disposable income (micro-entreprise), the point mort (the engine's
 * month, and its days from the start) and reorder points in whole units. Pure.
 */
import { ONE, ZERO, type Decimal } from '../model/decimal.js';
import { DAYS_PER_MONTH } from '../model/rules-fr.js';
import type { Forecast, MonthResult, PeriodTotals } from '../engine/types.js';

/** The indicators of one period (a year or a month). */
export interface PeriodIndicators {
  /** « Charges variables »: revenue HT − contribution margin (cost of goods, channel fees, shipping, returns). */
  variableCharges: Decimal;
  /**
   * « Charges fixes »: contribution margin − result before tax, i.e. marketing, fixed costs, setup
   * costs, depreciation, interest, and (except for a micro-entreprise) the owner's pay and contributions.
   */
  fixedCharges: Decimal;
  /** Every charge of the P&L: revenue HT − result before tax. */
  charges: Decimal;
  /** contribution margin / revenue HT; null when revenue is not positive. */
  contributionMarginRate: Decimal | null;
  /** Micro-entreprise only: result − social contributions − income tax; else null. */
  disposableIncome: Decimal | null;
}

interface YearIndicators extends PeriodIndicators {
  year: number;
  /** fixed charges / contribution margin rate; null when the margin is not positive. */
  breakEvenRevenue: Decimal | null;
  /** revenue HT − break-even revenue; null without a break-even revenue. */
  safetyMargin: Decimal | null;
}

interface BreakEven {
  /** The point mort (the engine's `breakEvenMonthOf`): first month from which the cumulative contribution margin covers the cumulative fixed charges until the end of the horizon. */
  month: string | null;
  /** Its index from the start (1 = first month). */
  index: number | null;
  /**
   * Days from the start to the point mort (30-day months): within its month, the fixed charges of
   * the month are due from its first day and the margin accrues evenly with the sales.
   */
  days: number | null;
  cumulative: Array<{ month: string; margin: Decimal; fixed: Decimal }>;
}

export interface Indicators {
  years: YearIndicators[];
  months: PeriodIndicators[];
  breakEven: BreakEven;
  /** Reorder point of each product, rounded up to whole units; null when no lead time is known. */
  reorderPoints: Record<string, Decimal | null>;
}

function periodOf(t: PeriodTotals, micro: boolean): PeriodIndicators {
  return {
    variableCharges: t.revenueHt.minus(t.contributionMargin),
    fixedCharges: t.contributionMargin.minus(t.resultBeforeTax),
    charges: t.revenueHt.minus(t.resultBeforeTax),
    contributionMarginRate: t.revenueHt.gt(0) ? t.contributionMargin.div(t.revenueHt) : null,
    disposableIncome: micro ? t.resultBeforeTax.minus(t.socialContributions).minus(t.incomeTax) : null,
  };
}

function breakEvenOf(f: Forecast): BreakEven {
  let margin = ZERO;
  let fixed = ZERO;
  const cumulative = f.months.map((m) => {
    margin = margin.plus(m.contributionMargin);
    fixed = fixed.plus(m.contributionMargin.minus(m.resultBeforeTax));
    return { month: m.month, margin, fixed };
  });
  const i = f.breakEvenMonth === null ? -1 : f.months.findIndex((m) => m.month === f.breakEvenMonth);
  if (i < 0) return { month: null, index: null, days: null, cumulative };
  const before = i === 0 ? ZERO : cumulative[i - 1]!.margin;
  const monthMargin = f.months[i]!.contributionMargin;
  // Share of the month's sales needed for the margin to cover the cumulative fixed charges.
  const share = monthMargin.gt(0) ? cumulative[i]!.fixed.minus(before).div(monthMargin) : ONE;
  const within = Math.max(1, share.clampedTo(0, 1).times(DAYS_PER_MONTH).ceil().toNumber());
  return { month: f.breakEvenMonth, index: i + 1, days: i * DAYS_PER_MONTH + within, cumulative };
}

export function indicatorsOf(f: Forecast): Indicators {
  const micro = f.legalForm === 'micro_entreprise';
  // The engine's year results hold the yearly definitions; the indicators add what they derive.
  const years = f.years.map((y) => ({
    year: y.year,
    ...periodOf(y.totals, micro),
    fixedCharges: y.fixedCharges,
    contributionMarginRate: y.contributionMarginRate,
    disposableIncome: y.disposableIncome,
    breakEvenRevenue: y.breakEvenRevenue,
    safetyMargin: y.breakEvenRevenue === null ? null : y.revenueHt.minus(y.breakEvenRevenue),
  }));
  const reorderPoints = Object.fromEntries(f.stock.map((s) => [s.productId, s.reorderPointUnits === null ? null : s.reorderPointUnits.toDecimalPlaces(20).ceil()]));
  return { years, months: f.months.map((m: MonthResult) => periodOf(m, micro)), breakEven: breakEvenOf(f), reorderPoints };
}
