/**
 * Messages are ids + data, rendered here (ESLint's messageId). Each area keeps its
 * own catalog under `catalogs/`, French and English side by side.
 */
import { isDecimal } from '../model/decimal.js';
import { visible } from './visible.js';
import { formatMonth, formatNumber, type Lang } from './format.js';
import { core } from './catalogs/core.js';
import { coreCli } from './catalogs/core-cli.js';
import { extraCatalogs, type ExtraMessageId } from './catalogs/index.js';

export type { Lang } from './format.js';
export type Catalog = Record<string, { readonly fr: string; readonly en: string }>;
/** A message id of the catalogs: `t()` takes only these, so an unknown literal id is a compile error. */
export type MessageId = keyof typeof core | keyof typeof coreCli | ExtraMessageId;

const catalog: Catalog = Object.assign({}, core, coreCli, ...extraCatalogs) as Catalog;

export function hasMessage(id: string): boolean {
  return id in catalog;
}

export function messageIds(): string[] {
  return Object.keys(catalog).sort();
}

/**
 * A value as written by its message: an amount shows cents (12,50), a percentage its own
 * decimals (72,9 %); with `names`, an id is shown by its catalog entry `<names>.<id>` when there is one,
 * `month` writes a YYYY-MM month as the tables do (janvier 2027), `percent` marks a percentage
 * not followed by its sign (the low end of a range).
 */
function show(v: unknown, lang: Lang, percent: boolean, names: string | undefined): string {
  if (Array.isArray(v)) return v.map((x: unknown) => show(x, lang, percent, names)).join(', ');
  if (isDecimal(v)) return formatNumber(v, lang, v.decimalPlaces() > 2 || percent || names === 'percent' ? v.decimalPlaces() : v.isInteger() ? 0 : 2);
  if (names === 'month' && typeof v === 'string') return formatMonth(v, lang);
  if (names && typeof v === 'string' && hasMessage(`${names}.${v}`)) return tCode(lang, `${names}.${v}`);
  // User text in a message never drives the terminal or a CI log that shows it (issue 24).
  return typeof v === 'string' ? visible(v) : String(v);
}

/**
 * Render message `id` with `{name}` placeholders from `data`; `{name:prefix}` names enum ids
 * through the catalog (`{strategies:strategy}` → `strategy.resale`), `{month:month}` names a month.
 * Unknown ids render as the id itself.
 */
export function t(lang: Lang, id: MessageId, data: Record<string, unknown> = {}): string {
  return render(lang, id, data);
}

/**
 * A message whose id is carried by data or composed at run time (a diagnostic or warning
 * code, a gap id, `scenario.${name}`): looked up when rendered, an unknown id renders as itself.
 * Literal ids go through `t()`, which the compiler checks.
 */
export function tCode(lang: Lang, id: string, data: Record<string, unknown> = {}): string {
  return render(lang, id, data);
}

function render(lang: Lang, id: string, data: Record<string, unknown>): string {
  const entry = catalog[id];
  const template = entry ? entry[lang] : id;
  return template.replace(/(€)?\{(\w+)(?::([\w.]+))?\}([\s\u00A0\u202F]?%)?/g, (whole, euro: string | undefined, name: string, names: string | undefined, unit: string | undefined) => {
    if (!(name in data)) return whole;
    const s = show(data[name], lang, unit !== undefined, names);
    // `€{amount}` (English): the minus goes first, as formatMoney writes it (-€12.50).
    const money = euro ? (s.startsWith('-') ? `-€${s.slice(1)}` : `€${s}`) : s;
    return money + (unit ?? '');
  });
}

export function resolveLang(...candidates: Array<string | undefined | null>): Lang {
  for (const c of candidates) if (c === 'fr' || c === 'en') return c;
  return 'fr';
}
