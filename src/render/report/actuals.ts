/**
 * « Suivi du réel » of the dossier (`report --actuals <exports...>`): the
 * cumulated comparison, the re-forecast beside the plan, and two charts (revenue
 * and cash, plan against actuals then re-forecast). A separate section file so that
 * the report's other sections stay untouched.
 */
import type { ActualsAnalysis } from '../../actuals/analyse.js';
import { actualCashChart, actualRevenueChart, type PlanActualMonth } from '../charts/actuals.js';
import { cumulativeSection, headerLine, reforecastSection, unmatchedSection } from '../actuals/view.js';
import type { ReportContext } from './context.js';
import { sectionTable } from './forecast.js';

/** The months the charts show: the whole horizon with a re-forecast, else the months of actuals. */
function chartMonths(a: ActualsAnalysis): { revenue: PlanActualMonth[]; cash: PlanActualMonth[] } {
  const r = a.reforecast;
  if (r) {
    return {
      revenue: r.months.map((m, i) => ({
        month: m.month,
        plan: a.forecast.months[i]!.revenueTtc,
        actual: m.revenueTtc,
        revised: m.kind === 'reforecast',
      })),
      cash: r.months.map((m, i) => ({
        month: m.month,
        plan: a.forecast.months[i]!.cashEnd,
        actual: m.cashEnd,
        revised: m.kind === 'reforecast',
      })),
    };
  }
  const months = a.months.map((m) => m.month);
  const plan = (month: string) => a.forecast.months.find((f) => f.month === month)!;
  const actual = (month: string) => a.months.find((m) => m.month === month)!.lines.find((l) => l.id === 'revenue_ttc')!.actual!;
  return {
    revenue: months.map((month) => ({ month, plan: plan(month).revenueTtc, actual: actual(month), revised: false })),
    cash: [],
  };
}

export function actualsReportSection(c: ReportContext, a: ActualsAnalysis) {
  const opts = { lang: c.lang, currency: c.currency };
  const months = chartMonths(a);
  const cumulative = cumulativeSection(a, c.project, c.lang);
  const unmatched = unmatchedSection(a, c.lang);
  const reforecast = reforecastSection(a, c.lang);
  return {
    intro: headerLine(a, c.project, c.lang),
    cumulative: sectionTable(cumulative, c),
    cumulativeNotes: cumulative.notes,
    unmatched: unmatched ? sectionTable(unmatched, c) : null,
    unmatchedNotes: unmatched?.notes ?? [],
    reforecast: reforecast.rows.length ? sectionTable(reforecast, c) : null,
    reforecastNotes: reforecast.notes,
    charts: {
      revenue: actualRevenueChart(months.revenue, opts),
      cash: months.cash.length ? actualCashChart(months.cash, opts) : null,
    },
  };
}
