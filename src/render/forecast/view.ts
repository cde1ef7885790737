/**
 * The four tables of the prévisionnel as sections (view model): plan de
 * financement initial, compte de résultat per year (and per month), plan de
 * trésorerie month by month, seuil de rentabilité and point mort; and the
 * side-by-side summary of the scenarios.
 */
import { ZERO, sum, type Decimal } from '../../model/decimal.js';
import type { AmountLine, Forecast, MonthResult, PeriodTotals, YearResult } from '../../engine/types.js';
import type { Indicators, PeriodIndicators } from '../../evaluate/indicators.js';
import { inLegalGroup } from '../../model/rules-fr.js';
import { formatMoney, formatMonth, type Lang } from '../../i18n/format.js';
import { t, tCode } from '../../i18n/index.js';
import { EMPTY, money, num, percent, text, type Cell, type Row, type Section } from '../sections.js';
import { bankSections } from './bank.js';

const isMicro = (f: Forecast) => f.legalForm === 'micro_entreprise';
const hasCorporateTax = (f: Forecast) => f.corporateTaxApplies ?? inLegalGroup(f.legalForm, 'corporateTax');
/** The franchise note; when the franchise is lost, the months under each regime (issue 9). */
function franchiseNotes(f: Forecast, lang: Lang): string[] {
  if (f.vatRegime !== 'franchise') return [];
  const from = f.vatSwitch?.from;
  if (from === undefined) return [t(lang, 'fc.note.franchise')];
  const first = f.months[from - 1]!.month;
  return [t(lang, 'fc.note.franchise_switch', { first, last: f.months[Math.max(0, from - 2)]!.month })];
}
/** An EI at the income tax: its contributions are a charge, its drawings are not (shown after the result). */
const drawsIncome = (f: Forecast) => f.ownerStatus === 'tns_ir';

function yearLabel(y: YearResult, lang: Lang): string {
  return y.months === 12 ? t(lang, 'fc.col.year', { n: y.year }) : t(lang, 'fc.col.year_partial', { n: y.year, months: y.months });
}

export function headerLine(f: Forecast, lang: Lang): string {
  const last = f.months[f.months.length - 1]!;
  return t(lang, 'fc.header', {
    project: f.project,
    scenario: t(lang, `scenario.${f.scenario}`),
    first: formatMonth(f.start, lang),
    last: formatMonth(last.month, lang),
    horizon: f.horizon,
  });
}

function lineLabel(line: AmountLine, lang: Lang): string {
  return line.id ? tCode(lang, line.id) : line.label;
}

export function financingPlanSection(f: Forecast, lang: Lang): Section {
  const rows: Row[] = [];
  const group = (id: string, lines: AmountLine[], totalId: string, total: Decimal) => {
    rows.push({ id, label: tCode(lang, id), cells: [EMPTY], strong: true });
    if (lines.length === 0) rows.push({ id: `${id}.none`, label: `  ${t(lang, 'plan.none')}`, cells: [EMPTY] });
    lines.forEach((l, i) => {
      rows.push({ id: l.id ?? `${id}.${l.path ?? i}`, label: `  ${lineLabel(l, lang)}`, cells: [money(l.amount)] });
      const stock = f.financingPlan.initialStock;
      if (l.id === 'plan.working_capital' && stock) rows.push({ id: 'plan.initial_stock', label: `    ${t(lang, 'plan.initial_stock')}`, cells: [money(stock)] });
    });
    rows.push({ id: totalId, label: tCode(lang, totalId), cells: [money(total)], strong: true });
  };
  group('plan.needs', f.financingPlan.needs, 'plan.total_needs', f.financingTotals.needs);
  // Balanced (issue 19): a surplus is the need « Trésorerie de départ », a shortfall the resource « Besoin non couvert ».
  group('plan.resources', f.financingPlan.resources, 'plan.total_resources', f.financingTotals.resources);
  return {
    id: 'financing_plan',
    title: t(lang, 'fc.title.financing_plan'),
    labelHeader: '',
    columns: [{ id: 'amount', label: t(lang, 'fc.col.amount') }],
    rows,
    notes: [],
  };
}

type Line = { id: string; key: keyof PeriodTotals; strong?: boolean };

