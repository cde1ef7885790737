/**
 * The answers `ecomplan init` collects, their defaults, and the parsers that turn
 * what a person types (`24,90 €`, `2 %`, `2027-03`) into typed values. Pure: the
 * prompts, the flags and the tests all go through these same functions.
 */
import { Decimal } from '../model/decimal.js';
import { YEAR_MONTH } from '../model/fields.js';
import { LEGAL_FORMS, STRATEGIES, VAT_REGIMES, type LegalForm, type Strategy } from '../model/schema.js';
import type { Lang } from '../i18n/index.js';
import {
  CHANNEL_DEFAULTS,
  CHANNEL_PRESETS,
  DEFAULT_CONVERSION_RATE,
  DEFAULT_LABOUR_MINUTES,
  DEFAULT_MATERIAL_QUANTITY,
  DEFAULT_PRICE,
  DEFAULT_UNIT_COST,
  DEFAULT_VISITORS,
  type ChannelFees,
  type ChannelPreset,
} from './defaults.js';

export type VatRegime = (typeof VAT_REGIMES)[number];

export interface InitAnswers {
  lang: Lang;
  name: string;
  /** '' when not given: the file then shows the key commented out. */
  description: string;
  legalForm: LegalForm;
  vatRegime: VatRegime;
  /** Only used under the normal regime; '' writes a visible placeholder. */
  vatNumber: string;
  product: ProductAnswers;
  channel: { preset: ChannelPreset } & ChannelFees;
  /** Expected visitors in the first month. */
  visitors: number;
  conversionRate: Decimal;
  /** First forecast month, YYYY-MM. */
  start: string;
}

/** Every strategy's cost answers are kept; the file uses those of `strategy` only. */
interface ProductAnswers {
  name: string;
  price: Decimal;
  strategy: Strategy;
  /** resale: purchase cost; outsourced: manufacturing cost; in_house: cost of one unit of the main material. HT. */
  unitCost: Decimal;
  /** resale and outsourced. */
  supplierName: string;
  /** resale: second-hand goods bought from private persons (VAT on the margin, art. 297 A CGI). */
  secondHand: boolean;
  /** outsourced: one-off cost (moulds, samples) in month 1. */
  setupCost: Decimal;
  /** in_house: the main raw material. */
  materialName: string;
  materialUnit: string;
  materialQuantity: Decimal;
  labourMinutes: Decimal;
}

/** A parse result: the value, or a message id (+ data) of the init catalog. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; id: string; data?: Record<string, unknown> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(id: string, data?: Record<string, unknown>): Parsed<T> => ({ ok: false, id, data });

/** Spaces people type inside numbers: ordinary, no-break, narrow no-break, thin. */
const NUMBER_SPACES = /[\s\u00A0\u202F\u2009]/g;
const DECIMAL_TEXT = /^\d+(?:[.,]\d+)?$/;

function readDecimal(text: string): Decimal | undefined {
  const s = text.replace(NUMBER_SPACES, '');
  if (!DECIMAL_TEXT.test(s)) return undefined;
  return new Decimal(s.replace(',', '.'));
}

/**
 * An amount in euros: `24.90`, `24,90`, `24,90 €`, `1 234,50`. `positive` refuses 0
 * (a price, a unit cost); otherwise 0 is allowed (a setup cost, a monthly fee).
 */
export function parseAmount(text: string, opts: { positive?: boolean } = {}): Parsed<Decimal> {
  const s = text.trim().replace(/^€\s*|\s*(?:€|eur(?:os?)?)$/i, '');
  if (s.startsWith('-')) return fail('init.invalid.negative');
  const d = readDecimal(s);
  if (!d) return fail('init.invalid.amount', { value: text.trim() });
  if (opts.positive && d.isZero()) return fail('init.invalid.positive');
  return ok(d);
}

/** A non-negative quantity (kg of wax per candle, minutes of work). */
export function parseQuantity(text: string, opts: { positive?: boolean } = {}): Parsed<Decimal> {
  const s = text.trim();
  if (s.startsWith('-')) return fail('init.invalid.negative');
  const d = readDecimal(s);
  if (!d) return fail('init.invalid.number', { value: s });
  if (opts.positive && d.isZero()) return fail('init.invalid.positive');
  return ok(d);
}

/** A whole count: `1000`, `1 000`. */
export function parseCount(text: string): Parsed<number> {
  const s = text.replace(NUMBER_SPACES, '');
  if (s.startsWith('-')) return fail('init.invalid.negative');
  if (!/^\d{1,12}$/.test(s)) return fail('init.invalid.count', { value: text.trim() });
  return ok(Number(s));
}

/**
 * A rate, as in the project file: `2%`, `2 %`, `2,5 %` or the fraction `0.02`.
 * A bare number above 1 is refused with the suggestion `2%` (the file's rule), and
 * so is a rate above 100 %. `positive` refuses 0 (a conversion rate).
 */
