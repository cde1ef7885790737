/**
 * Cells of an export → values: amounts written `1 234,56`, `1234.56`, `€12.50`,
 * `-3,00 €`, `12,00 $US` (and the currency so written); dates written ISO (`2027-03-14`, `2027-03-14 10:02:33 +0100`,
 * `2027-03-14T10:02:33Z`) or day first (`14/03/2027`, `14/03/27 10:02`), or month
 * first for the exports that write them so (Etsy: `03/14/27`).
 */
import { Decimal } from '../model/decimal.js';

const AMOUNT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Currency marks written beside an amount, longest first (`12,00 $US` is how a French back
 * office writes US dollars, `$12.00` an English one), and the ISO code each stands for.
 */
const CURRENCY_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['$US', 'USD'],
  ['US$', 'USD'],
  ['$CA', 'CAD'],
  ['CA$', 'CAD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['$', 'USD'],
];
const ISO_CODE = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/;

/** The currency written in an amount's cell (`45,60 €` → EUR, `12.00 USD` → USD), or null. */
export function currencyIn(cell: string): string | null {
  const code = ISO_CODE.exec(cell);
  if (code) return code[0];
  return CURRENCY_MARKS.find(([mark]) => cell.includes(mark))?.[1] ?? null;
}

function withoutCurrency(cell: string): string {
  let s = cell.replace(new RegExp(ISO_CODE.source, 'g'), '');
  for (const [mark] of CURRENCY_MARKS) s = s.split(mark).join('');
  return s;
}

/** An amount, or null when the cell is not one. An empty cell is zero. */
export function parseAmount(cell: string): Decimal | null {
  const blank = (x: string) => x.replace(/[\s\u00A0\u202F]/g, '');
  if (blank(cell) === '' || blank(cell) === '-') return new Decimal(0);
  let s = blank(withoutCurrency(cell.trim()));
  // A currency alone (`EUR`, `€`) is not an amount.
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  // Thousands separators: `1.234,56` or `1,234.56` (the last separator is the decimal one).
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) s = lastComma > lastDot ? s.replace(/\./g, '') : s.replace(/,/g, '');
  if (!AMOUNT.test(s)) return null;
  const d = new Decimal(s.replace(',', '.'));
  return negative ? d.neg() : d;
}

export type DateOrder = 'dmy' | 'mdy';

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date as YYYY-MM-DD, or null. The time and time zone are ignored: the order is
 * counted in the calendar day the shop wrote (its own time zone).
 */
export function parseDate(cell: string, order: DateOrder = 'dmy'): string | null {
  const s = cell.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T].*)?$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return order === 'dmy' ? iso(year, b, a) : iso(year, a, b);
}

/** YYYY-MM of a YYYY-MM-DD date. */
export const monthOf = (date: string): string => date.slice(0, 7);
