/**
 * Turnover ceilings the coherence findings compare the forecast with, by calendar
 * year (french-rules.md; defaults to check, not legal advice). Amounts HT, whole year,
 * not prorated for the year of creation (the findings say "about", and name the month).
 * When the dated rules table of the engine (src/model/rules-fr.ts) exists, these
 * figures belong there.
 */
import { Decimal } from '../model/decimal.js';

type Activity = 'goods' | 'services';

interface Dated<T> {
  /** First calendar year the figures apply to. */
  from: number;
  values: T;
  /** ✅ read in a primary text, ◐ several secondary sources agree, ⚠️ uncertain. */
  status: '✅' | '◐' | '⚠️';
}

/** VAT franchise en base (art. 293 B CGI): base threshold (year N−1) and upper threshold (during the year). */
export const VAT_FRANCHISE: Array<Dated<Record<Activity, { base: Decimal; upper: Decimal }>>> = [
  {
    from: 2025,
    status: '◐',
    values: {
      goods: { base: new Decimal('85000'), upper: new Decimal('93500') },
      services: { base: new Decimal('37500'), upper: new Decimal('41250') },
    },
  },
];

/** Micro-entreprise turnover ceilings. */
export const MICRO_CEILING: Array<Dated<Record<Activity, Decimal>>> = [
  { from: 2023, status: '⚠️', values: { goods: new Decimal('188700'), services: new Decimal('77700') } },
  { from: 2026, status: '⚠️', values: { goods: new Decimal('203100'), services: new Decimal('83600') } },
];

/** The figures in force in `year` (the earliest table for years before it). */
export function inForce<T>(table: Array<Dated<T>>, year: number): T {
  let found = table[0]!;
  for (const row of table) if (row.from <= year) found = row;
  return found.values;
}
