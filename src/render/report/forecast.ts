/**
 * The prévisionnel in the dossier (C1.3–C1.6, C2.4): the engine's own tables
 * (the sections `ecomplan forecast`, `margin` and `sensitivity` print, reused as
 * they are) turned into report tables, the objectives against the forecast, and
 * the charts. Monthly tables are split into one table per year of the horizon.
 */
import { formatPath } from '../../diagnostics/diagnostic.js';
import type { Forecast } from '../../engine/types.js';
import type { Evaluated, Evaluation } from '../../evaluate/index.js';
import { formatMonth } from '../../i18n/format.js';
import { ZERO } from '../../model/decimal.js';
import { breakEvenChart, cashChart, revenueChargesChart, scenarioChart, unitCostChart, type Chart } from '../charts/index.js';
import type { Field } from '../field.js';
import { breakEvenSection, cashSection, financingPlanSection, pnlSection } from '../forecast/view.js';
import type { TableView } from '../handlebars.js';
import { marginSections } from '../margin.js';
import { EMPTY, showCell, type Section } from '../sections.js';
import { sensitivitySections } from '../sensitivity.js';
import type { ReportContext } from './context.js';
import { bankReport } from './bank.js';
import { cashPlanTables } from './cash-plan.js';
import { signed } from './identity.js';
import { scenarioAlerts, scenarioTable, sensitivityTables } from './scenarios.js';
import type { CheckResult } from '../../criteria/index.js';
import { percent } from '../check/model.js';

// An em space keeps the engine's indentation of sub-lines visible in HTML and Markdown.
const label = (s: string): string => s.replace(/^ {2}/, '\u2003');

/** An engine section as a report table; `cols` picks value columns (monthly tables by year). */
export function sectionTable(s: Section, c: ReportContext, opts: { id?: string; cols?: number[]; caption?: string } = {}): TableView {
  const cols = opts.cols ?? s.columns.map((_, i) => i);
  const strongRows: number[] = [];
  s.rows.forEach((r, i) => {
    if (r.strong) strongRows.push(i);
  });
  return {
    id: opts.id ?? s.id,
    caption: opts.caption,
    columns: [{ label: s.labelHeader }, ...cols.map((i) => ({ label: s.columns[i]?.label ?? '', align: 'right' as const }))],
    rows: s.rows.map((r) => [label(r.label), ...cols.map((i) => showCell(r.cells[i] ?? EMPTY, c.lang, s.bareMoney))]),
    strongRows,
  };
}

/** Objectives of growth (C1.4) against the forecast: the evaluation's comparisons, as C1.4 judges them. */
function objectivesTable(c: ReportContext, ev: Evaluation, base: Evaluated): TableView | null {
  const o = c.project.project.objectives;
  if (!o) return null;
  const rows: TableView['rows'] = ev.objectives.map((g) => [
    g.year === 1 ? c.t('report.objective.revenue_year1') : c.t('report.objective.revenue_final', { n: g.year }),
    c.money(g.objective, 0),
    c.money(g.forecast, 0),
    g.gapPercent === null
      ? signed(c.money(g.gap, 0), g.gap.toDecimalPlaces(0))
      : `${signed(c.money(g.gap, 0), g.gap.toDecimalPlaces(0))} (${signed(c.percent(g.gapPercent.div(100)), g.gapPercent.div(100).toDecimalPlaces(3))})`,
  ]);
  const f = base.forecast;
  if (o.max_break_even_month !== undefined) {
    const index = base.indicators.breakEven.index;
    rows.push([
      c.t('report.objective.break_even'),
      c.t('report.objective.month_n', { n: o.max_break_even_month }),
      index ? c.t('report.objective.month_at', { n: index, month: formatMonth(f.breakEvenMonth as string, c.lang) }) : c.t('report.objective.never'),
      index ? (index <= o.max_break_even_month ? c.t('report.objective.met') : c.t('report.objective.late', { n: index - o.max_break_even_month })) : c.t('report.objective.not_met'),
    ]);
  }
  return {
    id: 'objectives',
    columns: [
      { label: c.t('report.col.objective') },
      { label: c.t('report.col.target_value'), align: 'right' },
      { label: c.t('report.col.forecast'), align: 'right' },
      { label: c.t('report.col.gap'), align: 'right' },
    ],
    rows,
  };
}

