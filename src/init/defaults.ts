/**
 * The figures `ecomplan init` proposes, each with its source (design/french-rules.md,
 * "Market figures"). They are defaults to check, not advice: the questions show them
 * and the generated file says where they come from.
 */
import { Decimal } from '../model/decimal.js';
import { CHANNEL_FEES_FR, type ChannelPreset } from '../model/rules-channels.js';

export { CHANNEL_PRESETS, type ChannelPreset } from '../model/rules-channels.js';

export interface ChannelFees {
  commissionRate: Decimal;
  paymentFeeRate: Decimal;
  paymentFeeFixed: Decimal;
  /** Paid per month, whatever the sales (a marketplace's professional plan). */
  monthlyFee: Decimal;
}

/** The usual fees of each channel: the dated, sourced table of the rules (src/model/rules-channels.ts). */
export const CHANNEL_DEFAULTS = CHANNEL_FEES_FR;

/** A channel's fees as its choice in the questions shows them: rates in %, amounts in euros. */
export function channelFeeData(preset: ChannelPreset): Record<string, Decimal> {
  const f = CHANNEL_FEES_FR[preset];
  return { commission: f.commissionRate.times(100), payment: f.paymentFeeRate.times(100), fixed: f.paymentFeeFixed, monthly: f.monthlyFee };
}

/** Conversion rate: e-commerce usually converts 1–3 % of sessions (⚠ order of magnitude); 1.5 % is the cautious middle. */
export const DEFAULT_CONVERSION_RATE = new Decimal('0.015');
export const DEFAULT_VAT_RATE = new Decimal('0.2');
export const DEFAULT_HORIZON_MONTHS = 36;
export const DEFAULT_ITEMS_PER_ORDER = new Decimal('1');
export const DEFAULT_VISITORS = 1000;

/** Placeholder product figures for `--yes`: round numbers the user is expected to replace. */
export const DEFAULT_PRICE = new Decimal('25');
export const DEFAULT_UNIT_COST = new Decimal('8');
export const DEFAULT_MATERIAL_QUANTITY = new Decimal('0.5');
export const DEFAULT_LABOUR_MINUTES = new Decimal('15');

/** Default file name, by language of the questions. */
export const DEFAULT_FILE = { fr: 'projet.ecomplan.yaml', en: 'project.ecomplan.yaml' } as const;
