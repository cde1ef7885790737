/**
 * Messages are ids + data, rendered here (ESLint's messageId). Each area keeps its
 * own catalog under `catalogs/`, French and English side by side.
 */
import { isDecimal } from '../model/decimal.js';
import { formatNumber, type Lang } from './format.js';
import { core } from './catalogs/core.js';
import { extraCatalogs } from './catalogs/index.js';

export type { Lang } from './format.js';
export type Catalog = Record<string, { fr: string; en: string }>;

const catalog: Catalog = Object.assign({}, core, ...extraCatalogs);

export function hasMessage(id: string): boolean {
  return id in catalog;
}

export function messageIds(): string[] {
  return Object.keys(catalog).sort();
}

function show(v: unknown, lang: Lang): string {
  if (Array.isArray(v)) return v.map((x: unknown) => show(x, lang)).join(", ");
  if (isDecimal(v)) return formatNumber(v, lang, v.decimalPlaces() > 2 ? v.decimalPlaces() : v.isInteger() ? 0 : 2);
  return String(v);
}

/** Render message `id` with `{name}` placeholders from `data`. Unknown ids render as the id itself. */
export function t(lang: Lang, id: string, data: Record<string, unknown> = {}): string {
  const entry = catalog[id];
  const template = entry ? entry[lang] : id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? show(data[name], lang) : whole));
}

export function resolveLang(...candidates: Array<string | undefined | null>): Lang {
  for (const c of candidates) if (c === 'fr' || c === 'en') return c;
  return 'fr';
}
