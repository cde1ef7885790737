/** Formatters of `ecomplan forecast`: pure functions from forecasts to text, one per `--format`. */
import { Chalk } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Forecast } from '../../engine/types.js';
import type { Indicators } from '../../evaluate/indicators.js';
import { t, type Lang } from '../../i18n/index.js';
import type { OutputFormat } from '../formats.js';
import { sectionToMarkdown, sectionToTable, sectionsToCsv } from '../sections.js';
import { escapeMarkdown } from '../escape.js';
import { warningsMarkdown, warningsText } from '../warnings.js';
import { forecastJson } from './json.js';
import { forecastSections, headerLine, scenariosSection } from './view.js';

interface ForecastOutput {
  /** One forecast, or the three scenarios (pessimistic, base, optimistic) of `--scenario all`. */
  forecasts: Forecast[];
  /** The indicators of each forecast, same order. */
  indicators: Indicators[];
  /** Located warnings of each forecast, same order. */
  warnings: Diagnostic[][];
  all: boolean;
  file: string;
  lang: Lang;
  color: boolean;
  monthly: boolean;
}

export type ForecastFormatter = (o: ForecastOutput) => string;

/** Warnings of `--scenario all`: each scenario's own, without repeating one already shown. */
function scenarioWarnings(o: ForecastOutput): Array<{ forecast: Forecast; diagnostics: Diagnostic[] }> {
  const seen = new Set<string>();
  return o.forecasts.map((forecast, i) => ({
    forecast,
    diagnostics: (o.warnings[i] ?? []).filter((d) => {
      const key = `${d.code}|${d.path}|${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  }));
}

const table: ForecastFormatter = (o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const first = o.forecasts[0]!;
  const out: string[] = [];
  if (o.all) {
    out.push(c.bold(first.project), '', sectionToTable(scenariosSection(o.forecasts, o.lang), o), '');
    for (const { forecast, diagnostics } of scenarioWarnings(o)) {
      if (diagnostics.length === 0) continue;
      out.push(c.bold(`${t(o.lang, 'fc.title.warnings')} — ${t(o.lang, `scenario.${forecast.scenario}`)}`), warningsText(o.file, diagnostics, o.lang, o.color));
    }
    return `${out.join('\n').trimEnd()}\n`;
  }
  out.push(c.bold(headerLine(first, o.lang)), '');
  for (const s of forecastSections(first, o.indicators[0]!, o.lang, o.monthly)) out.push(sectionToTable(s, o), '');
  out.push(c.bold(t(o.lang, 'fc.title.warnings')), warningsText(o.file, o.warnings[0] ?? [], o.lang, o.color));
  return `${out.join('\n').trimEnd()}\n`;
};

const md: ForecastFormatter = (o) => {
  const first = o.forecasts[0]!;
  const out: string[] = [`# ${escapeMarkdown(first.project)}`, ''];
  if (o.all) {
    out.push(sectionToMarkdown(scenariosSection(o.forecasts, o.lang), o.lang));
    for (const { forecast, diagnostics } of scenarioWarnings(o)) {
      if (diagnostics.length === 0) continue;
      out.push(`## ${t(o.lang, 'fc.title.warnings')} — ${t(o.lang, `scenario.${forecast.scenario}`)}`, '', warningsMarkdown(diagnostics, o.lang));
    }
  } else {
    out.push(escapeMarkdown(headerLine(first, o.lang)), '');
    for (const s of forecastSections(first, o.indicators[0]!, o.lang, o.monthly)) out.push(sectionToMarkdown(s, o.lang));
    out.push(`## ${t(o.lang, 'fc.title.warnings')}`, '', warningsMarkdown(o.warnings[0] ?? [], o.lang));
  }
  return `${out.join('\n').trimEnd()}\n`;
};

/** Long CSV, one value a row; `--scenario all` gives every table of each scenario. */
const csv: ForecastFormatter = (o) =>
  sectionsToCsv(
    o.forecasts.map((f, i) => ({ lead: [f.scenario], sections: forecastSections(f, o.indicators[i]!, o.lang, o.monthly) })),
    ['scenario'],
  );

const json: ForecastFormatter = (o) => {
  const docs = o.forecasts.map((f, i) => forecastJson(f, o.warnings[i] ?? [], o.lang));
  const body = o.all ? { ecomplan: 1, project: o.forecasts[0]!.project, currency: o.forecasts[0]!.currency, scenarios: docs } : docs[0];
  return `${JSON.stringify(body, null, 2)}\n`;
};

export const forecastFormatters: Record<OutputFormat, ForecastFormatter> = { table, json, csv, md };
