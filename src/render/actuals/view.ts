/**
 * `ecomplan actuals` as sections (the shared view model of src/render/sections.ts):
 * the cumulated comparison, one table per month, the unmatched lines and the
 * re-forecast side by side with the original plan.
 */
import type { ActualsAnalysis } from '../../actuals/analyse.js';
import type { LineComparison } from '../../actuals/compare.js';
import type { ProjectFile } from '../../model/schema.js';
import { Decimal } from '../../model/decimal.js';
import { formatMonth, formatNumber, formatPercent, type Lang } from '../../i18n/format.js';
import { t, tCode } from '../../i18n/index.js';
import { date as longDate } from '../helpers.js';
import { EMPTY, money, num, percent, text, type Cell, type Row, type Section } from '../sections.js';
import { exportNotes, withheldNote } from './notes.js';

function lineLabel(id: string, project: ProjectFile, lang: Lang): string {
  if (id.startsWith('units.') && id !== 'units.unmatched') {
    const pid = id.slice(6);
    return t(lang, 'act.line.units', { name: project.products.find((p) => p.id === pid)?.name ?? pid });
  }
  return tCode(lang, `act.line.${id}`);
}

const value = (kind: 'count' | 'money', d: LineComparison['actual']): Cell => (d === null ? EMPTY : kind === 'money' ? money(d) : num(d, 0));

function comparisonRows(lines: readonly LineComparison[], project: ProjectFile, lang: Lang): Row[] {
  return lines.map((l) => ({
    id: l.id,
    label: lineLabel(l.id, project, lang),
    strong: l.id === 'revenue_ttc' || l.id === 'contribution_margin',
    cells: [
      value(l.kind, l.forecast),
      // Only the margin has no actual: the goods matched no product, their cost is unknown.
      l.actual === null ? text(t(lang, 'act.not_matched')) : value(l.kind, l.actual),
      value(l.kind, l.diff),
      percent(l.diffRate),
      l.verdict ? text(t(lang, `act.verdict.${l.verdict}`)) : EMPTY,
    ],
  }));
}

const comparisonColumns = (lang: Lang) => [
  { id: 'forecast', label: t(lang, 'act.col.forecast') },
  { id: 'actual', label: t(lang, 'act.col.actual') },
  { id: 'diff', label: t(lang, 'act.col.diff') },
  { id: 'diff_rate', label: t(lang, 'act.col.diff_rate') },
  { id: 'verdict', label: t(lang, 'act.col.verdict') },
];

export function headerLine(a: ActualsAnalysis, project: ProjectFile, lang: Lang): string {
  const first = a.months[0]?.month;
  const last = a.months[a.months.length - 1]?.month;
  return t(lang, 'act.header', {
    project: project.project.name,
    scenario: t(lang, `scenario.${a.scenario}`),
    first: first ? formatMonth(first, lang) : '—',
    last: last ? formatMonth(last, lang) : '—',
    orders: a.counted - a.outsideHorizon,
    cancelled: a.left.cancelled,
    test: a.left.test,
  });
}

export function cumulativeSection(a: ActualsAnalysis, project: ProjectFile, lang: Lang): Section {
  const notes = [t(lang, 'act.tolerance_note', { tolerance: formatPercent(a.tolerance, lang, 0) }), t(lang, 'act.costs_note'), ...exportNotes(a, project, lang)];
  if (a.outsideHorizon > 0) notes.push(t(lang, 'act.outside_horizon', { count: a.outsideHorizon }));
  return {
    id: 'cumulative',
    title: t(lang, 'act.title.cumulative'),
    labelHeader: '',
    columns: comparisonColumns(lang),
    rows: comparisonRows(a.cumulative, project, lang),
    notes,
  };
}

function monthSections(a: ActualsAnalysis, project: ProjectFile, lang: Lang): Section[] {
  return a.months.map((m) => ({
    id: `month.${m.month}`,
    title: m.full ? t(lang, 'act.title.month', { month: formatMonth(m.month, lang) }) : t(lang, 'act.title.month_partial', { month: formatMonth(m.month, lang), until: longDate(a.until, lang) }),
    labelHeader: '',
    columns: comparisonColumns(lang),
    rows: comparisonRows(m.lines, project, lang),
    notes: [],
  }));
}

export function unmatchedSection(a: ActualsAnalysis, lang: Lang): Section | null {
  if (a.unmatched.length === 0) return null;
  return {
    id: 'unmatched',
    title: t(lang, 'act.title.unmatched'),
    labelHeader: '',
    columns: [
      { id: 'units', label: t(lang, 'act.col.units') },
      { id: 'orders', label: t(lang, 'act.col.orders') },
      { id: 'where', label: t(lang, 'act.col.where') },
    ],
    // The key comes from the export: it is a label (escaped, neutralised in CSV), never a row id.
    rows: a.unmatched.map((u, i) => ({
      id: `unmatched.${i + 1}`,
      label: u.key || t(lang, 'act.unmatched_no_key'),
      cells: [num(u.units, 0), num(new Decimal(u.orders), 0), text(u.where)],
    })),
    notes: [t(lang, 'act.unmatched_note')],
  };
}

export function reforecastSection(a: ActualsAnalysis, lang: Lang): Section {
  const r = a.reforecast;
  const columns = [
    { id: 'original', label: t(lang, 'act.col.original') },
    { id: 'revised', label: t(lang, 'act.col.revised') },
  ];
  if (!r)
    return {
      id: 'reforecast',
      title: t(lang, 'act.title.reforecast'),
      labelHeader: '',
      columns,
      rows: [],
      notes: [withheldNote(a, lang)],
    };
  const month = (m: string | null) => text(m ? formatMonth(m, lang) : t(lang, 'act.none'));
  const rows: Row[] = [
    {
      id: 'year1_revenue',
      label: t(lang, 'act.line.year1_revenue'),
      cells: [money(r.original.year1RevenueHt), money(r.revised.year1RevenueHt)],
      strong: true,
    },
    { id: 'break_even', label: t(lang, 'act.line.break_even'), cells: [month(r.original.breakEvenMonth), month(r.revised.breakEvenMonth)] },
    {
      id: 'lowest_cash',
      label: t(lang, 'act.line.lowest_cash'),
      cells: [money(r.original.lowestCash), money(r.revised.lowestCash)],
      strong: true,
    },
    {
      id: 'lowest_cash_month',
      label: t(lang, 'act.line.lowest_cash_month'),
      cells: [month(r.original.lowestCashMonth), month(r.revised.lowestCashMonth)],
    },
  ];
  const note = t(lang, 'act.reforecast_note', {
    orders: formatNumber(r.factors.orders, lang, 3),
    basket: formatNumber(r.factors.basket, lang, 3),
    through: formatMonth(r.through, lang),
    actual: formatNumber(r.base.actualOrders, lang, 0),
    forecast: formatNumber(r.base.forecastOrders, lang, 1),
    months: r.base.months.map((m) => formatMonth(m, lang)).join(', '),
  });
  return { id: 'reforecast', title: t(lang, 'act.title.reforecast'), labelHeader: '', columns, rows, notes: [note] };
}

export function actualsSections(a: ActualsAnalysis, project: ProjectFile, lang: Lang): Section[] {
  const unmatched = unmatchedSection(a, lang);
  return [cumulativeSection(a, project, lang), ...monthSections(a, project, lang), ...(unmatched ? [unmatched] : []), reforecastSection(a, lang)];
}