/** The P&L lines shown for this forecast's legal form, in order; `null` marks the computed rows. */
function pnlLines(f: Forecast): Array<Line | 'cm_rate' | 'corporate_tax' | 'net_result' | 'disposable_income'> {
  const lines: Array<Line | 'cm_rate' | 'corporate_tax' | 'net_result' | 'disposable_income'> = [
    { id: 'pnl.revenue_ht', key: 'revenueHt', strong: true },
    { id: 'pnl.cogs', key: 'cogs' },
    { id: 'pnl.channel_fees', key: 'channelFees' },
    { id: 'pnl.shipping_costs', key: 'shippingCosts' },
    { id: 'pnl.returns_cost', key: 'returnsCost' },
    { id: 'pnl.rep_fees', key: 'repFees' },
    { id: 'pnl.contribution_margin', key: 'contributionMargin', strong: true },
    'cm_rate',
    { id: 'pnl.marketing', key: 'marketing' },
    { id: 'pnl.fixed_costs', key: 'fixedCosts' },
    { id: 'pnl.setup_costs', key: 'setupCosts' },
    { id: 'pnl.rep_flat_fees', key: 'repFlatFees' },
    { id: 'pnl.e_invoicing', key: 'eInvoicing' },
    { id: 'pnl.depreciation', key: 'depreciation' },
    { id: 'pnl.interest', key: 'interest' },
  ];
  if (drawsIncome(f)) lines.push({ id: 'pnl.social', key: 'socialContributions' });
  else if (!isMicro(f) && f.legalForm !== null) lines.push({ id: 'pnl.owner_pay', key: 'ownerPay' }, { id: 'pnl.social', key: 'socialContributions' });
  lines.push({ id: 'pnl.result_before_tax', key: 'resultBeforeTax', strong: true });
  if (drawsIncome(f)) lines.push({ id: 'pnl.owner_drawings', key: 'ownerPay' });
  if (hasCorporateTax(f)) lines.push('corporate_tax', 'net_result');
  if (isMicro(f))
    lines.push({ id: 'pnl.social', key: 'socialContributions' }, { id: 'pnl.income_tax', key: 'incomeTax' }, 'disposable_income', {
      id: 'pnl.owner_drawings',
      key: 'ownerPay',
    });
  return lines;
}

/** Drop optional lines that are zero over the whole horizon (no loan → no interest line). */
const OPTIONAL = new Set(['pnl.returns_cost', 'pnl.rep_fees', 'pnl.rep_flat_fees', 'pnl.e_invoicing', 'pnl.setup_costs', 'pnl.depreciation', 'pnl.interest', 'pnl.income_tax', 'pnl.owner_drawings']);

function pnlRows(f: Forecast, lang: Lang, periods: Array<{ totals: PeriodTotals; ind: PeriodIndicators; year?: YearResult; month?: MonthResult }>): Row[] {
  const rows: Row[] = [];
  for (const line of pnlLines(f)) {
    if (line === 'cm_rate') {
      rows.push({
        id: 'contribution_margin_rate',
        label: t(lang, 'pnl.contribution_margin_rate'),
        cells: periods.map((p) => percent(p.ind.contributionMarginRate)),
      });
    } else if (line === 'corporate_tax') {
      rows.push({
        id: 'corporate_tax',
        label: t(lang, 'pnl.corporate_tax'),
        cells: periods.map((p) => (p.year ? money(p.year.corporateTax) : EMPTY)),
      });
    } else if (line === 'net_result') {
      rows.push({
        id: 'net_result',
        label: t(lang, 'pnl.net_result'),
        cells: periods.map((p) => (p.year ? money(p.year.netResult) : EMPTY)),
        strong: true,
      });
    } else if (line === 'disposable_income') {
      rows.push({
        id: 'disposable_income',
        label: t(lang, 'pnl.disposable_income'),
        cells: periods.map((p) => (p.ind.disposableIncome ? money(p.ind.disposableIncome) : EMPTY)),
        strong: true,
      });
    } else {
      const values = periods.map((p) => p.totals[line.key]);
      if (OPTIONAL.has(line.id) && values.every((v) => v.isZero())) continue;
      rows.push({ id: line.id.slice(4), label: tCode(lang, line.id), cells: values.map(money), strong: line.strong });
    }
  }
  return rows;
}

