/**
 * One draw of the risk analysis: the forecast's own stages (forecast.ts, stages 1–10) run with the
 * draw's levers in a number type (arith.ts) — float64 for the thousands of draws, Decimal for the
 * audit that recomputes some of them exactly — and the figures the analysis reads. Pure.
 */
import type { ProjectFile } from '../model/schema.js';
import type { Arith, Num } from './arith.js';
import { settledMonths } from './forecast.js';
import type { Levers } from './levers.js';
import { breakEvenMonthOf } from './stages/break-even.js';
import { lowestCash } from './stages/cash.js';
import { yearResults } from './stages/years.js';

export interface DrawOutcome<N> {
  /** Month-end cash, months 1..H (index 0 = month 1). */
  cashEnd: N[];
  revenueHtYearOne: N;
  /** Year 1's net result (a micro-entrepreneur's disposable income), as the P&L shows it. */
  netResultYearOne: N;
  lowestCash: N;
  /** The point mort's month index (1..H) by the engine's definition, null when it is not reached. */
  breakEvenMonth: number | null;
}

export function drawOutcome<N extends Num<N>>(project: ProjectFile, levers: Levers<N>, n: Arith<N>): DrawOutcome<N> {
  const run = settledMonths(project, levers, n);
  const { months } = run;
  const yearOne = yearResults(run.p, run.at, months.slice(0, 12), run.stocks, run.vatPlan, run.corporateTax.slice(0, 1))[0]!;
  const breakEven = breakEvenMonthOf(n, months);
  return {
    cashEnd: months.map((m) => m.cashEnd),
    revenueHtYearOne: yearOne.revenueHt,
    netResultYearOne: yearOne.netResult,
    lowestCash: lowestCash(months).lowest,
    breakEvenMonth: breakEven === null ? null : months.findIndex((m) => m.month === breakEven) + 1,
  };
}
