/**
 * The six charts of the report, as pure functions of plain series (not of the
 * engine's types, so that they stay simple to test and reuse). Amounts are Decimals;
 * pixels are computed in Decimal too and written with one decimal.
 */
import { Decimal, ZERO, money2 } from '../../model/decimal.js';
import { formatMoney, formatMonth, formatPercent } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { COLORS, PALETTE, PLOT, WIDTH, esc, labelled, legend, px, shortMonth, svgRoot, yAxis, yScale, type Chart, type ChartOptions } from './svg.js';

export type { Chart, ChartOptions } from './svg.js';
export { unitCostChart } from './unit-cost.js';
import { wrapWords } from './unit-cost.js';

const plotWidth = PLOT.right.minus(PLOT.left);

/** x of the centre of band `i` among `n`. */
export const bandX = (i: number, n: number): Decimal => PLOT.left.plus(plotWidth.div(n).times(i + 0.5));

export function monthAxis(months: readonly string[]): string {
  const n = months.length;
  const every = Math.max(1, Math.ceil(n / 12));
  let out = '';
  months.forEach((m, i) => {
    if (i % every !== 0) return;
    const x = px(bandX(i, n));
    out += `<line x1="${x}" y1="${px(PLOT.bottom)}" x2="${x}" y2="${px(PLOT.bottom.plus(4))}" stroke="${COLORS.axis}"/>`;
    out += `<text x="${x}" y="${px(PLOT.bottom.plus(16))}" text-anchor="middle" fill="${COLORS.axis}">${esc(shortMonth(m))}</text>`;
  });
  return out;
}

interface Series {
  id: string;
  label: string;
  color: string;
  values: readonly Decimal[];
  dashed?: boolean;
}

/** Lines over months, one `data-point` circle per value. */
function monthLines(months: readonly string[], series: readonly Series[], opts: ChartOptions, scale = yScale(series.flatMap((s) => [...s.values]))): string {
  const n = months.length;
  let out = yAxis(scale, opts) + monthAxis(months);
  for (const s of series) {
    const pts = s.values.map((v, i) => `${px(bandX(i, n))},${px(scale.y(v))}`).join(' ');
    out += `<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''} stroke-linejoin="round"/>`;
    out += `<g data-series="${esc(s.id)}" fill="${s.color}">`;
    s.values.forEach((v, i) => {
      const month = months[i] as string;
      out += `<circle data-point="" data-month="${esc(month)}" data-value="${money2(v)}" cx="${px(bandX(i, n))}" cy="${px(scale.y(v))}" r="2.2"><title>${esc(labelled(`${s.label} — ${formatMonth(month, opts.lang)}`, formatMoney(v, opts.lang, opts.currency), opts.lang))}</title></circle>`;
    });
    out += '</g>';
  }
  return out;
}

/** Monthly revenue HT against total charges (revenue − result). */
export function revenueChargesChart(months: ReadonlyArray<{ month: string; revenue: Decimal; charges: Decimal }>, opts: ChartOptions): Chart {
  const title = t(opts.lang, 'report.chart.revenue_charges');
  const series: Series[] = [
    { id: 'revenue', label: t(opts.lang, 'report.chart.revenue'), color: COLORS.revenue, values: months.map((m) => m.revenue) },
    { id: 'charges', label: t(opts.lang, 'report.chart.charges'), color: COLORS.charges, values: months.map((m) => m.charges) },
  ];
  const body =
    legend(series) +
    monthLines(
      months.map((m) => m.month),
      series,
      opts,
    );
  return {
    id: 'revenue-charges',
    title,
    svg: svgRoot('revenue-charges', title, t(opts.lang, 'report.chart.revenue_charges.desc', { months: months.length }), body),
    points: months.length * 2,
  };
}