export function pnlSection(f: Forecast, ind: Indicators, lang: Lang): Section {
  const rows = pnlRows(
    f,
    lang,
    f.years.map((y, i) => ({ totals: y.totals, ind: ind.years[i]!, year: y })),
  );
  rows.push(
    { id: 'orders', label: t(lang, 'pnl.orders'), cells: f.years.map((y) => num(y.totals.orders, 0)) },
    { id: 'stock_value', label: t(lang, 'pnl.stock_value'), cells: f.years.map((y) => money(y.stockValue)) },
    { id: 'working_capital', label: t(lang, 'pnl.working_capital'), cells: f.years.map((y) => money(y.workingCapital)) },
    { id: 'cash_end', label: t(lang, 'pnl.cash_end'), cells: f.years.map((y) => money(y.cashEnd)) },
  );
  const notes = [t(lang, 'fc.note.fiscal_year', { start: formatMonth(f.start, lang) })];
  if (isMicro(f)) notes.push(t(lang, 'fc.note.micro'));
  else if (f.ownerStatus) notes.push(t(lang, 'fc.note.owner_income_tax'));
  notes.push(...franchiseNotes(f, lang));
  return {
    id: 'income_statement',
    title: t(lang, 'fc.title.pnl'),
    labelHeader: '',
    columns: f.years.map((y) => ({ id: `year-${y.year}`, label: yearLabel(y, lang) })),
    rows,
    notes,
  };
}

const monthColumns = (f: Forecast) => f.months.map((m) => ({ id: m.month, label: m.month }));

function monthlyPnlSection(f: Forecast, ind: Indicators, lang: Lang): Section {
  const rows = pnlRows(
    f,
    lang,
    f.months.map((m, i) => ({ totals: m, ind: ind.months[i]!, month: m })),
  );
  return {
    id: 'income_statement_monthly',
    title: t(lang, 'fc.title.pnl_monthly'),
    labelHeader: '',
    columns: monthColumns(f),
    rows,
    notes: [t(lang, 'fc.note.monthly_amounts')],
    bareMoney: true,
    blockSize: 6,
  };
}

export function cashSection(f: Forecast, lang: Lang): Section {
  const flows = f.months.map((m) => m.cashFlows);
  const row = (id: string, values: Decimal[], strong = false): Row => ({
    id,
    label: tCode(lang, `cash.${id}`),
    cells: values.map(money),
    strong,
  });
  const optional = (id: string, key: keyof (typeof flows)[number]): Row[] => {
    const values = flows.map((x) => x[key]);
    return values.every((v) => v.isZero()) ? [] : [row(id, values)];
  };
  const rows: Row[] = [
    row(
      'start',
      f.months.map((_, i) => (i === 0 ? ZERO : f.months[i - 1]!.cashEnd)),
    ),
    row(
      'sales',
      flows.map((x) => x.sales),
    ),
    ...optional('financing', 'financing'),
    row(
      'total_in',
      f.months.map((m) => m.cashIn),
      true,
    ),
    ...optional('purchases', 'purchases'),
    row(
      'expenses',
      flows.map((x) => x.expenses),
    ),
    ...optional('eco_contributions', 'ecoContributions'),
    ...optional('e_invoicing', 'eInvoicing'),
    ...optional('investments', 'investments'),
    ...optional('vat', 'vat'),
    ...optional('loan_repayments', 'loanRepayments'),
    ...optional('social_and_tax', 'socialAndTax'),
    ...optional('owner_pay', 'ownerPay'),
    ...optional('corporate_tax', 'corporateTax'),
    row(
      'total_out',
      f.months.map((m) => m.cashOut),
      true,
    ),
    row(
      'net',
      f.months.map((m) => m.cashIn.minus(m.cashOut)),
    ),
    row(
      'end',
      f.months.map((m) => m.cashEnd),
      true,
    ),
  ];
  return {
    id: 'cash_plan',
    title: t(lang, 'fc.title.cash'),
    labelHeader: '',
    columns: monthColumns(f),
    rows,
    notes: [
      t(lang, 'fc.note.monthly_amounts'),
      ...(f.vatSwitch ? franchiseNotes(f, lang) : []),
      t(lang, 'cash.lowest', { amount: formatMoney(f.cash.lowest, lang), month: formatMonth(f.cash.lowestMonth, lang) }),
    ],
    bareMoney: true,
    blockSize: 6,
  };
}

