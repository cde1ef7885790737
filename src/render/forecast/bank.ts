/**
 * The banker's tables as sections (issue 19): bilan prévisionnel, soldes
 * intermédiaires de gestion, capacité d'autofinancement and debt service, the
 * loans' échéancier by year, and the plan de financement of each year. They format
 * the engine's figures (stages/bank.ts) and compute nothing.
 */
import type { BalanceSheet, BankYear, PlanLine } from '../../engine/bank-types.js';
import type { Forecast, YearResult } from '../../engine/types.js';
import { ZERO, type Decimal } from '../../model/decimal.js';
import { formatPercent, type Lang } from '../../i18n/format.js';
import { t, tCode } from '../../i18n/index.js';
import { EMPTY, money, percent, type Row, type Section } from '../sections.js';

const yearColumns = (f: Forecast, lang: Lang) =>
  f.years.map((y: YearResult) => ({
    id: `year-${y.year}`,
    label: y.months === 12 ? t(lang, 'fc.col.year', { n: y.year }) : t(lang, 'fc.col.year_partial', { n: y.year, months: y.months }),
  }));

/** A row of one amount per year; `optional`: dropped when zero every year. */
function rowsOf(f: Forecast, lang: Lang, id: string, pick: (b: BankYear) => Decimal, o: { strong?: boolean; optional?: boolean; indent?: boolean } = {}): Row[] {
  const values = f.bank.years.map(pick);
  if (o.optional && values.every((v) => v.isZero())) return [];
  return [{ id, label: `${o.indent ? '  ' : ''}${tCode(lang, `bank.${id}`)}`, cells: values.map(money), strong: o.strong }];
}

const heading = (lang: Lang, id: string, columns: number): Row => ({ id, label: tCode(lang, `bank.${id}`), cells: Array.from({ length: columns }, () => EMPTY), strong: true });

export function balanceSheetSection(f: Forecast, lang: Lang): Section {
  const r = (id: string, pick: (s: BalanceSheet) => Decimal, o: { strong?: boolean; optional?: boolean; indent?: boolean } = {}) => rowsOf(f, lang, id, (b) => pick(b.balanceSheet), o);
  const simplified = f.bank.years[0]?.balanceSheet.simplified ?? false;
  const n = f.years.length;
  const rows: Row[] = [
    heading(lang, 'bs.assets', n),
    ...r('bs.fixed_assets', (s) => s.assets.fixedAssets),
    ...r('bs.fixed_assets_gross', (s) => s.assets.fixedAssetsGross, { optional: true, indent: true }),
    ...r('bs.depreciation', (s) => s.assets.depreciation.negated(), { optional: true, indent: true }),
    ...r('bs.stock', (s) => s.assets.stock),
    ...r('bs.receivables', (s) => s.assets.receivables),
    ...r('bs.vat_credit', (s) => s.assets.vatCredit),
    ...r('bs.other_receivables', (s) => s.assets.otherReceivables, { optional: true }),
    ...r('bs.cash', (s) => s.assets.cash),
    ...r('bs.total_assets', (s) => s.totalAssets, { strong: true }),
    heading(lang, 'bs.liabilities', n),
    ...r(simplified ? 'bs.owner_account' : 'bs.capital', (s) => s.liabilities.capital),
    ...r('bs.grants', (s) => s.liabilities.grants, { optional: true }),
    ...r('bs.retained_earnings', (s) => s.liabilities.retainedEarnings),
    ...r('bs.result', (s) => s.liabilities.result),
    ...r('bs.equity', (s) => s.liabilities.equity, { strong: true }),
    ...r('bs.current_accounts', (s) => s.liabilities.currentAccounts, { optional: true }),
    ...r('bs.loans', (s) => s.liabilities.loans),
    ...r('bs.payables', (s) => s.liabilities.payables),
    ...r('bs.tax_and_social', (s) => s.liabilities.taxAndSocial),
    ...r('bs.vat_due', (s) => s.liabilities.vatDue, { optional: true, indent: true }),
    ...r('bs.social_due', (s) => s.liabilities.socialDue, { optional: true, indent: true }),
    ...r('bs.corporate_tax_due', (s) => s.liabilities.corporateTaxDue, { optional: true, indent: true }),
    ...r('bs.bank_overdraft', (s) => s.liabilities.bankOverdraft, { optional: true }),
    ...r('bs.total_liabilities', (s) => s.totalLiabilitiesAndEquity, { strong: true }),
    ...r('bs.working_capital', (s) => s.workingCapital),
  ];
  const notes = [t(lang, 'bank.note.balance_sheet')];
  if (simplified) notes.unshift(f.legalForm === 'micro_entreprise' ? t(lang, 'bank.note.simplified_micro') : t(lang, 'bank.note.simplified_ei'));
  return { id: 'balance_sheet', title: simplified ? t(lang, 'bank.title.balance_sheet_simplified') : t(lang, 'bank.title.balance_sheet'), labelHeader: '', columns: yearColumns(f, lang), rows, notes };
}