export function parseRate(text: string, opts: { positive?: boolean } = {}): Parsed<Decimal> {
  const s = text.trim();
  if (s.startsWith('-')) return fail('init.invalid.negative');
  const percent = /^(.*?)\s*%$/.exec(s);
  const body = readDecimal(percent ? percent[1]! : s);
  if (!body) return fail('init.invalid.rate', { value: s });
  if (!percent && body.gt(1)) return fail('init.invalid.rate_bare', { value: s, suggestion: `${s}%` });
  const rate = percent ? body.div(100) : body;
  if (rate.gt(1)) return fail('init.invalid.rate_above_100', { value: s });
  if (opts.positive && rate.isZero()) return fail('init.invalid.positive');
  return ok(rate);
}

/**
 * A calendar month `YYYY-MM`, years 2000–2099. `2027-3` is refused, as `validate`
 * refuses it in a project file (one rule for both: the month has two digits).
 */
export function parseMonth(text: string): Parsed<string> {
  const ym = text.trim();
  if (!YEAR_MONTH.test(ym) || !ym.startsWith('20')) return fail('init.invalid.month', { value: ym });
  return ok(ym);
}

/**
 * Free text as one clean line: control characters, line and paragraph separators and
 * lone surrogates become spaces, runs of spaces collapse. The file stays one key per line
 * whatever is pasted into a prompt.
 */
export function cleanText(text: string): string {
  return (
    text
      // With the u flag a surrogate range matches only lone surrogates (a valid pair is one code point).
      .replace(/[\p{Cc}\p{Zl}\p{Zp}\uFEFF\uD800-\uDFFF]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function parseText(text: string, opts: { required?: boolean } = {}): Parsed<string> {
  const s = cleanText(text);
  if (opts.required && s === '') return fail('init.invalid.required');
  return ok(s);
}

function parseChoice<T extends string>(text: string, allowed: readonly T[]): Parsed<T> {
  const s = text.trim();
  return (allowed as readonly string[]).includes(s) ? ok(s as T) : fail('init.invalid.choice', { value: s, allowed: [...allowed] });
}

export const parseLegalForm = (s: string) => parseChoice(s, LEGAL_FORMS);
export const parseVatRegime = (s: string) => parseChoice(s, VAT_REGIMES);
export const parseStrategy = (s: string) => parseChoice(s, STRATEGIES);
export const parseChannel = (s: string) => parseChoice(s, CHANNEL_PRESETS);

/**
 * An identifier for the file (`Bougie « été » n°1` → `bougie-ete-n-1`): ASCII
 * letters and digits joined by `-`, accents dropped; `fallback` when nothing is left.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Ligatures have no decomposition: spell them out rather than drop them.
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** The month after the date `now` (local calendar), as YYYY-MM: the one date-dependent default. */
export function nextMonth(now: Date): string {
  const y = now.getFullYear();
  const m = now.getMonth() + 1; // 1..12
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The answers `--yes` uses for every question no flag pre-filled. */
export function defaultAnswers(lang: Lang, start: string): InitAnswers {
  const fr = lang === 'fr';
  return {
    lang,
    name: fr ? 'Mon projet' : 'My project',
    description: '',
    legalForm: 'micro_entreprise',
    vatRegime: 'franchise',
    vatNumber: '',
    product: {
      name: fr ? 'Produit 1' : 'Product 1',
      price: DEFAULT_PRICE,
      strategy: 'resale',
      unitCost: DEFAULT_UNIT_COST,
      supplierName: fr ? 'Fournisseur à choisir' : 'Supplier to choose',
      secondHand: false,
      setupCost: new Decimal(0),
      materialName: fr ? 'Matière première' : 'Raw material',
      materialUnit: 'kg',
      materialQuantity: DEFAULT_MATERIAL_QUANTITY,
      labourMinutes: DEFAULT_LABOUR_MINUTES,
    },
    channel: { preset: 'site', ...feesOf('site') },
    visitors: DEFAULT_VISITORS,
    conversionRate: DEFAULT_CONVERSION_RATE,
    start,
  };
}

export function feesOf(preset: ChannelPreset): ChannelFees {
  const { commissionRate, paymentFeeRate, paymentFeeFixed, monthlyFee } = CHANNEL_DEFAULTS[preset];
  return { commissionRate, paymentFeeRate, paymentFeeFixed, monthlyFee };
}

/** A value as a prompt proposes it, in the form people type back: `0,25` / `0.25`. */
export function showDecimal(d: Decimal, lang: Lang, places?: number): string {
  const s = places === undefined ? d.toFixed() : d.toFixed(places);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

export const showAmount = (d: Decimal, lang: Lang): string => showDecimal(d, lang, d.decimalPlaces() <= 2 ? 2 : undefined);
export const showRate = (d: Decimal, lang: Lang): string => `${showDecimal(d.times(100), lang)}${lang === 'fr' ? ' %' : '%'}`;
