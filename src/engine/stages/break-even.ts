/**
 * Stage 10 — break-even (forecast-model.md, "Break-even"): the point mort is the
 * first month where the cumulative contribution margin is positive and covers
 * the cumulative fixed charges (contribution margin − result before tax). Pure.
 */
import type { Arith, Num } from '../arith.js';
import type { MonthResult } from '../types.js';

export function breakEvenMonthOf<N extends Num<N>>(n: Arith<N>, months: readonly MonthResult<N>[]): string | null {
  let cumMargin = n.zero;
  let cumFixed = n.zero;
  for (const r of months) {
    cumMargin = cumMargin.plus(r.contributionMargin);
    cumFixed = cumFixed.plus(r.contributionMargin.minus(r.resultBeforeTax));
    if (cumMargin.gt(0) && cumMargin.gte(cumFixed)) return r.month;
  }
  return null;
}
