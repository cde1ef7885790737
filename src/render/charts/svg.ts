/**
 * Primitives of the report's charts: a fixed canvas, nice axis scales computed in
 * Decimal, and escaped SVG text. Charts are pure functions returning SVG strings;
 * every coordinate is written with one decimal, so the same data gives the same bytes.
 * Each data point is an element carrying `data-point` (tests count them) and a
 * `<title>` (the value on hover, and for screen readers).
 */
import { Decimal, ONE, ZERO } from '../../model/decimal.js';
import { formatMoney, formatNumber, NBSP, type Lang } from '../../i18n/format.js';
import { escapeHtml } from '../escape.js';

export const WIDTH = new Decimal(720);
const HEIGHT = new Decimal(320);
const MARGIN = { left: new Decimal(76), right: new Decimal(16), top: new Decimal(40), bottom: new Decimal(44) };
export const PLOT = {
  left: MARGIN.left,
  right: WIDTH.minus(MARGIN.right),
  top: MARGIN.top,
  bottom: HEIGHT.minus(MARGIN.bottom),
};

export const COLORS = {
  revenue: '#2f6f4e',
  charges: '#b5473a',
  cash: '#2b6cb0',
  lowest: '#b5473a',
  margin: '#2f6f4e',
  fixed: '#c77d1a',
  bar: '#2f4b3c',
  pessimistic: '#b5473a',
  base: '#5b6770',
  optimistic: '#2f6f4e',
  grid: '#e3e8eb',
  axis: '#5b6770',
  ink: '#1d2327',
};
export const PALETTE = ['#2f4b3c', '#6a9c78', '#c9a227', '#d97b4a', '#8e6c8a', '#5b8db8', '#9aa5ab', '#b5473a'];

export interface ChartOptions {
  lang: Lang;
  currency?: string;
}

/** A rendered chart: its id, title and SVG markup; `points` = number of `data-point` elements. */
export interface Chart {
  id: string;
  title: string;
  svg: string;
  points: number;
}

/** A coordinate as text, one decimal. */
export const px = (d: Decimal): string => d.toFixed(1);

export const esc = escapeHtml;

/** A step of 1, 2 or 5 × 10^k giving about `ticks` intervals over `range`. */
export function niceStep(range: Decimal, ticks = 5): Decimal {
  if (range.lte(0)) return ONE;
  const raw = range.div(ticks);
  const base = new Decimal(10).pow(raw.log(10).floor());
  const f = raw.div(base);
  const nice = f.lte(1) ? 1 : f.lte(2) ? 2 : f.lte(5) ? 5 : 10;
  return base.times(nice);
}

export interface Scale {
  min: Decimal;
  max: Decimal;
  step: Decimal;
  /** Pixel y of a value. */
  y(v: Decimal): Decimal;
  ticks: Decimal[];
}

/** A vertical scale covering the values and zero, on nice bounds. */
export function yScale(values: readonly Decimal[], top = PLOT.top, bottom = PLOT.bottom): Scale {
  let lo = ZERO;
  let hi = ZERO;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  if (lo.eq(hi)) hi = lo.plus(1);
  const step = niceStep(hi.minus(lo));
  const min = lo.div(step).floor().times(step);
  const max = hi.div(step).ceil().times(step);
  const span = max.minus(min);
  const ticks: Decimal[] = [];
  for (let v = min; v.lte(max); v = v.plus(step)) ticks.push(v);
  return { min, max, step, ticks, y: (v) => bottom.minus(v.minus(min).div(span).times(bottom.minus(top))) };
}

/** Axis label of an amount: `12 k€` on an axis reaching 10 000 (every tick of that axis), else `850 €`. */
export function axisMoney(v: Decimal, opts: ChartOptions, step: Decimal, axis: { min: Decimal; max: Decimal } = { min: v, max: v }): string {
  const cur = opts.currency && opts.currency !== 'EUR' ? opts.currency : '€';
  if (axis.min.abs().gte(10000) || axis.max.abs().gte(10000) || step.gte(5000)) {
    const k = v.div(1000);
    const places = step.div(1000).isInteger() ? 0 : 1;
    return opts.lang === 'fr' ? `${formatNumber(k, 'fr', places)}${NBSP}k${cur}` : `${cur}${formatNumber(k, 'en', places)}k`.replace(`${cur}-`, `-${cur}`);
  }
  return formatMoney(v, opts.lang, opts.currency, 0);
}

/** The `<svg>` element: responsive (viewBox), labelled for screen readers. */
export function svgRoot(id: string, title: string, desc: string, body: string, height = HEIGHT): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(WIDTH)} ${px(height)}" width="100%" role="img" aria-labelledby="chart-${id}-title chart-${id}-desc" data-chart="${esc(id)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="11">` +
    `<title id="chart-${id}-title">${esc(title)}</title><desc id="chart-${id}-desc">${esc(desc)}</desc>` +
    `<rect x="0" y="0" width="${px(WIDTH)}" height="${px(height)}" fill="#ffffff"/>` +
    body +
    `</svg>`
  );
}

/** Horizontal grid lines and their labels for a money scale. */
export function yAxis(scale: Scale, opts: ChartOptions): string {
  let out = '';
  for (const tick of scale.ticks) {
    const y = px(scale.y(tick));
    const zero = tick.isZero();
    out += `<line x1="${px(PLOT.left)}" y1="${y}" x2="${px(PLOT.right)}" y2="${y}" stroke="${zero ? COLORS.axis : COLORS.grid}" stroke-width="${zero ? '1' : '0.8'}"/>`;
    out += `<text x="${px(PLOT.left.minus(6))}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="${COLORS.axis}">${esc(axisMoney(tick, opts, scale.step, scale))}</text>`;
  }
  return out;
}

/** A legend on one line above the plot. */
export function legend(items: ReadonlyArray<{ label: string; color: string; dashed?: boolean }>): string {
  let x = PLOT.left;
  let out = '';
  for (const item of items) {
    out += `<line x1="${px(x)}" y1="18" x2="${px(x.plus(18))}" y2="18" stroke="${item.color}" stroke-width="3"${item.dashed ? ' stroke-dasharray="5 3"' : ''}/>`;
    out += `<text x="${px(x.plus(24))}" y="18" dominant-baseline="middle" fill="${COLORS.ink}">${esc(item.label)}</text>`;
    // Width of the label, approximately (no text metrics without a browser): 6.2 px a character.
    x = x.plus(24 + 12).plus(new Decimal(item.label.length).times('6.2'));
  }
  return out;
}

/** « label : value » with French spacing (no-break space before the colon) or English. */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === 'fr' ? `${label}${NBSP}: ${value}` : `${label}: ${value}`;
}

/** `2027-03` → `03/27` for month axes. */
export function shortMonth(ym: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  return m ? `${m[2]}/${(m[1] as string).slice(2)}` : ym;
}
