/**
 * The banker's statements in `forecast --format json` (issue 19): each year's
 * balance_sheet, sig, caf, debt, debt_service and debt_service_to_caf; the loans'
 * monthly échéancier and the financing plan of each year. Amounts as strings with
 * two decimals, rates as fractions with four (docs/forecast.md).
 */
import type { BalanceSheet, BankStatements, BankYear, FinancingPlanYear, PlanLine, Sig } from '../../engine/bank-types.js';
import { money2, type Decimal } from '../../model/decimal.js';
import { tCode, type Lang } from '../../i18n/index.js';
import { rate4 } from '../json-values.js';

/** `{ camelCase: Decimal }` → `{ snake_case: "0.00" }`. */
function amounts<T extends object>(o: T): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), money2(v as Decimal)]));
}

function balanceSheetJson(s: BalanceSheet): Record<string, unknown> {
  return {
    simplified: s.simplified,
    assets: amounts(s.assets),
    liabilities: amounts(s.liabilities),
    total_assets: money2(s.totalAssets),
    total_liabilities_and_equity: money2(s.totalLiabilitiesAndEquity),
    working_capital: money2(s.workingCapital),
  };
}

const sigJson = (s: Sig) => amounts(s);

/** The banker's fields of a year of the JSON. */
export function bankYearJson(b: BankYear): Record<string, unknown> {
  return {
    balance_sheet: balanceSheetJson(b.balanceSheet),
    sig: sigJson(b.sig),
    caf: money2(b.caf),
    debt: amounts(b.debt),
    debt_service: money2(b.debt.debtService),
    debt_service_to_caf: rate4(b.debtServiceToCaf),
  };
}

function planYearJson(p: FinancingPlanYear, year: number, lang: Lang): Record<string, unknown> {
  const line = (l: PlanLine) => ({ id: l.id, label: tCode(lang, l.id), amount: money2(l.amount) });
  return {
    year,
    uses: p.uses.map(line),
    resources: p.resources.map(line),
    total_uses: money2(p.totalUses),
    total_resources: money2(p.totalResources),
    change_in_cash: money2(p.changeInCash),
  };
}

/** The top-level fields: `financing_plan_years` and `loans` (each loan's échéancier month by month). */
export function bankJson(b: BankStatements, lang: Lang): Record<string, unknown> {
  return {
    financing_plan_years: b.years.map((y, i) => planYearJson(y.financingPlan, i + 1, lang)),
    loans: b.loans.map((l) => ({
      name: l.name,
      path: l.path,
      amount: money2(l.amount),
      rate: rate4(l.rate),
      month: l.month,
      duration_months: l.durationMonths,
      deferral_months: l.deferralMonths,
      months: l.months.map((m) => ({ month: m.month, interest: money2(m.interest), principal: money2(m.principal), remaining: money2(m.remaining) })),
    })),
  };
}
