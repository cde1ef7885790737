/**
 * `ecomplan report`: the candidate's dossier as one self-contained HTML page
 * (inline CSS and SVG) or as GitHub-flavoured Markdown (charts as SVG files beside
 * it when the output is a folder). Pure: returns text; the command writes it.
 */
import type { Problem } from '../../diagnostics/problem.js';
import type { Lang } from '../../i18n/index.js';
import type { SourceMap } from '../../io/yaml.js';
import type { ProjectFile } from '../../model/schema.js';
import { chartFileName, createRenderer } from '../handlebars.js';
import type { OutputFile } from '../legal/index.js';
import { buildReportView, type ReportView } from './view.js';
import type { ActualsAnalysis } from '../../actuals/analyse.js';

export type ReportFormat = 'html' | 'md';

export interface ReportOptions {
  format: ReportFormat;
  lang: Lang;
  templatesDir?: string;
  /** Markdown only: write the charts as SVG files beside the report (output to a folder). */
  chartFiles?: boolean;
  /** Where each key is in the file (the checklist's « where »). */
  map?: SourceMap;
  /** The file's validation warnings (they join the checklist's findings). */
  warnings?: readonly Problem[];
  /** `--actuals`: adds « Suivi du réel ». */
  actuals?: ActualsAnalysis;
}

export interface ReportResult {
  /** The report itself. */
  text: string;
  /** Markdown with chart files: the SVG files to write beside it. */
  extraFiles: OutputFile[];
  view: ReportView;
}

export function renderReport(project: ProjectFile, opts: ReportOptions): ReportResult {
  const chartFiles = opts.format === 'md' && Boolean(opts.chartFiles);
  const view = buildReportView({ project, lang: opts.lang, chartFile: chartFiles ? chartFileName : undefined, map: opts.map, warnings: opts.warnings, actuals: opts.actuals });
  const r = createRenderer({ format: opts.format, lang: opts.lang, currency: project.currency, templatesDir: opts.templatesDir });
  const body = r.render('report/report', view);
  if (opts.format === 'html') return { text: r.render('report/layout', { ...view, body: r.safe(body) }), extraFiles: [], view };
  return { text: body, extraFiles: chartFiles ? view.charts.map((c) => ({ name: chartFileName(c.id), content: `${c.svg}\n` })) : [], view };
}
