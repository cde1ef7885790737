/**
 * Stage 10 — break-even (forecast-model.md, "Break-even"; issue 19): the one
 * definition of the point mort. It is the first month from which the cumulative
 * contribution margin is positive and covers the cumulative fixed charges
 * (contribution margin − result before tax) in every month until the end of the
 * horizon: a month where the margin catches up and then falls behind again is not
 * a point mort. `null` when no month holds to the end. Pure; written against the
 * arithmetic `n` (arith.ts), so that the risk draws read the same definition.
 *
 * Also the yearly point mort in days (« point mort en jours »): the days of the
 * year's sales needed to reach the year's seuil de rentabilité, seuil ÷ CA × 360
 * (× months ÷ 12 for a shorter last year, 30-day months).
 */
import { DAYS_PER_MONTH } from '../../model/rules-fr.js';
import type { Arith, Num } from '../arith.js';
import type { MonthResult } from '../types.js';

/** What the point mort reads of a month (the actuals' re-forecast builds these from actual and scaled months). */
export type BreakEvenMonth<N> = Pick<MonthResult<N>, 'month' | 'contributionMargin' | 'resultBeforeTax'>;

/** Whether month i's cumulative margin covers its cumulative fixed charges (`covered[i]`), for each month. */
function coveredMonths<N extends Num<N>>(n: Arith<N>, months: readonly BreakEvenMonth<N>[]): boolean[] {
  let cumMargin = n.zero;
  let cumFixed = n.zero;
  return months.map((r) => {
    cumMargin = cumMargin.plus(r.contributionMargin);
    cumFixed = cumFixed.plus(r.contributionMargin.minus(r.resultBeforeTax));
    return cumMargin.gt(0) && cumMargin.gte(cumFixed);
  });
}

/** The point mort: the first month from which every month to the end of the horizon is covered; null when none. */
export function breakEvenMonthOf<N extends Num<N>>(n: Arith<N>, months: readonly BreakEvenMonth<N>[]): string | null {
  const covered = coveredMonths(n, months);
  let first: number | null = null;
  for (let i = covered.length - 1; i >= 0 && covered[i]; i--) first = i;
  return first === null ? null : months[first]!.month;
}

/**
 * The year's point mort in days: seuil de rentabilité ÷ revenue HT × 30 × months (360 for a whole year);
 * null without a seuil, or when the seuil is above the year's revenue (not reached in the year).
 */
export function breakEvenDaysOf<N extends Num<N>>(n: Arith<N>, breakEvenRevenue: N | null, revenueHt: N, months: number): N | null {
  if (breakEvenRevenue === null || !revenueHt.gt(0) || breakEvenRevenue.gt(revenueHt)) return null;
  return breakEvenRevenue.div(revenueHt).times(n.of(DAYS_PER_MONTH * months));
}
