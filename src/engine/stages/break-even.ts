/**
 * Stage 10 — break-even (forecast-model.md, "Break-even"): the point mort is the
 * first month where the cumulative contribution margin is positive and covers
 * the cumulative fixed charges (contribution margin − result before tax). Pure.
 */
import { ZERO } from '../../model/decimal.js';
import type { MonthResult } from '../types.js';

export function breakEvenMonthOf(months: readonly MonthResult[]): string | null {
  let cumMargin = ZERO;
  let cumFixed = ZERO;
  for (const r of months) {
    cumMargin = cumMargin.plus(r.contributionMargin);
    cumFixed = cumFixed.plus(r.contributionMargin.minus(r.resultBeforeTax));
    if (cumMargin.gt(0) && cumMargin.gte(cumFixed)) return r.month;
  }
  return null;
}
