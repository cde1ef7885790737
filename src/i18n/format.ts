/**
 * Number formatting for people, from Decimal strings (never through a JS number).
 * French: `1 234,56 €`, `12,3 %` — thousands with a narrow no-break space (U+202F),
 * a no-break space (U+00A0) before the unit. English: `€1,234.56`, `12.3%`.
 */
import { Decimal } from '../model/decimal.js';

export type Lang = 'fr' | 'en';

const NNBSP = '\u202F';
export const NBSP = '\u00A0';

function group(intPart: string, sep: string): string {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    const fromEnd = intPart.length - i;
    out += intPart[i];
    if (fromEnd > 1 && fromEnd % 3 === 1) out += sep;
  }
  return out;
}

/** A decimal with `places` decimals, half-up, grouped: `1 234,56` / `1,234.56`. Minus sign always shown. */
export function formatNumber(d: Decimal, lang: Lang, places = 2): string {
  let s = d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
  let negative = false;
  if (s.startsWith('-')) {
    s = s.slice(1);
    negative = !/^[0.]+$/.test(s);
  }
  const [intPart = '0', frac] = s.split('.');
  const grouped = group(intPart, lang === 'fr' ? NNBSP : ',');
  const body = frac === undefined ? grouped : `${grouped}${lang === 'fr' ? ',' : '.'}${frac}`;
  return negative ? `-${body}` : body;
}

export function formatMoney(d: Decimal, lang: Lang, currency = 'EUR', places = 2): string {
  const n = formatNumber(d, lang, places);
  const sym = currency === 'EUR' ? '€' : currency;
  if (lang === 'fr') return `${n}${NBSP}${sym}`;
  return n.startsWith('-') ? `-${sym}${n.slice(1)}` : `${sym}${n}`;
}

/** A rate (0.123) as a percentage: `12,3 %` / `12.3%`. */
export function formatPercent(rate: Decimal, lang: Lang, places = 1): string {
  const n = formatNumber(rate.times(100), lang, places);
  return lang === 'fr' ? `${n}${NBSP}%` : `${n}%`;
}

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2027-03` → `mars 2027` / `March 2027`. */
export function formatMonth(ym: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return ym;
  const name = MONTHS[lang][Number(m[2]) - 1];
  return name ? `${name} ${m[1]}` : ym;
}
