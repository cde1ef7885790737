/**
 * The dossier's view model, in the order of the referential: product and
 * production strategies (C1.1–C1.3), the prévisionnel (C1.4–C1.6), suppliers and
 * logistics (C2), brand (C3), customer experience (C4), legal frame (C5), then the
 * criteria checklist with the score. Templates only lay it out.
 */
import type { Lang } from '../../i18n/index.js';
import type { ProjectFile } from '../../model/schema.js';
import { date } from '../helpers.js';
import { given } from '../field.js';
import { RULES_DATE } from '../../model/rules-fr.js';
import type { Chart } from '../charts/index.js';
import { ReportContext } from './context.js';
import { brandSection, experienceSection, legalSection, productSection, supplySection } from './sections/index.js';
import { forecastSection, keyFigures, productFigures, stockSummary } from './forecast.js';
import { criteriaSection } from './criteria.js';
import type { Evaluation } from '../../evaluate/index.js';
import type { ActualsAnalysis } from '../../actuals/analyse.js';
import { actualsReportSection } from './actuals.js';
import type { RiskResult } from '../../risk/analysis.js';
import { riskReportSection } from './risk.js';

interface SectionHead {
  number: number;
  anchor: string;
  title: string;
  /** The criteria of the referential this section evidences (« C1.1 à C1.3 »). */
  criteria: string;
}

const SECTIONS = [
  ['product', 'C1.1–C1.3'],
  ['forecast', 'C1.4–C1.6'],
  ['supply', 'C2.1–C2.7'],
  ['brand', 'C3.1–C3.5'],
  ['experience', 'C4.1–C4.4'],
  ['legal', 'C5.1–C5.4'],
  ['criteria', 'C1–C5'],
] as const;

type SectionId = (typeof SECTIONS)[number][0];

export interface ReportInput {
  project: ProjectFile;
  lang: Lang;
  /** When Markdown charts are written as SVG files beside the report: the file name of a chart id. */
  chartFile?: (chartId: string) => string;
  /** The evaluation of the project (forecasts, indicators, check), asked with `reportRequest`. */
  evaluation: Evaluation;
  /** The `.ecomplanrc.yaml` the checklist was judged with, if any. */
  configFile?: string;
  /** `report --actuals`: the comparison with the shop's orders (« Suivi du réel », after the checklist). */
  actuals?: ActualsAnalysis;
  /** The risk analysis (« Analyse de risque », after the checklist): a `risk` section or `report --risk`. */
  risk?: RiskResult;
}

/** What the dossier needs from the evaluation. */
export const reportRequest = { scenarios: ['base'], declaredScenarios: true, sensitivity: true, check: true } as const;

export function buildReportView(input: ReportInput) {
  const { project, lang } = input;
  const c = new ReportContext(project, lang);
  const heads = Object.fromEntries(SECTIONS.map(([id, criteria], i) => [id, { number: i + 1, anchor: id, title: c.t(`report.section.${id}`), criteria }])) as Record<SectionId, SectionHead>;
  const ev = input.evaluation;
  const figures = productFigures(c, ev);
  const forecast = forecastSection(c, ev);
  const experience = experienceSection(c);
  const verdict = ev.check!;
  // Every chart, in the order of the report: the Markdown output writes each as an SVG file.
  const charts: Chart[] = [];
  if (figures?.chart) charts.push(figures.chart);
  if (!forecast.missing) charts.push(forecast.charts.revenueCharges, forecast.charts.cash, forecast.charts.breakEven, ...(forecast.charts.scenarios ? [forecast.charts.scenarios] : []));
  if (!experience.funnel.missing && experience.funnel.chart) charts.push(experience.funnel.chart);
  const riskHead: SectionHead = { number: SECTIONS.length + 1, anchor: 'risk', title: c.t('report.section.risk'), criteria: 'C1.4–C1.6' };
  const risk = input.risk ? { ...riskHead, ...riskReportSection(c, input.risk) } : null;
  if (risk) charts.push(risk.charts.fan, risk.charts.drivers);
  const actualsHead: SectionHead = {
    number: SECTIONS.length + 1 + (risk ? 1 : 0),
    anchor: 'actuals',
    title: c.t('report.section.actuals'),
    criteria: 'C1.5',
  };
  const actuals = input.actuals ? { ...actualsHead, ...actualsReportSection(c, input.actuals) } : null;
  if (actuals) charts.push(actuals.charts.revenue, ...(actuals.charts.cash ? [actuals.charts.cash] : []));
  return {
    lang,
    currency: project.currency,
    title: project.project.name,
    heading: c.t('report.heading', { name: project.project.name }),
    tagline: given(project.project.tagline),
    summary: c.t('report.summary', { start: c.month(project.project.start), horizon: project.project.horizon_months }),
    rulesNote: c.t('report.rules_note', { date: date(RULES_DATE, lang) }),
    keyFigures: keyFigures(c, ev, verdict),
    toc: [...SECTIONS.map(([id]) => heads[id]), ...(risk ? [riskHead] : []), ...(actuals ? [actualsHead] : [])],
    chartFiles: Boolean(input.chartFile),
    product: { ...heads.product, ...productSection(c), figures },
    forecast: { ...heads.forecast, ...forecast },
    supply: { ...heads.supply, ...supplySection(c), stock: stockSummary(c, ev) },
    brand: { ...heads.brand, ...brandSection(c) },
    experience: { ...heads.experience, ...experience },
    legal: { ...heads.legal, ...legalSection(c) },
    criteria: { ...heads.criteria, ...criteriaSection(c, verdict, input.configFile) },
    risk,
    actuals,
    /** Every chart of the report, for the Markdown output's SVG files and the tests. */
    charts,
  };
}

export type ReportView = ReturnType<typeof buildReportView>;