/** Cash balance at the end of each month, its lowest point marked. */
export function cashChart(months: ReadonlyArray<{ month: string; cash: Decimal }>, lowest: { month: string; value: Decimal }, opts: ChartOptions): Chart {
  const title = t(opts.lang, 'report.chart.cash');
  const values = months.map((m) => m.cash);
  const scale = yScale(values);
  const series: Series[] = [{ id: 'cash', label: t(opts.lang, 'report.chart.cash_end'), color: COLORS.cash, values }];
  let body =
    legend(series) +
    monthLines(
      months.map((m) => m.month),
      series,
      opts,
      scale,
    );
  const i = months.findIndex((m) => m.month === lowest.month);
  if (i >= 0) {
    const x = bandX(i, months.length);
    const y = scale.y(lowest.value);
    const label = t(opts.lang, 'report.chart.lowest', {
      amount: formatMoney(lowest.value, opts.lang, opts.currency),
      month: formatMonth(lowest.month, opts.lang),
    });
    const anchor = x.gt(WIDTH.div(2)) ? 'end' : 'start';
    const dx = anchor === 'end' ? -8 : 8;
    body += `<g data-lowest="${esc(lowest.month)}" data-value="${money2(lowest.value)}"><circle cx="${px(x)}" cy="${px(y)}" r="5.5" fill="none" stroke="${COLORS.lowest}" stroke-width="2"/>`;
    body += `<text x="${px(x.plus(dx))}" y="${px(y.plus(y.lt(PLOT.bottom.minus(20)) ? 16 : -10))}" text-anchor="${anchor}" fill="${COLORS.lowest}" font-weight="600">${esc(label)}</text></g>`;
  }
  return {
    id: 'cash',
    title,
    svg: svgRoot('cash', title, t(opts.lang, 'report.chart.cash.desc', { months: months.length }), body),
    points: months.length,
  };
}

/** Cumulative contribution margin against cumulative fixed charges; the point mort where the first catches up. */
export function breakEvenChart(months: ReadonlyArray<{ month: string; margin: Decimal; fixed: Decimal }>, breakEvenMonth: string | null, opts: ChartOptions): Chart {
  const title = t(opts.lang, 'report.chart.break_even');
  const series: Series[] = [
    { id: 'margin', label: t(opts.lang, 'report.chart.cumulative_margin'), color: COLORS.margin, values: months.map((m) => m.margin) },
    {
      id: 'fixed',
      label: t(opts.lang, 'report.chart.cumulative_fixed'),
      color: COLORS.fixed,
      values: months.map((m) => m.fixed),
      dashed: true,
    },
  ];
  let body =
    legend(series) +
    monthLines(
      months.map((m) => m.month),
      series,
      opts,
    );
  const i = breakEvenMonth ? months.findIndex((m) => m.month === breakEvenMonth) : -1;
  if (breakEvenMonth && i >= 0) {
    const x = bandX(i, months.length);
    const label = t(opts.lang, i === 0 ? 'report.chart.break_even_first' : 'report.chart.break_even_at', {
      month: formatMonth(breakEvenMonth, opts.lang),
    });
    const anchor = x.gt(WIDTH.div(2)) ? 'end' : 'start';
    body += `<g data-break-even="${esc(breakEvenMonth)}"><line x1="${px(x)}" y1="${px(PLOT.top)}" x2="${px(x)}" y2="${px(PLOT.bottom)}" stroke="${COLORS.ink}" stroke-dasharray="3 3"/>`;
    body += `<text x="${px(x.plus(anchor === 'end' ? -6 : 6))}" y="${px(PLOT.top.plus(12))}" text-anchor="${anchor}" fill="${COLORS.ink}" font-weight="600">${esc(label)}</text></g>`;
  } else {
    body += `<text x="${px(PLOT.right)}" y="${px(PLOT.top.plus(12))}" text-anchor="end" fill="${COLORS.charges}" font-weight="600" data-break-even="">${esc(t(opts.lang, 'report.chart.break_even_none'))}</text>`;
  }
  return {
    id: 'break-even',
    title,
    svg: svgRoot('break-even', title, t(opts.lang, 'report.chart.break_even.desc'), body),
    points: months.length * 2,
  };
}

const LABEL_W = new Decimal(190);
const ROW_H = new Decimal(30);