function charts(c: ReportContext, base: Evaluated, scenarios: readonly Forecast[] | null) {
  const { forecast: f, indicators: ind } = base;
  const opts = { lang: c.lang, currency: c.currency };
  const out: { revenueCharges: Chart; cash: Chart; breakEven: Chart; scenarios: Chart | null } = {
    revenueCharges: revenueChargesChart(
      f.months.map((m, i) => ({ month: m.month, revenue: m.revenueHt, charges: ind.months[i]!.charges })),
      opts,
    ),
    cash: cashChart(
      f.months.map((m) => ({ month: m.month, cash: m.cashEnd })),
      { month: f.cash.lowestMonth, value: f.cash.lowest },
      opts,
    ),
    breakEven: breakEvenChart(ind.breakEven.cumulative, ind.breakEven.month, opts),
    scenarios: null,
  };
  if (scenarios) {
    out.scenarios = scenarioChart(
      scenarios.map((s) => ({ id: s.scenario, label: c.t(`scenario.${s.scenario}`) })),
      [
        { label: c.t('report.chart.revenue_year1'), values: scenarios.map((s) => s.years[0]?.revenueHt ?? ZERO) },
        { label: c.t('report.chart.result_year1'), values: scenarios.map((s) => s.years[0]?.resultBeforeTax ?? ZERO) },
        { label: c.t('report.chart.lowest_cash'), values: scenarios.map((s) => s.cash.lowest) },
      ],
      opts,
    );
  }
  return out;
}

/** The prévisionnel section of the dossier. */
export function forecastSection(c: ReportContext, ev: Evaluation) {
  const r = ev.base;
  if (!r) {
    const errors = ev.errors;
    return {
      missing: c.missing('report.element.forecast', errors[0]?.path ?? ['demand']) as Field,
      errors: errors.map((w) => `${c.tCode(w.code, w.data)} (${formatPath(w.path)})`),
    };
  }
  const { forecast: f, indicators: ind } = r;
  const scenarios = ev.scenarios?.map((s) => s.forecast) ?? null;
  const pnl = pnlSection(f, ind, c.lang);
  const cash = cashSection(f, c.lang);
  const be = breakEvenSection(f, ind, c.lang);
  const sens = sensitivitySections(ev.sensitivity ?? [], c.lang);
  const notes = (s: Section) => s.notes;
  const warnings = f.warnings.filter((w) => w.severity !== 'info').map((w) => `${c.tCode(w.code, w.data)} (${formatPath(w.path)})`);
  return {
    missing: null,
    objectives: objectivesTable(c, ev, r),
    noObjectives: c.project.project.objectives ? null : c.missing('report.element.objectives', ['project', 'objectives']),
    financingPlan: sectionTable(financingPlanSection(f, c.lang), c),
    pnl: sectionTable(pnl, c),
    pnlNotes: notes(pnl),
    cashPlan: cashPlanTables(cash, f, c),
    cashNotes: notes(cash),
    breakEven: sectionTable(be, c),
    breakEvenNotes: notes(be),
    bank: bankReport(f, c, (s, caption) => sectionTable(s, c, { caption })),
    scenarios: scenarios ? scenarioTable(scenarios, c, (s) => sectionTable(s, c)) : null,
    scenarioAlerts: scenarios ? scenarioAlerts(scenarios, c) : [],
    noScenarios: scenarios ? null : c.missing('report.element.scenarios', ['demand', 'scenarios']),
    sensitivity: sensitivityTables(sens, c, (s) => sectionTable(s, c)),
    warnings,
    charts: charts(c, r, scenarios),
  };
}

