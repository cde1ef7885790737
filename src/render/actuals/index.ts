/** Formatters of `ecomplan actuals`: pure functions from the analysis to text, one per `--format`. */
import { Chalk } from 'chalk';
import type { ActualsAnalysis } from '../../actuals/analyse.js';
import type { LineComparison } from '../../actuals/compare.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../i18n/index.js';
import { money2 } from '../../model/decimal.js';
import type { ProjectFile } from '../../model/schema.js';
import { escapeMarkdown } from '../escape.js';
import type { OutputFormat } from '../formats.js';
import { jsonWarning, money2OrNull, rate4 } from '../json-values.js';
import { sectionToMarkdown, sectionToTable, sectionsToCsv } from '../sections.js';
import { actualsSections, headerLine } from './view.js';

interface ActualsOutput {
  analysis: ActualsAnalysis;
  project: ProjectFile;
  /** Notes of the import (Latin-1 read…), located in their export. */
  notes: Diagnostic[];
  lang: Lang;
  color: boolean;
}

export type ActualsFormatter = (o: ActualsOutput) => string;

const table: ActualsFormatter = (o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const out = [c.bold(headerLine(o.analysis, o.project, o.lang)), ''];
  for (const s of actualsSections(o.analysis, o.project, o.lang)) out.push(sectionToTable(s, o), '');
  return `${out.join('\n').trimEnd()}\n`;
};

const md: ActualsFormatter = (o) => {
  const out = [`# ${escapeMarkdown(o.project.project.name)}`, '', escapeMarkdown(headerLine(o.analysis, o.project, o.lang)), ''];
  for (const s of actualsSections(o.analysis, o.project, o.lang)) out.push(sectionToMarkdown(s, o.lang));
  return `${out.join('\n').trimEnd()}\n`;
};

const csv: ActualsFormatter = (o) => sectionsToCsv([{ lead: [], sections: actualsSections(o.analysis, o.project, o.lang) }]);

const jsonLine = (l: LineComparison) => ({
  line: l.id,
  forecast: l.forecast === null ? null : money2(l.forecast),
  actual: money2OrNull(l.actual),
  diff: money2OrNull(l.diff),
  diff_rate: rate4(l.diffRate),
  verdict: l.verdict,
});

const json: ActualsFormatter = (o) => {
  const a = o.analysis;
  const r = a.reforecast;
  const summary = (s: NonNullable<typeof r>['original']) => ({
    year1_revenue_ht: money2(s.year1RevenueHt),
    break_even_month: s.breakEvenMonth,
    lowest_cash: money2(s.lowestCash),
    lowest_cash_month: s.lowestCashMonth,
  });
  const body = {
    ecomplan: 1,
    project: o.project.project.name,
    scenario: a.scenario,
    currency: o.project.currency,
    tolerance: rate4(a.tolerance),
    until: a.until,
    orders: { counted: a.counted - a.outsideHorizon, cancelled: a.left.cancelled, test: a.left.test, pending: a.left.pending, outside_horizon: a.outsideHorizon },
    pending: { orders: a.pending.orders, amount: money2(a.pending.amount), counted: a.pending.counted },
    duplicates: a.duplicates,
    conversions: a.conversions.map((c) => ({ currency: c.currency, rate: c.rate.toString(), orders: c.orders })),
    units: { all: money2(a.units.all), matched: money2(a.units.matched) },
    cumulative: a.cumulative.map(jsonLine),
    months: a.months.map((m) => ({ month: m.month, full: m.full, lines: m.lines.map(jsonLine) })),
    unmatched: a.unmatched.map((u) => ({ key: u.key, units: money2(u.units), orders: u.orders, where: u.where })),
    reforecast: r
      ? {
          factors: { orders: r.factors.orders.toDecimalPlaces(6).toFixed(6), basket: r.factors.basket.toDecimalPlaces(6).toFixed(6) },
          base: {
            months: r.base.months,
            actual_orders: money2(r.base.actualOrders),
            forecast_orders: money2(r.base.forecastOrders),
            actual_goods: money2(r.base.actualGoods),
            forecast_goods: money2(r.base.forecastGoods),
          },
          through: r.through,
          original: summary(r.original),
          revised: summary(r.revised),
          months: r.months.map((m) => ({
            month: m.month,
            kind: m.kind,
            revenue_ttc: money2(m.revenueTtc),
            revenue_ht: money2(m.revenueHt),
            cash_end: money2(m.cashEnd),
          })),
        }
      : null,
    withheld: a.withheld ? { reason: a.withheld.reason, ...('units' in a.withheld ? { units: money2(a.withheld.units) } : {}) } : null,
    notes: o.notes.map(jsonWarning),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
};

export const actualsFormatters: Record<OutputFormat, ActualsFormatter> = { table, json, csv, md };