export function sigSection(f: Forecast, lang: Lang): Section {
  const r = (id: string, pick: (b: BankYear) => Decimal, o: { strong?: boolean; optional?: boolean; indent?: boolean } = {}) => rowsOf(f, lang, id, pick, o);
  const goods = f.bank.years.some((b) => !b.sig.salesGoods.isZero() || !b.sig.goodsCost.isZero());
  const rows: Row[] = [
    ...(goods
      ? [
          ...r('sig.sales_goods', (b) => b.sig.salesGoods),
          ...r('sig.goods_cost', (b) => b.sig.goodsCost.negated(), { indent: true }),
          ...r('sig.commercial_margin', (b) => b.sig.commercialMargin, { strong: true }),
        ]
      : []),
    ...r('sig.production', (b) => b.sig.production, { optional: goods }),
    ...r('sig.consumption', (b) => b.sig.consumption.negated()),
    ...r('sig.value_added', (b) => b.sig.valueAdded, { strong: true }),
    ...r('sig.personnel', (b) => b.sig.personnel.negated()),
    ...r('sig.ebitda', (b) => b.sig.ebitda, { strong: true }),
    ...r('sig.depreciation', (b) => b.sig.depreciation.negated()),
    ...r('sig.operating_result', (b) => b.sig.operatingResult, { strong: true }),
    ...r('sig.financial_result', (b) => b.sig.financialResult),
    ...r('sig.current_result', (b) => b.sig.currentResult, { strong: true }),
    ...r('sig.corporate_tax', (b) => b.sig.corporateTax.negated(), { optional: true }),
    ...r('sig.owner_taxes', (b) => b.sig.ownerTaxes.negated(), { optional: true }),
    ...r(f.legalForm === 'micro_entreprise' ? 'sig.disposable_income' : 'sig.net_result', (b) => b.sig.netResult, { strong: true }),
  ];
  return { id: 'sig', title: t(lang, 'bank.title.sig'), labelHeader: '', columns: yearColumns(f, lang), rows, notes: [t(lang, 'bank.note.sig')] };
}

/** CAF, debt service and its ratio to the CAF, capital remaining; the owner's share of the initial resources in a note. */
export function cafSection(f: Forecast, lang: Lang): Section {
  const r = (id: string, pick: (b: BankYear) => Decimal, o: { strong?: boolean; indent?: boolean } = {}) => rowsOf(f, lang, id, pick, o);
  const micro = f.legalForm === 'micro_entreprise';
  const rows: Row[] = [
    ...rowsOf(f, lang, micro ? 'sig.disposable_income' : 'caf.net_result', (b) => b.sig.netResult),
    ...r('caf.depreciation', (b) => b.sig.depreciation),
    ...r('caf.caf', (b) => b.caf, { strong: true }),
  ];
  // Without a loan, no debt lines.
  if (f.bank.loans.length > 0)
    rows.push(
      ...r('caf.interest', (b) => b.debt.interest),
      ...r('caf.principal', (b) => b.debt.principal),
      ...r('caf.debt_service', (b) => b.debt.debtService, { strong: true }),
      { id: 'caf_ratio', label: t(lang, 'bank.caf.ratio'), cells: f.bank.years.map((b) => (b.debtServiceToCaf === null ? EMPTY : percent(b.debtServiceToCaf))) },
      ...r('caf.remaining', (b) => b.debt.remaining),
    );
  const notes = [t(lang, 'bank.note.caf')];
  if (f.bank.years.some((b) => b.debtServiceToCaf === null && !b.debt.debtService.isZero())) notes.push(t(lang, 'bank.note.caf_not_positive'));
  const share = f.bank.ownerShare;
  if (share !== null) notes.push(t(lang, 'bank.note.owner_share', { share: formatPercent(share, lang) }));
  return { id: 'caf', title: t(lang, 'bank.title.caf'), labelHeader: '', columns: yearColumns(f, lang), rows, notes };
}