/** The few figures a jury reads first, under the title. */
export function keyFigures(c: ReportContext, ev: Evaluation, verdict: CheckResult): TableView | null {
  const r = ev.base;
  const score: TableView['rows'][number] = [c.t('report.key.score'), percent(verdict.score.overall.value, c.lang)];
  if (!r)
    return {
      id: 'key-figures',
      columns: [{ label: c.t('report.col.item') }, { label: c.t('report.col.value'), align: 'right' }],
      rows: [score],
    };
  const f = r.forecast;
  const first = f.years[0];
  const last = f.years[f.years.length - 1];
  const index = r.indicators.breakEven.index;
  const rows: TableView['rows'] = [];
  if (first) rows.push([c.t('report.key.revenue', { n: 1 }), c.money(first.revenueHt, 0)], [c.t('report.key.result', { n: 1 }), c.money(first.resultBeforeTax, 0)]);
  if (last && last !== first) rows.push([c.t('report.key.revenue', { n: last.year }), c.money(last.revenueHt, 0)], [c.t('report.key.result', { n: last.year }), c.money(last.resultBeforeTax, 0)]);
  rows.push(
    [c.t('report.key.break_even'), index ? c.t('report.objective.month_at', { n: index, month: formatMonth(f.breakEvenMonth as string, c.lang) }) : c.t('report.objective.never')],
    [c.t('report.key.lowest_cash'), c.t('report.key.lowest_cash_value', { amount: c.money(f.cash.lowest, 0), month: formatMonth(f.cash.lowestMonth, c.lang) })],
    [c.t('report.key.financing'), c.money(f.financingTotals.resources, 0)],
    score,
  );
  return { id: 'key-figures', columns: [{ label: c.t('report.col.item') }, { label: c.t('report.col.value'), align: 'right' }], rows };
}

/** Unit economics for the product part (C1.2–C1.3): the margin tables and the unit cost chart. */
export function productFigures(c: ReportContext, ev: Evaluation) {
  if (!ev.base) return null;
  const f = ev.base.forecast;
  const sections = marginSections(f, c.lang);
  const firstChannel = f.unitEconomics[0]?.channelId;
  const main = f.unitEconomics.filter((u) => u.variant === 'main' && u.channelId === firstChannel);
  const chart = main.length
    ? unitCostChart(
        main.map((u) => ({
          label: u.productName,
          total: u.cost.total,
          segments: u.cost.lines.map((l) => ({ label: l.id ? c.tCode(l.id) : l.label, value: l.amount })),
        })),
        { lang: c.lang, currency: c.currency },
      )
    : null;
  return {
    tables: sections.map((s) => ({ title: s.title, table: sectionTable(s, c, { id: s.id.replace('.', '-') }), notes: s.notes })),
    chart,
  };
}

/** Stock plan summary for C2.4: one row per product (the month-by-month plan is `ecomplan stock`). */
export function stockSummary(c: ReportContext, ev: Evaluation): TableView | null {
  const r = ev.base;
  if (!r || r.forecast.stock.length === 0) return null;
  return {
    id: 'stock',
    columns: [
      { label: c.t('report.col.product') },
      { label: c.t('report.col.unit_cost'), align: 'right' },
      { label: c.t('report.col.lead_time'), align: 'right' },
      { label: c.t('report.col.reorder_point'), align: 'right' },
      { label: c.t('report.col.minimum'), align: 'right' },
      { label: c.t('report.col.purchases'), align: 'right' },
      { label: c.t('report.col.stock_end_year1'), align: 'right' },
    ],
    rows: r.forecast.stock.map((p) => [
      p.productName,
      c.money(p.unitCost),
      p.leadTimeDays !== null ? c.t('report.days', { n: p.leadTimeDays }) : '',
      r.indicators.reorderPoints[p.productId] ? c.t('report.units', { n: c.number(r.indicators.reorderPoints[p.productId]) }) : c.t('report.unknown'),
      p.minimumOrderUnits ? c.number(p.minimumOrderUnits) : '',
      String(p.months.filter((m) => m.purchaseUnits.gt(0)).length),
      c.money(p.months[Math.min(11, p.months.length - 1)]?.stockValue ?? ZERO),
    ]),
  };
}
