/**
 * The notes under the comparison that say what the figures are made of — orders awaiting
 * payment, orders found in several exports, currencies converted, margins that could not be
 * computed — and why there is no re-forecast. Words only: every figure is the analysis's.
 */
import type { ActualsAnalysis } from '../../actuals/analyse.js';
import { formatMoney, formatNumber, type Lang } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import type { ProjectFile } from '../../model/schema.js';

export function exportNotes(a: ActualsAnalysis, project: ProjectFile, lang: Lang): string[] {
  const notes: string[] = [];
  const money = (d: ActualsAnalysis['pending']['amount']) => formatMoney(d, lang, project.currency);
  if (a.pending.orders > 0) notes.push(t(lang, a.pending.counted ? 'act.pending_counted' : 'act.pending_note', { count: a.pending.orders, amount: money(a.pending.amount) }));
  if (a.duplicates > 0) notes.push(t(lang, 'act.duplicates_note', { count: a.duplicates }));
  for (const c of a.conversions) {
    notes.push(t(lang, 'act.conversion_note', { currency: c.currency, rate: formatNumber(c.rate, lang, Math.max(2, c.rate.decimalPlaces())), project: project.currency, orders: c.orders }));
  }
  if (!a.units.matched.gt(0)) notes.push(a.units.all.gt(0) ? t(lang, 'act.margin_not_matched', { units: formatNumber(a.units.all, lang, 0) }) : t(lang, 'act.margin_no_items'));
  return notes;
}

export function withheldNote(a: ActualsAnalysis, lang: Lang): string {
  const w = a.withheld;
  if (w?.reason === 'nothing_matched') return t(lang, 'act.withheld.nothing_matched', { units: formatNumber(w.units, lang, 0) });
  if (w?.reason === 'no_items') return t(lang, 'act.withheld.no_items');
  if (w?.reason === 'no_forecast_orders') return t(lang, 'act.withheld.no_forecast_orders');
  return t(lang, 'act.no_reforecast');
}
