/**
 * Formatting helpers of the templates: money, percentages, numbers, months, dates
 * and plurals, in French or English. They take Decimals (or values already
 * formatted by a view model) and return plain strings, which the template then
 * escapes for its format.
 */
import { Decimal, isDecimal } from '../model/decimal.js';
import { formatMoney, formatMonth, formatNumber, formatPercent, type Lang } from '../i18n/format.js';

type Num = Decimal | number | string;

function toDecimal(v: Num): Decimal | null {
  if (isDecimal(v)) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return new Decimal(v);
  return null;
}

/** `1 234,56 €`; a string is taken as already formatted; null/undefined → ''. */
export function money(v: Num | null | undefined, lang: Lang, currency = 'EUR', places = 2): string {
  if (v === null || v === undefined) return '';
  const d = toDecimal(v);
  return d ? formatMoney(d, lang, currency, places) : String(v);
}

export function percent(v: Num | null | undefined, lang: Lang, places = 1): string {
  if (v === null || v === undefined) return '';
  const d = toDecimal(v);
  return d ? formatPercent(d, lang, places) : String(v);
}

export function number(v: Num | null | undefined, lang: Lang, places = 0): string {
  if (v === null || v === undefined) return '';
  const d = toDecimal(v);
  return d ? formatNumber(d, lang, places) : String(v);
}

export function month(ym: string | null | undefined, lang: Lang): string {
  return ym ? formatMonth(ym, lang) : '';
}

const MONTH_NAMES: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2026-06-19` → `19 juin 2026` (`1er juillet 2026`) / `June 19, 2026`. */
export function date(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = Number(m[3]);
  const name = MONTH_NAMES[lang][Number(m[2]) - 1];
  if (!name) return iso;
  return lang === 'fr' ? `${day === 1 ? '1er' : day} ${name} ${m[1]}` : `${name} ${day}, ${m[1]}`;
}

/**
 * The word for a count: French takes the singular for 0 and 1 (« 0 jour », « 1,5 jour »
 * — below 2), English only for exactly 1.
 */
export function plural(n: Num, one: string, other: string, lang: Lang): string {
  const d = toDecimal(n) ?? new Decimal(Number.NaN);
  if (d.isNaN()) return other;
  const singular = lang === 'fr' ? d.abs().lt(2) : d.abs().eq(1);
  return singular ? one : other;
}

/** A list of texts as one line: `a, b et c` / `a, b and c`. */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${last}`;
}
