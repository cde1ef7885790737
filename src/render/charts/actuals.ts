/**
 * The two charts of « Suivi du réel »: revenue TTC and cash, month by month, the
 * plan against the actuals followed by the re-forecast (dashed from the first
 * re-forecast month). Built from svg.ts primitives like the other charts.
 */
import type { Decimal } from '../../model/decimal.js';
import { money2 } from '../../model/decimal.js';
import { formatMoney, formatMonth } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { COLORS, PLOT, esc, labelled, legend, px, shortMonth, svgRoot, yAxis, yScale, type Chart, type ChartOptions } from './svg.js';

export interface PlanActualMonth {
  month: string;
  plan: Decimal;
  /** Actual (or estimated) up to the last full month, then re-forecast. */
  actual: Decimal;
  revised: boolean;
}

const ACTUAL = '#c9a227';

function bandX(i: number, n: number): Decimal {
  return PLOT.left.plus(
    PLOT.right
      .minus(PLOT.left)
      .div(n)
      .times(i + 0.5),
  );
}

function polyline(points: Array<{ x: Decimal; y: Decimal }>, color: string, dashed: boolean): string {
  if (points.length === 0) return '';
  return `<polyline points="${points.map((p) => `${px(p.x)},${px(p.y)}`).join(' ')}" fill="none" stroke="${color}" stroke-width="2"${dashed ? ' stroke-dasharray="6 4"' : ''} stroke-linejoin="round"/>`;
}

function planActualChart(id: string, title: string, desc: string, months: readonly PlanActualMonth[], opts: ChartOptions): Chart {
  const n = months.length;
  const scale = yScale(months.flatMap((m) => [m.plan, m.actual]));
  const every = Math.max(1, Math.ceil(n / 12));
  const labels = {
    plan: t(opts.lang, 'act.series.forecast'),
    actual: t(opts.lang, 'act.series.actual'),
    revised: t(opts.lang, 'act.series.revised'),
  };
  const hasRevised = months.some((m) => m.revised);
  let body =
    legend([
      { label: labels.plan, color: COLORS.revenue },
      { label: hasRevised ? labels.revised : labels.actual, color: ACTUAL, dashed: hasRevised },
    ]) + yAxis(scale, opts);
  months.forEach((m, i) => {
    if (i % every !== 0) return;
    body += `<text x="${px(bandX(i, n))}" y="${px(PLOT.bottom.plus(16))}" text-anchor="middle" fill="${COLORS.axis}">${esc(shortMonth(m.month))}</text>`;
  });
  const at = (i: number, v: Decimal) => ({ x: bandX(i, n), y: scale.y(v) });
  body += polyline(
    months.map((m, i) => at(i, m.plan)),
    COLORS.revenue,
    false,
  );
  const firstRevised = months.findIndex((m) => m.revised);
  const cut = firstRevised < 0 ? n : firstRevised;
  body += polyline(
    months.slice(0, cut).map((m, i) => at(i, m.actual)),
    ACTUAL,
    false,
  );
  // The dashed re-forecast starts from the last actual point, so that the line is continuous.
  const from = Math.max(0, cut - 1);
  if (firstRevised >= 0)
    body += polyline(
      months.slice(from).map((m, k) => at(from + k, m.actual)),
      ACTUAL,
      true,
    );
  for (const [key, pick] of [
    ['plan', (m: PlanActualMonth) => m.plan],
    ['actual', (m: PlanActualMonth) => m.actual],
  ] as const) {
    body += `<g data-series="${key}">`;
    months.forEach((m, i) => {
      const v = pick(m);
      const label = key === 'plan' ? labels.plan : m.revised ? labels.revised : labels.actual;
      body += `<circle data-point="" data-month="${esc(m.month)}" data-value="${money2(v)}" cx="${px(bandX(i, n))}" cy="${px(scale.y(v))}" r="2.2" fill="${key === 'plan' ? COLORS.revenue : ACTUAL}"><title>${esc(labelled(`${label} — ${formatMonth(m.month, opts.lang)}`, formatMoney(v, opts.lang, opts.currency), opts.lang))}</title></circle>`;
    });
    body += '</g>';
  }
  return { id, title, svg: svgRoot(id, title, desc, body), points: n * 2 };
}

export function actualRevenueChart(months: readonly PlanActualMonth[], opts: ChartOptions): Chart {
  const title = t(opts.lang, 'act.chart.revenue');
  return planActualChart('actuals-revenue', title, title, months, opts);
}

export function actualCashChart(months: readonly PlanActualMonth[], opts: ChartOptions): Chart {
  const title = t(opts.lang, 'act.chart.cash');
  return planActualChart('actuals-cash', title, title, months, opts);
}
