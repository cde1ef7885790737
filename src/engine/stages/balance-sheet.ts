/**
 * Stage 13 — the bilan prévisionnel at the end of each year (issue 19). Every line
 * is what the other stages owe or hold at that month, never a balancing figure:
 * fixed assets (investments − depreciation), stock, receivables (sales TTC not yet
 * paid out), VAT credit, contributions paid in advance, cash; equity (contributions,
 * grants, results; an individual owner's account nets the drawings), partners'
 * current accounts, loans (capital remaining), supplier payables, VAT, contributions
 * and corporate tax due, overdraft. That it balances to the cent proves the P&L,
 * VAT, stock and cash plan consistent (test/engine/balance-sheet.test.ts). Pure.
 */
import { ZERO, sum, type Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import type { BalanceSheet, DebtYear } from '../bank-types.js';
import type { Prepared } from '../prepare.js';
import type { StockSeries } from '../stock.js';
import type { MonthResult, YearResult } from '../types.js';
import type { PreparedAt } from '../vat-switch.js';
import { ownerPayIsCharge, ownerStatusOf } from './contributions.js';
import type { financingByKind } from './debt.js';
import { payablesAt } from './stock.js';
import type { VatSchedule } from './vat.js';

/** The working-capital items of the balance sheet at the end of month `e`. */
export interface CurrentItems<N = Decimal> {
  stock: N;
  receivables: N;
  vatCredit: N;
  otherReceivables: N;
  payables: N;
  vatDue: N;
  socialDue: N;
  corporateTaxDue: N;
}

/** `corporateTax[y − 1]`: year y's corporate tax, charged in the year that ends at month min(12y, H). */
export function currentItemsAt<N extends Num<N>>(
  at: PreparedAt<N>,
  months: readonly MonthResult<N>[],
  stocks: readonly StockSeries<N>[],
  vat: VatSchedule<N>,
  corporateTax: readonly N[],
  e: number,
): CurrentItems<N> {
  const { zero: ZERO, addTo, sum } = at(e).num;
  let receivables = ZERO;
  let social = ZERO;
  let taxPaid = ZERO;
  for (const r of months.slice(0, e)) {
    receivables = addTo(receivables, r.revenueTtc.minus(r.cashFlows.sales));
    social = addTo(social, r.socialContributions.plus(r.incomeTax).minus(r.cashFlows.socialAndTax));
    taxPaid = addTo(taxPaid, r.cashFlows.corporateTax);
  }
  const H = months.length;
  const taxCharged = sum(corporateTax.filter((_, i) => Math.min(12 * (i + 1), H) <= e));
  return {
    stock: months[e - 1]!.stockValue,
    receivables,
    vatCredit: vat.creditAt[e]!,
    // Contributions paid beyond their charge (a TNS's provisional billing) are a claim, not a negative debt.
    otherReceivables: social.isNeg() ? social.negated() : ZERO,
    payables: payablesAt(at, stocks, e),
    vatDue: vat.dueAt[e]!,
    socialDue: social.isNeg() ? ZERO : social,
    corporateTaxDue: taxCharged.minus(taxPaid),
  };
}

/** BFR = stock + receivables + VAT credit + other receivables − payables − VAT, contributions and corporate tax due. */
export function workingCapitalOf<N extends Num<N>>(c: CurrentItems<N>): N {
  return c.stock.plus(c.receivables).plus(c.vatCredit).plus(c.otherReceivables).minus(c.payables).minus(c.vatDue).minus(c.socialDue).minus(c.corporateTaxDue);
}

export interface BalanceInputs {
  p: Prepared;
  at: PreparedAt;
  months: readonly MonthResult[];
  years: readonly YearResult[];
  items: readonly CurrentItems[];
  debt: readonly DebtYear[];
  financing: ReturnType<typeof financingByKind>;
}

const upTo = (values: readonly Decimal[], e: number): Decimal => sum(values.slice(1, e + 1));

/** The balance sheet of year `y` (1-based), at its last month. */
export function balanceSheetOf(b: BalanceInputs, y: number): BalanceSheet {
  const { p, at, months } = b;
  const year = b.years[y - 1]!;
  const e = Math.min(12 * y, months.length);
  const c = b.items[y - 1]!;
  const gross = sum(months.slice(0, e).map((r) => at(r.index).investments[r.index]!.charge));
  const depreciation = sum(months.slice(0, e).map((r) => r.depreciation));
  const status = ownerStatusOf(p.project.company);
  const individual = status === 'micro' || p.legalForm === 'ei';
  const drawings = ownerPayIsCharge(p) ? ZERO : sum(months.slice(0, e).map((r) => r.ownerPay));
  const equityIn = upTo(b.financing.equity, e);
  const currentIn = upTo(b.financing.current_account, e);
  const capital = individual ? equityIn.plus(currentIn).minus(drawings) : equityIn;
  const grants = upTo(b.financing.grant, e);
  const retainedEarnings = sum(b.years.slice(0, y - 1).map((r) => r.netResult));
  const equity = capital.plus(grants).plus(retainedEarnings).plus(year.netResult);
  const cash = months[e - 1]!.cashEnd;
  const assets = {
    fixedAssetsGross: gross,
    depreciation,
    fixedAssets: gross.minus(depreciation),
    stock: c.stock,
    receivables: c.receivables,
    vatCredit: c.vatCredit,
    otherReceivables: c.otherReceivables,
    cash: cash.isNegative() ? ZERO : cash,
  };
  const liabilities = {
    capital,
    grants,
    retainedEarnings,
    result: year.netResult,
    equity,
    currentAccounts: individual ? ZERO : currentIn,
    loans: b.debt[y - 1]!.remaining,
    payables: c.payables,
    vatDue: c.vatDue,
    socialDue: c.socialDue,
    corporateTaxDue: c.corporateTaxDue,
    taxAndSocial: c.vatDue.plus(c.socialDue).plus(c.corporateTaxDue),
    bankOverdraft: cash.isNegative() ? cash.negated() : ZERO,
  };
  return {
    simplified: individual,
    assets,
    liabilities,
    totalAssets: sum([assets.fixedAssets, assets.stock, assets.receivables, assets.vatCredit, assets.otherReceivables, assets.cash]),
    totalLiabilitiesAndEquity: sum([equity, liabilities.currentAccounts, liabilities.loans, liabilities.payables, liabilities.taxAndSocial, liabilities.bankOverdraft]),
    workingCapital: workingCapitalOf(c),
  };
}
