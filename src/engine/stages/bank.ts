/**
 * The banker's statements (issue 19), after the years: for each year the balance
 * sheet, the SIG, the CAF (net result + depreciation), the debt service and its
 * ratio to the CAF, the year's financing plan; the loans' échéancier; the owner's
 * contributions as a share of the initial plan's resources. Pure.
 */
import { ZERO, sum, type Decimal } from '../../model/decimal.js';
import { monthIndex } from '../../model/fields.js';
import type { BalanceSheet, BankStatements, BankYear } from '../bank-types.js';
import type { Prepared } from '../prepare.js';
import type { StockSeries } from '../stock.js';
import type { MonthResult, YearResult } from '../types.js';
import type { PreparedAt } from '../vat-switch.js';
import { balanceSheetOf, currentItemsAt } from './balance-sheet.js';
import { ownerPayIsCharge } from './contributions.js';
import { debtYears, financingByKind, loanTables } from './debt.js';
import { financingPlanYearOf } from './financing-years.js';
import { sigOf } from './sig.js';
import type { VatSchedule } from './vat.js';

export interface BankInputs {
  p: Prepared;
  at: PreparedAt;
  months: readonly MonthResult[];
  years: readonly YearResult[];
  stocks: readonly StockSeries[];
  vat: VatSchedule;
  corporateTax: readonly Decimal[];
}

const inYear = (values: readonly Decimal[], first: number, last: number): Decimal => sum(values.slice(first, last + 1));

export function bankStatements(i: BankInputs): BankStatements {
  const { p, at, months, years } = i;
  const H = p.horizon;
  const lasts = years.map((y) => Math.min(12 * y.year, H));
  const loans = loanTables(p.project, H);
  const debt = debtYears(loans, p.start, lasts);
  const financing = financingByKind(p.project, H);
  const items = lasts.map((e) => currentItemsAt(at, months, i.stocks, i.vat, i.corporateTax, e));
  const b = { p, at, months, years, items, debt, financing };
  const drawsPay = !ownerPayIsCharge(p);
  let previous: BalanceSheet | null = null;
  const out: BankYear[] = years.map((y, k) => {
    const first = k === 0 ? 1 : lasts[k - 1]! + 1;
    const last = lasts[k]!;
    const sheet = balanceSheetOf(b, y.year);
    const sig = sigOf(p, at, months.slice(first - 1, last), y);
    const caf = sig.netResult.plus(sig.depreciation);
    const d = debt[k]!;
    const financingPlan = financingPlanYearOf({
      sheet,
      previous,
      caf,
      debt: d,
      contributions: inYear(financing.equity, first, last).plus(inYear(financing.current_account, first, last)),
      loans: inYear(financing.loan, first, last),
      grants: inYear(financing.grant, first, last),
      drawings: drawsPay ? y.totals.ownerPay : null,
    });
    previous = sheet;
    return { balanceSheet: sheet, sig, caf, debt: d, debtServiceToCaf: caf.gt(0) ? d.debtService.div(caf) : null, financingPlan };
  });
  return { years: out, loans, ownerShare: ownerShareOf(p) };
}

/** Contributions (equity, current accounts) among the year-1 resources of the initial plan (financing of months 1–12); null without resources. */
function ownerShareOf(p: Prepared): Decimal | null {
  const yearOne = (p.project.financing ?? []).filter((f) => {
    const m = monthIndex(f.month ?? 1, p.start);
    return m >= 1 && m <= 12;
  });
  const total = sum(yearOne.map((f) => f.amount));
  if (!total.gt(0)) return null;
  return sum(yearOne.map((f) => (f.kind === 'equity' || f.kind === 'current_account' ? f.amount : ZERO))).div(total);
}
