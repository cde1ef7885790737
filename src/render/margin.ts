/** `ecomplan margin`: unit economics per product × channel, each strategy its own row, then the cost breakdown. */
import { Chalk } from 'chalk';
import { money2 } from '../model/decimal.js';
import type { Forecast, UnitEconomicsRow } from '../engine/types.js';
import { formatMoney, type Lang } from '../i18n/format.js';
import { t, tCode } from '../i18n/index.js';
import type { OutputFormat } from './formats.js';
import { rate4 } from './json-values.js';
import { EMPTY, money, num, percent, sectionToMarkdown, sectionToTable, sectionsToCsv, type Row, type Section } from './sections.js';
import { escapeMarkdown } from './escape.js';
import { headerLine } from './forecast/view.js';

interface MarginOutput {
  forecast: Forecast;
  lang: Lang;
  color: boolean;
}

const variantId = (r: UnitEconomicsRow) => (r.variant === 'main' ? 'main' : `alt-${r.variant + 1}`);
const variantLabel = (r: UnitEconomicsRow, lang: Lang) =>
  `${t(lang, `strategy.${r.cost.strategy}`)} (${r.variant === 'main' ? t(lang, 'margin.main') : t(lang, 'margin.alternative', { n: r.variant + 1 })})`;

function byProduct(f: Forecast): Map<string, UnitEconomicsRow[]> {
  const out = new Map<string, UnitEconomicsRow[]>();
  for (const r of f.unitEconomics) out.set(r.productId, [...(out.get(r.productId) ?? []), r]);
  return out;
}

export function marginSections(f: Forecast, lang: Lang): Section[] {
  const sections: Section[] = [];
  for (const [productId, rows] of byProduct(f)) {
    const first = rows[0]!;
    // The REP fee column only when the product pays one (issue 20).
    const rep = rows.some((r) => !r.repFeePerUnit.isZero());
    const columns = ['unit_cost', 'fees', 'shipping', 'returns', ...(rep ? ['rep_fee'] : []), 'contribution', 'markup', 'margin', 'coefficient'].map((id) => ({
      id,
      label: tCode(lang, `margin.col.${id}`),
    }));
    sections.push({
      id: `margin.${productId}`,
      title: `${t(lang, 'margin.title', { product: first.productName })} — ${t(lang, 'margin.prices', { ttc: formatMoney(first.priceTtc, lang), ht: formatMoney(first.priceHt, lang) })}`,
      labelHeader: t(lang, 'margin.col.row'),
      columns,
      rows: rows.map((r) => ({
        id: `${r.channelId}.${variantId(r)}`,
        label: `${r.channelName} · ${variantLabel(r, lang)}`,
        cells: [
          money(r.cost.total),
          money(r.channelFeesPerUnit),
          money(r.shippingPerUnit),
          money(r.returnsPerUnit),
          ...(rep ? [money(r.repFeePerUnit)] : []),
          money(r.contributionPerUnit),
          percent(r.markupRate),
          percent(r.marginRate),
          r.coefficient === null ? EMPTY : num(r.coefficient),
        ],
        strong: r.variant === 'main',
      })),
      notes: [],
    });
    // Cost breakdown: one column per strategy (the first channel's rows carry every variant).
    const variants = rows.filter((r) => r.channelId === first.channelId);
    const labels: Array<{ id: string; label: string }> = [];
    for (const v of variants)
      for (const l of v.cost.lines) if (!labels.some((x) => x.label === (l.id ? tCode(lang, l.id) : l.label))) labels.push({ id: l.id ?? l.label, label: l.id ? tCode(lang, l.id) : l.label });
    const breakdown: Row[] = labels.map(({ id, label }) => ({
      id,
      label,
      cells: variants.map((v) => {
        const line = v.cost.lines.find((l) => (l.id ? tCode(lang, l.id) : l.label) === label);
        return line ? money(line.amount) : EMPTY;
      }),
    }));
    breakdown.push({ id: 'total', label: t(lang, 'cost.total'), cells: variants.map((v) => money(v.cost.total)), strong: true });
    if (variants.some((v) => v.cost.setupCost.gt(0)))
      breakdown.push({
        id: 'setup',
        label: t(lang, 'cost.setup'),
        cells: variants.map((v) => (v.cost.setupCost.gt(0) ? money(v.cost.setupCost) : EMPTY)),
      });
    sections.push({
      id: `cost.${productId}`,
      title: `${t(lang, 'margin.breakdown')} — ${first.productName}`,
      labelHeader: '',
      columns: variants.map((v) => ({ id: variantId(v), label: variantLabel(v, lang) })),
      rows: breakdown,
      notes: [],
    });
  }
  const last = sections[sections.length - 1];
  if (last) last.notes.push(t(lang, 'margin.note'), ...(f.vatRegime === 'franchise' ? [t(lang, 'fc.note.franchise')] : []));
  return sections;
}

function marginJson(f: Forecast, lang: Lang): Record<string, unknown> {
  return {
    ecomplan: 1,
    project: f.project,
    scenario: f.scenario,
    currency: f.currency,
    vat_regime: f.vatRegime,
    rows: f.unitEconomics.map((r) => ({
      product: r.productId,
      product_name: r.productName,
      channel: r.channelId,
      channel_name: r.channelName,
      variant: r.variant === 'main' ? 'main' : r.variant + 1,
      strategy: r.cost.strategy,
      price_ttc: money2(r.priceTtc),
      price_ht: money2(r.priceHt),
      unit_cost: money2(r.cost.total),
      cost_lines: r.cost.lines.map((l) => ({
        label: l.id ? tCode(lang, l.id) : l.label,
        ...(l.id ? { id: l.id } : {}),
        amount: money2(l.amount),
      })),
      deductible_vat: money2(r.cost.vat),
      setup_cost: money2(r.cost.setupCost),
      channel_fees: money2(r.channelFeesPerUnit),
      shipping: money2(r.shippingPerUnit),
      returns: money2(r.returnsPerUnit),
      rep_fee: money2(r.repFeePerUnit),
      contribution: money2(r.contributionPerUnit),
      markup_rate: rate4(r.markupRate),
      margin_rate: rate4(r.marginRate),
      coefficient: r.coefficient === null ? null : money2(r.coefficient),
      horizon_units: money2(r.horizonUnits),
    })),
  };
}

export type MarginFormatter = (o: MarginOutput) => string;

export const marginFormatters: Record<OutputFormat, MarginFormatter> = {
  table: (o) => {
    const c = new Chalk({ level: o.color ? 1 : 0 });
    return `${[c.bold(headerLine(o.forecast, o.lang)), '', ...marginSections(o.forecast, o.lang).flatMap((s) => [sectionToTable(s, o), ''])].join('\n').trimEnd()}\n`;
  },
  md: (o) =>
    `${[`# ${escapeMarkdown(o.forecast.project)}`, '', escapeMarkdown(headerLine(o.forecast, o.lang)), '', ...marginSections(o.forecast, o.lang).map((s) => sectionToMarkdown(s, o.lang))].join('\n').trimEnd()}\n`,
  csv: (o) => sectionsToCsv([{ lead: [o.forecast.scenario], sections: marginSections(o.forecast, o.lang) }], ['scenario']),
  json: (o) => `${JSON.stringify(marginJson(o.forecast, o.lang), null, 2)}\n`,
};
