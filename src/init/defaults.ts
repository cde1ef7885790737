/**
 * The figures `ecomplan init` proposes, each with its source (design/french-rules.md,
 * "Market figures"). They are defaults to check, not advice: the questions show them
 * and the generated file says where they come from.
 */
import { Decimal } from '../model/decimal.js';

export type ChannelPreset = 'site' | 'etsy' | 'amazon';
export const CHANNEL_PRESETS: readonly ChannelPreset[] = ['site', 'etsy', 'amazon'];

export interface ChannelFees {
  commissionRate: Decimal;
  paymentFeeRate: Decimal;
  paymentFeeFixed: Decimal;
  /** Paid per month, whatever the sales (a marketplace's professional plan). */
  monthlyFee: Decimal;
}

export interface ChannelPresetInfo extends ChannelFees {
  kind: 'own_site' | 'marketplace';
}

export const CHANNEL_DEFAULTS: Record<ChannelPreset, ChannelPresetInfo> = {
  // Stripe, standard EEA cards: 1.5 % + 0.25 € ✅ (the channel `monthly_fee` of a shop platform is left to the user)
  site: {
    kind: 'own_site',
    commissionRate: new Decimal('0'),
    paymentFeeRate: new Decimal('0.015'),
    paymentFeeFixed: new Decimal('0.25'),
    monthlyFee: new Decimal('0'),
  },
  // Etsy: 6.5 % transaction fee; Etsy Payments in France ≈ 4 % + 0.30 € ✅/⚠
  etsy: {
    kind: 'marketplace',
    commissionRate: new Decimal('0.065'),
    paymentFeeRate: new Decimal('0.04'),
    paymentFeeFixed: new Decimal('0.30'),
    monthlyFee: new Decimal('0'),
  },
  // Amazon.fr: 15 % referral fee in most categories, professional plan 39 € HT/month ⚠
  amazon: {
    kind: 'marketplace',
    commissionRate: new Decimal('0.15'),
    paymentFeeRate: new Decimal('0'),
    paymentFeeFixed: new Decimal('0'),
    monthlyFee: new Decimal('39'),
  },
};

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
