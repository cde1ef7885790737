/**
 * Stage 9 — years (forecast-model.md, "Years"): the totals of each fiscal year,
 * its fixed charges, contribution margin rate, break-even revenue, net result
 * (or, for a micro-entreprise, disposable income) and working capital. Pure.
 */
import type { Arith, Num } from '../arith.js';
import type { Prepared } from '../prepare.js';
import type { StockSeries } from '../stock.js';
import type { MonthResult, PeriodTotals, YearResult } from '../types.js';
import { breakEvenDaysOf } from './break-even.js';
import { currentItemsAt, workingCapitalOf } from './balance-sheet.js';
import type { VatSchedule } from './vat.js';
import type { PreparedAt } from '../vat-switch.js';

const TOTAL_KEYS = [
  'revenueTtc',
  'revenueHt',
  'vatCollected',
  'cogs',
  'channelFees',
  'shippingCosts',
  'returnsCost',
  'repFees',
  'contributionMargin',
  'marketing',
  'fixedCosts',
  'setupCosts',
  'repFlatFees',
  'eInvoicing',
  'depreciation',
  'interest',
  'ownerPay',
  'socialContributions',
  'incomeTax',
  'resultBeforeTax',
  'stockPurchases',
  'cashIn',
  'cashOut',
  'orders',
  'visitors',
] as const satisfies ReadonlyArray<keyof PeriodTotals & keyof MonthResult>;

/** Sums of the money and count lines over a period (a year, or a test's hand-built months). */
export function totalsOf<N extends Num<N>>(months: readonly MonthResult<N>[], n: Arith<N>): PeriodTotals<N> {
  const out = {} as PeriodTotals<N>;
  for (const k of TOTAL_KEYS) out[k] = n.zero;
  for (const m of months) for (const k of TOTAL_KEYS) out[k] = n.addTo(out[k], m[k]);
  return out;
}

export function yearResults<N extends Num<N>>(
  p: Prepared<N>,
  at: PreparedAt<N>,
  months: readonly MonthResult<N>[],
  stocks: readonly StockSeries<N>[],
  vat: VatSchedule<N>,
  corporateTax: readonly N[],
): YearResult<N>[] {
  const H = p.horizon;
  const isMicro = p.legalForm === 'micro_entreprise';
  const years: YearResult<N>[] = [];
  for (let y = 1; y <= corporateTax.length; y++) {
    const slice = months.slice(12 * (y - 1), Math.min(12 * y, H));
    const totals = totalsOf(slice, p.num);
    const last = slice[slice.length - 1]!;
    const e = last.index;
    // Fixed charges: everything between the contribution margin and the result before tax.
    const fixedCharges = totals.contributionMargin.minus(totals.resultBeforeTax);
    const cmRate = totals.revenueHt.gt(0) ? totals.contributionMargin.div(totals.revenueHt) : null;
    const tax = corporateTax[y - 1]!;
    const breakEvenRevenue = cmRate !== null && totals.contributionMargin.gt(0) ? fixedCharges.div(cmRate) : null;
    const micro = isMicro ? totals.resultBeforeTax.minus(totals.socialContributions).minus(totals.incomeTax) : null;
    years.push({
      year: y,
      revenueHt: totals.revenueHt,
      contributionMargin: totals.contributionMargin,
      fixedCharges,
      resultBeforeTax: totals.resultBeforeTax,
      corporateTax: tax,
      netResult: micro ?? totals.resultBeforeTax.minus(tax),
      breakEvenRevenue,
      breakEvenDays: breakEvenDaysOf(p.num, breakEvenRevenue, totals.revenueHt, slice.length),
      workingCapital: workingCapitalOf(currentItemsAt(at, months, stocks, vat, corporateTax, e)),
      months: slice.length,
      firstMonth: slice[0]!.month,
      lastMonth: last.month,
      totals,
      contributionMarginRate: cmRate,
      disposableIncome: micro,
      stockValue: last.stockValue,
      cashEnd: last.cashEnd,
    });
  }
  return years;
}
