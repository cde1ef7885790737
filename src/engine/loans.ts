/**
 * Loan schedule (forecast-model.md, "Loans"): `months` is the whole duration,
 * deferral included; installments start the month after the loan is received;
 * during the deferral only interest is paid; then a constant installment.
 *
 * The échéancier is the bank's (issue 19): a bank debits whole cents, so the
 * constant installment, each month's interest (outstanding × rate ÷ 12) and so
 * each month's principal are amounts in cents, rounded half-up; the last
 * installment repays exactly what is left. These cents are the contract's
 * figures, not an output rounding: a year's total is the sum of its installments.
 */
import { Decimal } from '../model/decimal.js';
import type { Arith, Num } from './arith.js';

/** To the cent, half-up: the bank's figures. */
const cents = <N extends Num<N>>(x: N): N => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export interface LoanMonth<N = Decimal> {
  interest: N;
  principal: N;
}

/**
 * Installments by month index (1-based; months after `horizon` are dropped).
 * The last installment repays exactly what is left, so the loan ends at zero.
 */
export function loanSchedule<N extends Num<N>>(num: Arith<N>, amount: N, yearlyRate: N, months: number, deferralMonths: number, receivedMonth: number, horizon: number): Map<number, LoanMonth<N>> {
  const out = new Map<number, LoanMonth<N>>();
  const r = yearlyRate.div(num.of(12));
  const n = months - deferralMonths;
  let outstanding = amount;
  const installment = cents(r.isZero() ? amount.div(num.of(n)) : amount.times(r).div(num.one.minus(num.one.plus(r).pow(-n))));
  for (let k = 1; k <= months; k++) {
    const m = receivedMonth + k;
    const interest = cents(outstanding.times(r));
    let principal = num.zero;
    if (k > deferralMonths) principal = k === months ? outstanding : num.min(outstanding, installment.minus(interest));
    outstanding = outstanding.minus(principal);
    if (m >= 1 && m <= horizon) out.set(m, { interest, principal });
  }
  return out;
}

/** Straight-line depreciation by month index: `amount / (years × 12)` from `month`; no duration → expensed at once. */
export function depreciationSchedule<N extends Num<N>>(num: Arith<N>, amount: N, years: Decimal | undefined, month: number, horizon: number): Map<number, N> {
  const out = new Map<number, N>();
  if (years === undefined || years.isZero()) {
    if (month >= 1 && month <= horizon) out.set(month, amount);
    return out;
  }
  const duration = num.from(years).times(num.of(12));
  const monthly = amount.div(duration);
  const whole = duration.floor().toNumber();
  let left = amount;
  // What is left is only read by the last month of the schedule: not computed when that month is past the horizon.
  const lastMonth = month + whole - (duration.isInteger() ? 1 : 0);
  const keepLeft = lastMonth <= horizon;
  for (let k = 0; k < whole && month + k <= horizon; k++) {
    const dep = k === whole - 1 && duration.isInteger() ? left : monthly;
    if (keepLeft) left = left.minus(dep);
    out.set(month + k, dep);
  }
  if (!duration.isInteger() && month + whole <= horizon) out.set(month + whole, left);
  return out;
}