export function breakEvenSection(f: Forecast, ind: Indicators, lang: Lang): Section {
  const notReached = text(t(lang, 'be.not_reached'));
  const rows: Row[] = [
    { id: 'revenue_ht', label: t(lang, 'pnl.revenue_ht'), cells: f.years.map((y) => money(y.revenueHt)) },
    { id: 'variable_charges', label: t(lang, 'be.variable_charges'), cells: ind.years.map((y) => money(y.variableCharges)) },
    { id: 'contribution_margin', label: t(lang, 'pnl.contribution_margin'), cells: f.years.map((y) => money(y.contributionMargin)) },
    {
      id: 'contribution_margin_rate',
      label: t(lang, 'pnl.contribution_margin_rate'),
      cells: ind.years.map((y) => percent(y.contributionMarginRate)),
    },
    { id: 'fixed_charges', label: t(lang, 'be.fixed_charges'), cells: ind.years.map((y) => money(y.fixedCharges)) },
    {
      id: 'break_even_revenue',
      label: t(lang, 'be.break_even_revenue'),
      cells: ind.years.map((y) => (y.breakEvenRevenue ? money(y.breakEvenRevenue) : notReached)),
      strong: true,
    },
    {
      id: 'safety_margin',
      label: t(lang, 'be.safety_margin'),
      cells: ind.years.map((y) => (y.safetyMargin ? money(y.safetyMargin) : EMPTY)),
    },
    // The day of the year's sales on which the seuil is reached (rounded up), issue 19.
    { id: 'break_even_days', label: t(lang, 'bank.be.days'), cells: f.years.map((y) => (y.breakEvenDays ? num(y.breakEvenDays.ceil(), 0) : notReached)) },
  ];
  const be = ind.breakEven;
  const point =
    be.month && be.index !== null && be.days !== null ? t(lang, 'be.point_mort_days', { month: formatMonth(be.month, lang), index: be.index, days: be.days }) : t(lang, 'be.point_mort_never');
  const fixed = t(lang, isMicro(f) || f.legalForm === null ? 'be.note.fixed_charges' : 'be.note.fixed_charges_owner');
  return {
    id: 'break_even',
    title: t(lang, 'fc.title.break_even'),
    labelHeader: '',
    columns: f.years.map((y) => ({ id: `year-${y.year}`, label: yearLabel(y, lang) })),
    rows,
    notes: [point, fixed],
  };
}

const yearCell = (f: Forecast, y: number, pick: (r: YearResult) => Decimal): Cell => {
  const r = f.years[y];
  return r ? money(pick(r)) : EMPTY;
};

/** The scenarios side by side: yearly revenue and results, lowest cash, break-even month. */
export function scenariosSection(forecasts: readonly Forecast[], lang: Lang): Section {
  const rows: Row[] = [];
  const years = Math.max(...forecasts.map((f) => f.years.length));
  for (let y = 0; y < years; y++) {
    const n = y + 1;
    rows.push({
      id: `revenue_ht.year-${n}`,
      label: t(lang, 'sc.revenue_year', { n }),
      cells: forecasts.map((f) => yearCell(f, y, (r) => r.revenueHt)),
    });
    rows.push({
      id: `result_before_tax.year-${n}`,
      label: t(lang, 'sc.result_year', { n }),
      cells: forecasts.map((f) => yearCell(f, y, (r) => r.resultBeforeTax)),
      strong: true,
    });
    if (forecasts.some(hasCorporateTax) || forecasts.some(isMicro))
      rows.push({
        id: `net_result.year-${n}`,
        label: t(lang, 'sc.net_year', { n }),
        cells: forecasts.map((f) => yearCell(f, y, (r) => r.netResult)),
      });
  }
  rows.push(
    { id: 'lowest_cash', label: t(lang, 'sc.lowest_cash'), cells: forecasts.map((f) => money(f.cash.lowest)), strong: true },
    { id: 'lowest_cash_month', label: t(lang, 'sc.lowest_month'), cells: forecasts.map((f) => text(f.cash.lowestMonth)) },
    {
      id: 'break_even_month',
      label: t(lang, 'sc.break_even_month'),
      cells: forecasts.map((f) => text(f.breakEvenMonth ?? t(lang, 'sc.never'))),
    },
    { id: 'total_orders', label: t(lang, 'pnl.orders'), cells: forecasts.map((f) => num(sum(f.months.map((m) => m.orders)), 0)) },
  );
  return {
    id: 'scenarios',
    title: t(lang, 'fc.title.scenarios'),
    labelHeader: '',
    columns: forecasts.map((f) => ({ id: f.scenario, label: t(lang, `scenario.${f.scenario}`) })),
    rows,
    notes: [],
  };
}

export function forecastSections(f: Forecast, ind: Indicators, lang: Lang, monthly: boolean): Section[] {
  const sections = [financingPlanSection(f, lang), pnlSection(f, ind, lang)];
  if (monthly) sections.push(monthlyPnlSection(f, ind, lang));
  sections.push(cashSection(f, lang), breakEvenSection(f, ind, lang), ...bankSections(f, lang));
  return sections;
}
