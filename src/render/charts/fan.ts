/**
 * The fan chart of the risk analysis: month-end cash across the futures drawn — the P5–P95 band,
 * the P25–P75 band, the median line (one `data-point` a month, its title giving the five
 * percentiles) — and the plan's cash, dashed. Pure: Decimals in, SVG out.
 */
import type { Decimal } from '../../model/decimal.js';
import { formatMoney, formatMonth } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { bandX, monthAxis } from './index.js';
import { COLORS, esc, labelled, legend, px, svgRoot, yAxis, yScale, type Chart, type ChartOptions } from './svg.js';

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
