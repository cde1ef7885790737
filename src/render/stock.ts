/** `ecomplan stock`: per product, monthly purchases, stock level and value, reorder point, forced overstock. */
import { Chalk } from 'chalk';
import { money2, type Decimal } from '../model/decimal.js';
import type { Forecast, StockPlan } from '../engine/types.js';
import { formatMoney, formatNumber, formatMonth, type Lang } from '../i18n/format.js';
import { t, tCode } from '../i18n/index.js';
import type { OutputFormat } from './formats.js';
import { EMPTY, money, num, text, sectionToMarkdown, sectionToTable, sectionsToCsv, type Section } from './sections.js';
import { escapeMarkdown } from './escape.js';
import { headerLine } from './forecast/view.js';

interface StockOutput {
  forecast: Forecast;
  /** Reorder point of each product id in whole units (the evaluation's indicators). */
  reorderPoints: Record<string, Decimal | null>;
  safetyDays: number;
  lang: Lang;
  color: boolean;
}

function reorderText(p: StockPlan, units: Decimal | null | undefined, safetyDays: number, lang: Lang): string {
  if (units === null || units === undefined || p.leadTimeDays === null) return t(lang, 'stock.reorder_unknown');
  return t(lang, 'stock.reorder_units', { units: formatNumber(units, lang, 0), lead: p.leadTimeDays, safety: safetyDays });
}

function stockSections(f: Forecast, reorderPoints: Record<string, Decimal | null>, safetyDays: number, lang: Lang): Section[] {
  return f.stock.map((p, i) => {
    const forced = p.months.filter((m) => m.forcedByMinimum).map((m) => formatMonth(m.month, lang));
    const notes = [
      t(lang, 'stock.info', {
        strategy: t(lang, `strategy.${p.strategy}`),
        cost: formatMoney(p.unitCost, lang),
        moq: p.minimumOrderUnits,
        delay: p.paymentDelayMonths,
        reorder: reorderText(p, reorderPoints[p.productId], safetyDays, lang),
      }),
      forced.length > 0 ? t(lang, 'stock.forced_months', { months: forced.join(', ') }) : t(lang, 'stock.forced_none'),
    ];
    if (i === f.stock.length - 1) notes.push(t(lang, 'stock.note'));
    return {
      id: `stock.${p.productId}`,
      title: t(lang, 'stock.title', { product: p.productName }),
      labelHeader: t(lang, 'stock.col.month'),
      columns: ['sold', 'purchase_units', 'purchase_value', 'stock_units', 'stock_value', 'forced'].map((id) => ({
        id,
        label: tCode(lang, `stock.col.${id}`),
      })),
      rows: p.months.map((m) => ({
        id: m.month,
        label: m.month,
        cells: [num(m.units, 1), num(m.purchaseUnits, 0), money(m.purchaseValue), num(m.stockUnits, 1), money(m.stockValue), m.forcedByMinimum ? text(t(lang, 'stock.forced')) : EMPTY],
      })),
      notes,
    };
  });
}

function stockJson(f: Forecast): Record<string, unknown> {
  return {
    ecomplan: 1,
    project: f.project,
    scenario: f.scenario,
    currency: f.currency,
    products: f.stock.map((p) => ({
      product: p.productId,
      name: p.productName,
      strategy: p.strategy,
      supplier: p.supplierId,
      unit_cost: money2(p.unitCost),
      lead_time_days: p.leadTimeDays,
      minimum_order_units: p.minimumOrderUnits,
      payment_delay_months: p.paymentDelayMonths,
      reorder_point: p.reorderPointUnits === null ? null : money2(p.reorderPointUnits),
      forced_months: p.months.filter((m) => m.forcedByMinimum).map((m) => m.month),
      months: p.months.map((m) => ({
        month: m.month,
        units_sold: money2(m.units),
        purchase_units: money2(m.purchaseUnits),
        purchase_value: money2(m.purchaseValue),
        stock_units: money2(m.stockUnits),
        stock_value: money2(m.stockValue),
        forced_by_minimum: m.forcedByMinimum,
      })),
    })),
  };
}

export type StockFormatter = (o: StockOutput) => string;

export const stockFormatters: Record<OutputFormat, StockFormatter> = {
  table: (o) => {
    const c = new Chalk({ level: o.color ? 1 : 0 });
    return `${[c.bold(headerLine(o.forecast, o.lang)), '', ...stockSections(o.forecast, o.reorderPoints, o.safetyDays, o.lang).flatMap((s) => [sectionToTable(s, o), ''])].join('\n').trimEnd()}\n`;
  },
  md: (o) =>
    `${[`# ${escapeMarkdown(o.forecast.project)}`, '', escapeMarkdown(headerLine(o.forecast, o.lang)), '', ...stockSections(o.forecast, o.reorderPoints, o.safetyDays, o.lang).map((s) => sectionToMarkdown(s, o.lang))].join('\n').trimEnd()}\n`,
  csv: (o) => sectionsToCsv([{ lead: [o.forecast.scenario], sections: stockSections(o.forecast, o.reorderPoints, o.safetyDays, o.lang) }], ['scenario']),
  json: (o) => `${JSON.stringify(stockJson(o.forecast), null, 2)}\n`,
};
