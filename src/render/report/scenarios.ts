/**
 * Scenarios and sensitivity in the dossier (issue 12, item 3): months as words,
 * what a scenario's forecast warns of (a negative cash balance above all) said
 * under the table as `forecast --scenario all` says it, and each sensitivity
 * table captioned with the figure it moves, with headers naming that figure.
 */
import type { Forecast } from '../../engine/types.js';
import { formatMonth } from '../../i18n/format.js';
import { scenariosSection } from '../forecast/view.js';
import type { TableView } from '../handlebars.js';
import type { Section } from '../sections.js';
import type { ReportContext } from './context.js';

const YM = /^\d{4}-\d{2}$/;

// After « Scénario pessimiste : » a French sentence goes on in lower case.
const lower = (s: string, c: ReportContext): string => (c.lang === 'fr' ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The scenario table with « août 2030 » where the engine's section says `2030-08`. */
export function scenarioTable(forecasts: readonly Forecast[], c: ReportContext, toTable: (s: Section) => TableView): TableView {
  const view = toTable(scenariosSection(forecasts, c.lang));
  return {
    ...view,
    rows: view.rows.map((r) => r.map((cell) => (typeof cell === 'string' && YM.test(cell) ? formatMonth(cell, c.lang) : cell))),
  };
}

/** What each scenario other than the base warns of, in the forecast's own words: « Scénario pessimiste : la trésorerie devient négative… ». */
export function scenarioAlerts(forecasts: readonly Forecast[], c: ReportContext): string[] {
  const base = forecasts.find((f) => f.scenario === 'base');
  const known = new Set((base?.warnings ?? []).map((w) => w.code));
  return forecasts
    .filter((f) => f.scenario !== 'base')
    .flatMap((f) =>
      f.warnings
        .filter((w) => w.severity === 'warning' && (w.code === 'forecast.cash_negative' || !known.has(w.code)))
        .map((w) => c.t('report.scenario_alert', { scenario: c.t(`scenario.${f.scenario}`), message: lower(c.tCode(w.code, w.data), c) })),
    );
}

/** The two sensitivity tables, each captioned with the figure it moves and headers naming it. */
export function sensitivityTables(sections: readonly Section[], c: ReportContext, toTable: (s: Section) => TableView) {
  return sections.map((s) => {
    const table = toTable(s);
    const figure = s.id === 'sensitivity_cash' ? 'cash' : 'result';
    const labels = (['low', 'high', 'swing'] as const).map((k) => c.t(`report.sens.${figure}.${k}`));
    table.caption = s.title;
    table.columns = table.columns.map((col, i) => (i === 0 ? col : { ...col, label: labels[i - 1] ?? col.label }));
    return { title: s.title, table, notes: s.notes };
  });
}