/** The sales funnel: one bar per stage, its width the stage's rate; a long stage name wraps on words, never cut. */
export function funnelChart(stages: ReadonlyArray<{ label: string; rate: Decimal }>, opts: ChartOptions): Chart {
  const title = t(opts.lang, 'report.chart.funnel');
  const left = LABEL_W;
  const right = WIDTH.minus(70);
  const max = stages.reduce((m, s) => (s.rate.gt(m) ? s.rate : m), ZERO);
  let body = '';
  let y = new Decimal(40);
  stages.forEach((s, i) => {
    const lines = wrapWords(s.label, left.minus(20));
    const rowH = Decimal.max(ROW_H, new Decimal(14).times(lines.length).plus(8));
    const mid = y.plus(rowH.div(2));
    const w = max.gt(0) ? right.minus(left).times(s.rate.div(max)) : ZERO;
    const visible = w.lt(2) && s.rate.gt(0) ? new Decimal(2) : w;
    const pct = formatPercent(s.rate, opts.lang, s.rate.lt('0.1') ? 1 : 0);
    body += `<g data-point="" data-value="${s.rate.toString()}"><title>${esc(labelled(s.label, pct, opts.lang))}</title>`;
    lines.forEach((l, k) => {
      const ly = mid.plus(new Decimal(14).times(k - (lines.length - 1) / 2));
      body += `<text x="${px(left.minus(8))}" y="${px(ly)}" text-anchor="end" dominant-baseline="middle" fill="${COLORS.ink}">${esc(l)}</text>`;
    });
    body += `<rect x="${px(left)}" y="${px(mid.minus(ROW_H.div(2)).plus(4))}" width="${px(visible)}" height="${px(ROW_H.minus(8))}" fill="${COLORS.bar}" fill-opacity="${px(new Decimal(1).minus(new Decimal(i).times('0.12')).clamp('0.35', 1))}"/>`;
    body += `<text x="${px(left.plus(visible).plus(6))}" y="${px(mid)}" dominant-baseline="middle" fill="${COLORS.ink}">${esc(pct)}</text></g>`;
    y = y.plus(rowH);
  });
  return {
    id: 'funnel',
    title,
    svg: svgRoot('funnel', title, t(opts.lang, 'report.chart.funnel.desc', { stages: stages.length }), body, y.plus(16)),
    points: stages.length,
  };
}

/** Key figures of each scenario side by side: one group per figure, one bar per scenario. */
export function scenarioChart(scenarios: ReadonlyArray<{ id: string; label: string }>, figures: ReadonlyArray<{ label: string; values: readonly Decimal[] }>, opts: ChartOptions): Chart {
  const title = t(opts.lang, 'report.chart.scenarios');
  const scale = yScale(figures.flatMap((f) => [...f.values]));
  const colors = scenarios.map((s, i) => (COLORS as Record<string, string>)[s.id] ?? (PALETTE[i] as string));
  let body = legend(scenarios.map((s, i) => ({ label: s.label, color: colors[i] as string }))) + yAxis(scale, opts);
  const groupW = plotWidth.div(Math.max(1, figures.length));
  const barW = groupW.times('0.7').div(Math.max(1, scenarios.length));
  figures.forEach((f, g) => {
    const gx = PLOT.left.plus(groupW.times(g)).plus(groupW.times('0.15'));
    body += `<text x="${px(PLOT.left.plus(groupW.times(g + 0.5)))}" y="${px(PLOT.bottom.plus(16))}" text-anchor="middle" fill="${COLORS.ink}">${esc(f.label)}</text>`;
    f.values.forEach((v, s) => {
      const y0 = scale.y(ZERO);
      const y1 = scale.y(v);
      const top = v.gte(0) ? y1 : y0;
      const h = y0.minus(y1).abs();
      const scenario = scenarios[s] as { id: string; label: string };
      body += `<rect data-point="" data-scenario="${esc(scenario.id)}" data-value="${money2(v)}" x="${px(gx.plus(barW.times(s)))}" y="${px(top)}" width="${px(barW.minus(2))}" height="${px(h)}" fill="${colors[s]}"><title>${esc(labelled(`${scenario.label} — ${f.label}`, formatMoney(v, opts.lang, opts.currency), opts.lang))}</title></rect>`;
    });
  });
  return {
    id: 'scenarios',
    title,
    svg: svgRoot('scenarios', title, t(opts.lang, 'report.chart.scenarios.desc'), body),
    points: figures.length * scenarios.length,
  };
}
