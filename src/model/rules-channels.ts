/**
 * The usual fees of the sales channels `ecomplan init` offers, dated and sourced like the rest of the
 * rules (rules-fr.ts): a platform changes its price list more often than the law, so each preset
 * says when its figures were published and how sure we are of them. `init` proposes them and the
 * generated file says to check them against the channel's own price list. Defaults, not advice.
 *
 * Amounts: fees as the platform bills them (its VAT is not recoverable under the franchise, and the
 * forecast takes channel fees as paid, forecast-model.md); rates apply to the order TTC with its
 * shipping (the platforms' « montant total de la vente »).
 */
import { Decimal } from './decimal.js';
import type { Certainty } from './rules-fr.js';

export const CHANNEL_PRESETS = ['site', 'etsy', 'amazon', 'ebay', 'vinted', 'leboncoin', 'cdiscount'] as const;
export type ChannelPreset = (typeof CHANNEL_PRESETS)[number];

export interface ChannelFeeRule {
  kind: 'own_site' | 'marketplace';
  commissionRate: Decimal;
  paymentFeeRate: Decimal;
  paymentFeeFixed: Decimal;
  /** Paid per month, whatever the sales (a marketplace's professional plan). */
  monthlyFee: Decimal;
  /** When the figures were published or last read at their source (YYYY-MM). */
  asOf: string;
  source: string;
  certainty: Certainty;
}

const d = (s: string) => new Decimal(s);

const rule = (kind: ChannelFeeRule['kind'], commission: string, paymentRate: string, paymentFixed: string, monthly: string, asOf: string, certainty: Certainty, source: string): ChannelFeeRule => ({
  kind,
  commissionRate: d(commission),
  paymentFeeRate: d(paymentRate),
  paymentFeeFixed: d(paymentFixed),
  monthlyFee: d(monthly),
  asOf,
  source,
  certainty,
});

/** The presets, by channel. A new price list is an edit of its row (and of its `asOf`) with its test. */
export const CHANNEL_FEES_FR: Readonly<Record<ChannelPreset, ChannelFeeRule>> = {
  // The shop platform's subscription (Shopify, WooCommerce hosting…) is left to the user: `monthly_fee` 0.
  site: rule('own_site', '0', '0.015', '0.25', '0', '2026-01', 'primary', 'stripe.com/fr/pricing — cartes standard de l’EEE : 1,5 % + 0,25 €'),
  etsy: rule(
    'marketplace',
    '0.065',
    '0.04',
    '0.30',
    '0',
    '2026-01',
    'uncertain',
    'etsy.com/legal/fees — frais de transaction 6,5 % du total livraison comprise ; Etsy Payments en France ≈ 4 % + 0,30 € (à vérifier)',
  ),
  amazon: rule(
    'marketplace',
    '0.15',
    '0',
    '0',
    '39',
    '2026-01',
    'uncertain',
    'sell.amazon.fr — abonnement Vendeur professionnel 39 € HT par mois ; frais de vente 15 % dans la plupart des catégories (7 % high-tech)',
  ),
  ebay: rule(
    'marketplace',
    '0.1135',
    '0',
    '0.35',
    '0',
    '2024-04',
    'uncertain',
    'ebay.fr — commission sur le prix final de 11 % du montant total (jusqu’à 1 990 €) + 0,35 € par commande (0,05 € sous 10 €), plus 0,35 % de frais d’exploitation réglementaires depuis le 8 avril 2024 (espacevendeurs.ebay.fr) ; la grille des vendeurs professionnels varie par catégorie : à vérifier',
  ),
  vinted: rule(
    'marketplace',
    '0',
    '0',
    '0',
    '0',
    '2024-10',
    'secondary',
    'vinted.fr/pro-guide, channelx.world (octobre 2024) — vendre avec un compte Vinted Pro est gratuit ; l’acheteur paie la protection acheteurs (0,70 € + 5 % du prix de l’article)',
  ),
  leboncoin: rule(
    'marketplace',
    '0',
    '0',
    '0',
    '0',
    '2025-01',
    'uncertain',
    'assistance.leboncoin.info — dépôt d’annonce gratuit hors véhicules et immobilier, frais du paiement sécurisé payés par l’acheteur ; les offres des comptes professionnels sont sur devis : à vérifier',
  ),
  cdiscount: rule(
    'marketplace',
    '0.15',
    '0',
    '0',
    '39.99',
    '2019-03',
    'secondary',
    'marketplace.cdiscount.com/tarifs (grille du 30 mars 2019, citée par ChannelEngine) — abonnement 39,99 € HT par mois ; commission 15 % du prix TTC livraison comprise dans la plupart des catégories, 2 points de plus pour un produit d’occasion',
  ),
};