/** Each loan's interest, principal repaid and capital remaining by year (the monthly échéancier is in the JSON); null without a loan. */
export function loanTableSection(f: Forecast, lang: Lang): Section | null {
  if (f.bank.loans.length === 0) return null;
  const rows: Row[] = [];
  f.bank.loans.forEach((l, i) => {
    const byYear = (pick: (m: (typeof l.months)[number]) => Decimal) =>
      f.years.map((y) => l.months.filter((m) => m.month >= y.firstMonth && m.month <= y.lastMonth).reduce((a, m) => a.plus(pick(m)), ZERO));
    const last = (y: YearResult) => l.months.filter((m) => m.month <= y.lastMonth).at(-1)?.remaining ?? null;
    rows.push({
      id: `loan-${i}`,
      label: t(lang, 'bank.loan.title', { name: l.name, amount: l.amount, rate: formatPercent(l.rate, lang, 2), months: l.durationMonths, month: l.month }),
      cells: f.years.map(() => EMPTY),
      strong: true,
    });
    rows.push({ id: `loan-${i}.interest`, label: `  ${t(lang, 'bank.caf.interest')}`, cells: byYear((m) => m.interest).map(money) });
    rows.push({ id: `loan-${i}.principal`, label: `  ${t(lang, 'bank.caf.principal')}`, cells: byYear((m) => m.principal).map(money) });
    rows.push({ id: `loan-${i}.remaining`, label: `  ${t(lang, 'bank.caf.remaining')}`, cells: f.years.map((y) => last(y)).map((v) => (v === null ? EMPTY : money(v))) });
  });
  return { id: 'loans', title: t(lang, 'bank.title.loans'), labelHeader: '', columns: yearColumns(f, lang), rows, notes: [t(lang, 'bank.note.loans')] };
}

/** The plan de financement of each year: uses, resources, and the change in cash they give. */
export function financingYearsSection(f: Forecast, lang: Lang): Section {
  const n = f.years.length;
  // Lines that are zero every year are left out, but investments, the working capital and the CAF.
  const always = new Set(['bank.use.investments', 'bank.use.working_capital', 'bank.resource.caf']);
  const lines = (pick: (b: BankYear) => PlanLine[]) =>
    pick(f.bank.years[0]!)
      .map((line, k) => ({ id: line.id, label: `  ${tCode(lang, line.id)}`, cells: f.bank.years.map((b) => money(pick(b)[k]!.amount)), zero: f.bank.years.every((b) => pick(b)[k]!.amount.isZero()) }))
      .filter((l) => always.has(l.id) || !l.zero)
      .map(({ zero: _zero, ...row }) => row);
  const rows: Row[] = [
    heading(lang, 'fy.uses', n),
    ...lines((b) => b.financingPlan.uses),
    ...rowsOf(f, lang, 'fy.total_uses', (b) => b.financingPlan.totalUses, { strong: true }),
    heading(lang, 'fy.resources', n),
    ...lines((b) => b.financingPlan.resources),
    ...rowsOf(f, lang, 'fy.total_resources', (b) => b.financingPlan.totalResources, { strong: true }),
    ...rowsOf(f, lang, 'fy.change_in_cash', (b) => b.financingPlan.changeInCash, { strong: true }),
    { id: 'fy_cash_end', label: t(lang, 'bank.fy.cash_end'), cells: f.years.map((y) => money(y.cashEnd)) },
  ];
  const title = n === 1 ? t(lang, 'bank.title.financing_year') : t(lang, 'bank.title.financing_years', { n });
  return { id: 'financing_plan_years', title, labelHeader: '', columns: yearColumns(f, lang), rows, notes: [t(lang, 'bank.note.financing_years')] };
}

/** The banker's sections, in the order of a loan file. */
export function bankSections(f: Forecast, lang: Lang): Section[] {
  if (f.bank.years.length === 0) return [];
  const loans = loanTableSection(f, lang);
  return [financingYearsSection(f, lang), balanceSheetSection(f, lang), sigSection(f, lang), cafSection(f, lang), ...(loans ? [loans] : [])];
}
