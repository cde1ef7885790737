/**
 * The unit cost chart: one stacked bar per product, the product's full name above
 * its bar (wrapped on words, never cut), and a key that wraps onto as many lines
 * as its components need, each with its colour swatch (issue 12, item 2).
 */
import { Decimal, ZERO, money2 } from '../../model/decimal.js';
import { formatMoney } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { COLORS, PALETTE, WIDTH, esc, labelled, px, svgRoot, type Chart, type ChartOptions } from './svg.js';

/** Width of a text at the charts' 11 px font, generously (no text metrics without a browser). */
const textWidth = (s: string): Decimal => new Decimal(Array.from(s).length).times('6.6');

const SIDE = new Decimal(12);
const LINE = new Decimal(15);

/** Words of `s` on lines no wider than `width` px; a word longer than a line gets a line of its own. */
export function wrapWords(s: string, width: Decimal): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next).gt(width)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The key: swatch and label per component, wrapping to a new line at the right edge. Returns its markup and height. */
function wrappedLegend(items: ReadonlyArray<{ label: string; color: string }>, top: Decimal): { svg: string; bottom: Decimal } {
  const right = WIDTH.minus(SIDE);
  let x = SIDE;
  let y = top;
  let out = '';
  for (const item of items) {
    const lines = wrapWords(item.label, right.minus(SIDE).minus(16));
    const w = new Decimal(16).plus(textWidth(lines[0] ?? ''));
    if (x.gt(SIDE) && x.plus(w).gt(right)) {
      x = SIDE;
      y = y.plus(LINE);
    }
    out += `<g data-legend="${esc(item.label)}"><rect x="${px(x)}" y="${px(y.minus(5))}" width="10" height="10" fill="${item.color}"/>`;
    lines.forEach((l, i) => {
      out += `<text x="${px(x.plus(16))}" y="${px(y.plus(LINE.times(i)))}" dominant-baseline="middle" fill="${COLORS.ink}">${esc(l)}</text>`;
    });
    out += '</g>';
    y = y.plus(LINE.times(lines.length - 1));
    x = lines.length > 1 ? right : x.plus(w).plus(18);
  }
  return { svg: out, bottom: y.plus(LINE) };
}

/** Unit cost of each product, stacked by component (materials, labour, packaging…). */
export function unitCostChart(products: ReadonlyArray<{ label: string; total: Decimal; segments: ReadonlyArray<{ label: string; value: Decimal }> }>, opts: ChartOptions): Chart {
  const title = t(opts.lang, 'report.chart.unit_cost');
  const kinds: string[] = [];
  for (const p of products) for (const s of p.segments) if (s.value.gt(0) && !kinds.includes(s.label)) kinds.push(s.label);
  const color = (label: string) => PALETTE[kinds.indexOf(label) % PALETTE.length] as string;
  const key = wrappedLegend(
    kinds.map((k) => ({ label: k, color: color(k) })),
    new Decimal(18),
  );
  const left = SIDE;
  const valueW = new Decimal(80);
  const right = WIDTH.minus(SIDE).minus(valueW);
  const max = products.reduce((m, p) => (p.total.gt(m) ? p.total : m), ZERO);
  const barH = new Decimal(18);
  let y = key.bottom.plus(8);
  let body = key.svg;
  for (const p of products) {
    const names = wrapWords(p.label, WIDTH.minus(SIDE.times(2)));
    body += `<g data-point="" data-value="${money2(p.total)}"><title>${esc(labelled(p.label, formatMoney(p.total, opts.lang, opts.currency), opts.lang))}</title>`;
    for (const name of names) {
      y = y.plus(LINE);
      body += `<text x="${px(left)}" y="${px(y)}" fill="${COLORS.ink}">${esc(name)}</text>`;
    }
    y = y.plus(6);
    let x = left;
    for (const s of p.segments) {
      if (!s.value.gt(0) || !max.gt(0)) continue;
      const w = right.minus(left).times(s.value.div(max));
      body += `<rect data-segment="${esc(s.label)}" x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(barH)}" fill="${color(s.label)}"><title>${esc(labelled(s.label, formatMoney(s.value, opts.lang, opts.currency), opts.lang))}</title></rect>`;
      x = x.plus(w);
    }
    body += `<text x="${px(x.plus(6))}" y="${px(y.plus(barH.div(2)))}" dominant-baseline="middle" fill="${COLORS.ink}">${esc(formatMoney(p.total, opts.lang, opts.currency))}</text></g>`;
    y = y.plus(barH).plus(8);
  }
  const height = y.plus(8);
  return {
    id: 'unit-cost',
    title,
    svg: svgRoot('unit-cost', title, t(opts.lang, 'report.chart.unit_cost.desc', { products: products.length }), body, height),
    points: products.length,
  };
}
