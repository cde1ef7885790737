/**
 * The charts of the risk analysis: the fan of month-end cash across the futures drawn — the P5–P95
 * band, the P25–P75 band, the median line (one `data-point` a month, its title giving the five
 * percentiles) and the plan's cash, dashed — and the tornado of the drivers. Pure: values in, SVG out.
 */
import { Decimal } from '../../model/decimal.js';
import { formatMoney, formatMonth, formatNumber } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { bandX, monthAxis } from './index.js';
import { COLORS, WIDTH, esc, labelled, legend, px, svgRoot, yAxis, yScale, type Chart, type ChartOptions } from './svg.js';

export interface FanMonth {
  month: string;
  p5: Decimal;
  p25: Decimal;
  p50: Decimal;
  p75: Decimal;
  p95: Decimal;
  plan: Decimal;
}

export function riskFanChart(months: readonly FanMonth[], opts: ChartOptions): Chart {
  const title = t(opts.lang, 'risk.fan.title');
  const n = months.length;
  const scale = yScale(months.flatMap((m) => [m.p5, m.p95, m.plan]));
  const at = (i: number, v: Decimal) => `${px(bandX(i, n))},${px(scale.y(v))}`;
  const band = (lo: (m: FanMonth) => Decimal, hi: (m: FanMonth) => Decimal, opacity: string, id: string) => {
    const upper = months.map((m, i) => at(i, hi(m)));
    const lower = months.map((m, i) => at(i, lo(m))).reverse();
    return `<polygon data-band="${id}" points="${[...upper, ...lower].join(' ')}" fill="${COLORS.cash}" fill-opacity="${opacity}" stroke="none"/>`;
  };
  const money = (v: Decimal) => formatMoney(v, opts.lang, opts.currency);
  let body =
    legend([
      { label: t(opts.lang, 'risk.fan.median'), color: COLORS.cash },
      { label: t(opts.lang, 'risk.fan.inner'), color: '#8fb3de' },
      { label: t(opts.lang, 'risk.fan.outer'), color: '#d3e1f2' },
      { label: t(opts.lang, 'risk.fan.plan'), color: COLORS.ink, dashed: true },
    ]) +
    yAxis(scale, opts) +
    monthAxis(months.map((m) => m.month));
  body +=
    band(
      (m) => m.p5,
      (m) => m.p95,
      '0.18',
      'p5-p95',
    ) +
    band(
      (m) => m.p25,
      (m) => m.p75,
      '0.35',
      'p25-p75',
    );
  body += `<polyline data-series="plan" points="${months.map((m, i) => at(i, m.plan)).join(' ')}" fill="none" stroke="${COLORS.ink}" stroke-width="1.5" stroke-dasharray="6 4"/>`;
  body += `<polyline data-series="median" points="${months.map((m, i) => at(i, m.p50)).join(' ')}" fill="none" stroke="${COLORS.cash}" stroke-width="2" stroke-linejoin="round"/>`;
  body += `<g data-series="median" fill="${COLORS.cash}">`;
  months.forEach((m, i) => {
    const label = `${formatMonth(m.month, opts.lang)} — P5 ${money(m.p5)}, P25 ${money(m.p25)}, P50 ${money(m.p50)}, P75 ${money(m.p75)}, P95 ${money(m.p95)}`;
    body += `<circle data-point="" data-month="${esc(m.month)}" cx="${px(bandX(i, n))}" cy="${px(scale.y(m.p50))}" r="2.2"><title>${esc(labelled(t(opts.lang, 'risk.fan.median'), label, opts.lang))}</title></circle>`;
  });
  body += '</g>';
  return { id: 'risk-fan', title, svg: svgRoot('risk-fan', title, t(opts.lang, 'risk.fan.desc', { months: n }), body), points: n };
}

const ROW = 28;

/**
 * The tornado of the drivers: one bar per lever drawn, from 0 to its rank correlation with the lowest
 * cash (−1 to 1), the strongest first; right of the axis, the lowest cash rises with the lever.
 */
export function riskDriversChart(drivers: ReadonlyArray<{ label: string; rho: number }>, opts: ChartOptions): Chart {
  const title = t(opts.lang, 'risk.drivers.title');
  const left = new Decimal(200);
  const right = WIDTH.minus(60);
  const mid = left.plus(right).div(2);
  const half = right.minus(left).div(2);
  const top = new Decimal(24);
  const height = top.plus(ROW * drivers.length).plus(30);
  let body = `<line x1="${px(mid)}" y1="${px(top.minus(6))}" x2="${px(mid)}" y2="${px(height.minus(24))}" stroke="${COLORS.axis}"/>`;
  for (const v of [-1, -0.5, 0.5, 1]) {
    const x = mid.plus(half.times(v));
    body += `<text x="${px(x)}" y="${px(height.minus(10))}" text-anchor="middle" fill="${COLORS.axis}">${esc(formatNumber(new Decimal(v), opts.lang, 1))}</text>`;
  }
  drivers.forEach((d, i) => {
    const y = top.plus(ROW * i);
    const rho = new Decimal(d.rho).toDecimalPlaces(2);
    const w = half.times(rho.abs());
    const x = rho.isNeg() ? mid.minus(w) : mid;
    const value = formatNumber(rho, opts.lang, 2);
    body += `<g data-point="" data-lever="${esc(d.label)}" data-value="${rho.toFixed(2)}"><title>${esc(labelled(d.label, value, opts.lang))}</title>`;
    body += `<text x="${px(left.minus(10))}" y="${px(y.plus(ROW / 2))}" text-anchor="end" dominant-baseline="middle" fill="${COLORS.ink}">${esc(d.label)}</text>`;
    body += `<rect x="${px(x)}" y="${px(y.plus(5))}" width="${px(w)}" height="${ROW - 10}" fill="${rho.isNeg() ? COLORS.charges : COLORS.revenue}"/>`;
    body += `<text x="${px(rho.isNeg() ? x.minus(6) : x.plus(w).plus(6))}" y="${px(y.plus(ROW / 2))}" text-anchor="${rho.isNeg() ? 'end' : 'start'}" dominant-baseline="middle" fill="${COLORS.ink}">${esc(value)}</text></g>`;
  });
  return { id: 'risk-drivers', title, svg: svgRoot('risk-drivers', title, t(opts.lang, 'risk.drivers.note'), body, height), points: drivers.length };
}
