/**
 * Answers given on the command line (`--name`, `--price`, `--strategy`…): parsed with
 * the same rules as the prompts, then laid over the defaults. With `--yes` they are
 * the whole input; without it, each one skips its question.
 */
import type { Decimal } from '../model/decimal.js';
import type { LegalForm, Strategy } from '../model/schema.js';
import {
  feesOf,
  parseAmount,
  parseChannel,
  parseCount,
  parseLegalForm,
  parseMonth,
  parseRate,
  parseStrategy,
  parseText,
  parseVatRegime,
  type InitAnswers,
  type Parsed,
  type VatRegime,
} from './answers.js';
import type { ChannelPreset } from './defaults.js';

/** The command's options, as commander hands them over (strings). */
export interface InitFlags {
  name?: string;
  description?: string;
  legalForm?: string;
  vatRegime?: string;
  vatNumber?: string;
  product?: string;
  price?: string;
  strategy?: string;
  cost?: string;
  supplier?: string;
  channel?: string;
  /** `--second-hand` (a switch, not text). */
  secondHand?: boolean;
  visitors?: string;
  conversion?: string;
  start?: string;
}

export interface Prefill {
  name?: string;
  description?: string;
  legalForm?: LegalForm;
  vatRegime?: VatRegime;
  vatNumber?: string;
  productName?: string;
  price?: Decimal;
  strategy?: Strategy;
  unitCost?: Decimal;
  supplierName?: string;
  channel?: ChannelPreset;
  secondHand?: boolean;
  visitors?: number;
  conversionRate?: Decimal;
  start?: string;
}

/** A flag that failed: its name as typed (`price`) and the parse error. */
export type FlagError = { flag: string; id: string; data?: Record<string, unknown> };

const PARSERS: { [K in Exclude<keyof InitFlags, 'secondHand'>]-?: [flag: string, target: keyof Prefill, parse: (s: string) => Parsed<unknown>] } = {
  name: ['name', 'name', (s) => parseText(s, { required: true })],
  description: ['description', 'description', (s) => parseText(s)],
  legalForm: ['legal-form', 'legalForm', parseLegalForm],
  vatRegime: ['vat-regime', 'vatRegime', parseVatRegime],
  vatNumber: ['vat-number', 'vatNumber', (s) => parseText(s)],
  product: ['product', 'productName', (s) => parseText(s, { required: true })],
  price: ['price', 'price', (s) => parseAmount(s, { positive: true })],
  strategy: ['strategy', 'strategy', parseStrategy],
  cost: ['cost', 'unitCost', (s) => parseAmount(s, { positive: true })],
  supplier: ['supplier', 'supplierName', (s) => parseText(s, { required: true })],
  channel: ['channel', 'channel', parseChannel],
  visitors: ['visitors', 'visitors', parseCount],
  conversion: ['conversion', 'conversionRate', (s) => parseRate(s, { positive: true })],
  start: ['start', 'start', parseMonth],
};

export function parseInitFlags(flags: InitFlags): { ok: true; prefill: Prefill } | ({ ok: false } & FlagError) {
  const prefill: Record<string, unknown> = {};
  if (flags.secondHand !== undefined) prefill.secondHand = flags.secondHand;
  for (const key of Object.keys(PARSERS) as Array<keyof typeof PARSERS>) {
    const raw = flags[key];
    if (raw === undefined) continue;
    const [flag, target, parse] = PARSERS[key];
    const r = parse(raw);
    if (!r.ok) return { ok: false, flag, id: r.id, data: r.data };
    prefill[target] = r.value;
  }
  return { ok: true, prefill: prefill as Prefill };
}

/** The defaults with every pre-filled answer laid over them. */
export function applyPrefill(base: InitAnswers, p: Prefill): InitAnswers {
  return {
    ...base,
    name: p.name ?? base.name,
    description: p.description ?? base.description,
    legalForm: p.legalForm ?? base.legalForm,
    vatRegime: p.vatRegime ?? base.vatRegime,
    vatNumber: p.vatNumber ?? base.vatNumber,
    product: {
      ...base.product,
      name: p.productName ?? base.product.name,
      price: p.price ?? base.product.price,
      strategy: p.strategy ?? base.product.strategy,
      unitCost: p.unitCost ?? base.product.unitCost,
      supplierName: p.supplierName ?? base.product.supplierName,
      secondHand: p.secondHand ?? base.product.secondHand,
    },
    channel: p.channel ? { preset: p.channel, ...feesOf(p.channel) } : base.channel,
    visitors: p.visitors ?? base.visitors,
    conversionRate: p.conversionRate ?? base.conversionRate,
    start: p.start ?? base.start,
  };
}
