/**
 * `ecomplan report`: the candidate's dossier as one self-contained HTML page
 * (inline CSS and SVG) or as GitHub-flavoured Markdown (charts as SVG files beside
 * it when the output is a folder). Pure: returns text; the command writes it.
 */
import type { Evaluation } from '../../evaluate/index.js';
import type { Lang } from '../../i18n/index.js';
import type { ProjectFile } from '../../model/schema.js';
import { chartFileName, createRenderer } from '../handlebars.js';
import type { OutputFile } from '../legal/index.js';
import { buildReportView, type ReportView } from './view.js';
import type { ActualsAnalysis } from '../../actuals/analyse.js';
import type { RiskResult } from '../../risk/analysis.js';

export { reportRequest } from './view.js';

type ReportFormat = 'html' | 'md';

export interface ReportOptions {
  format: ReportFormat;
  lang: Lang;
  templatesDir?: string;
  /** Markdown only: write the charts as SVG files beside the report (output to a folder). */
  chartFiles?: boolean;
  /** The project's evaluation, asked with `reportRequest` (view.ts). */
  evaluation: Evaluation;
  /** The `.ecomplanrc.yaml` the checklist was judged with, if any. */
  configFile?: string;
  /** `--actuals`: adds « Suivi du réel ». */
  actuals?: ActualsAnalysis;
  /** The risk analysis: adds « Analyse de risque ». */
  risk?: RiskResult;
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
  const view = buildReportView({
    project,
    lang: opts.lang,
    chartFile: chartFiles ? chartFileName : undefined,
    evaluation: opts.evaluation,
    configFile: opts.configFile,
    actuals: opts.actuals,
    risk: opts.risk,
  });
  const r = createRenderer({ format: opts.format, lang: opts.lang, currency: project.currency, templatesDir: opts.templatesDir });
  const body = r.render('report/report', view);
  if (opts.format === 'html') return { text: r.render('report/layout', { ...view, body: r.safe(body) }), extraFiles: [], view };
  return { text: body, extraFiles: chartFiles ? view.charts.map((c) => ({ name: chartFileName(c.id), content: `${c.svg}\n` })) : [], view };
}
