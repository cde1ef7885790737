/**
 * Messages of the newcomer's edit loop (issue 23): hints that keep the user's value, C1.2 naming the
 * product's own strategy, a cost counted twice, second-hand goods, the channels `init` offers.
 */
import type { Catalog } from '../index.js';

export const editLoop = {
  'schema.decimal_comma_rate': {
    fr: '« {previous}: {found} » : dans { … }, la virgule sépare deux clés et « {key} » est lu comme une clé ; écrivez « {previous}: {suggestion} »',
    en: '`{previous}: {found}`: inside { … }, a comma separates two keys and `{key}` is read as a key; write `{previous}: {suggestion}`',
  },
  'schema.decimal_comma_rate.hint': {
    fr: 'Ou gardez la virgule entre guillemets : {previous}: "{found}".',
    en: 'Or keep the comma inside quotes: {previous}: "{found}".',
  },
  'gap.alternative_same_strategy': {
    fr: 'Les alternatives de « {product} » reprennent sa propre stratégie (« {strategy} ») : ajoutez-en une d’une autre stratégie, par exemple « strategy: {suggestion} »',
    en: 'The alternatives of `{product}` repeat its own strategy (`{strategy}`): add one with another strategy, e.g. `strategy: {suggestion}`',
  },
  'fixed_cost.twice_label': {
    fr: 'Charge fixe « {name} » : même libellé que « {other} » ({other_path}, ligne {other_line}), sur les mêmes mois — compté deux fois ?',
    en: 'Fixed cost `{name}`: same label as `{other}` ({other_path}, line {other_line}), over the same months — counted twice?',
  },
  'fixed_cost.twice_label.hint': {
    fr: 'Gardez une ligne par dépense ; un montant qui change s’écrit en deux lignes aux mois distincts (from, until).',
    en: 'Keep one line per expense; an amount that changes is two lines over distinct months (from, until).',
  },
  'fixed_cost.twice_amount': {
    fr: 'Charge fixe « {name} » : même montant et même prestataire que « {other} » ({other_path}, ligne {other_line}) — compté deux fois ?',
    en: 'Fixed cost `{name}`: same amount and same provider as `{other}` ({other_path}, line {other_line}) — counted twice?',
  },
  'fixed_cost.twice_amount.hint': {
    fr: 'L’abonnement d’un canal de vente se déclare une fois, dans son « monthly_fee » (channels) : retirez-le de fixed_costs, ou gardez-le seulement ici.',
    en: 'A sales channel’s subscription is declared once, in its `monthly_fee` (channels): remove it from fixed_costs, or keep it only there.',
  },

  // ── init: the channels, their fees read from the rules table (src/model/rules-channels.ts) ──
  'init.choice.channel.site': {
    fr: 'Votre boutique en ligne — paiement par carte (Stripe) {payment} % + {fixed} € par commande',
    en: 'Your own online shop — card payment (Stripe) {payment}% + €{fixed} per order',
  },
  'init.choice.channel.etsy': {
    fr: 'Etsy (marketplace) — commission {commission} % + paiement {payment} % + {fixed} € par commande',
    en: 'Etsy (marketplace) — {commission}% commission + payment {payment}% + €{fixed} per order',
  },
  'init.choice.channel.amazon': {
    fr: 'Amazon.fr (marketplace) — commission {commission} % + abonnement {monthly} € HT par mois',
    en: 'Amazon.fr (marketplace) — {commission}% commission + €{monthly} excl. VAT monthly plan',
  },
  'init.choice.channel.ebay': {
    fr: 'eBay (marketplace) — commission ≈ {commission} % + {fixed} € par commande (grille des particuliers, celle des pros varie par catégorie)',
    en: 'eBay (marketplace) — ≈ {commission}% commission + €{fixed} per order (private sellers’ grid; the business grid varies by category)',
  },
  'init.choice.channel.vinted': {
    fr: 'Vinted Pro (seconde main) — aucun frais de vente, l’acheteur paie sa protection',
    en: 'Vinted Pro (second-hand) — no selling fee, the buyer pays for their protection',
  },
  'init.choice.channel.leboncoin': {
    fr: 'Leboncoin (petites annonces) — aucun frais de vente pour l’annonce ni le paiement sécurisé (offres pro sur devis)',
    en: 'Leboncoin (classified ads) — no selling fee for the listing nor the secure payment (business offers on quote)',
  },
  'init.choice.channel.cdiscount': {
    fr: 'Cdiscount (marketplace) — commission {commission} % + abonnement {monthly} € HT par mois',
    en: 'Cdiscount (marketplace) — {commission}% commission + €{monthly} excl. VAT monthly plan',
  },
  'init.value.channel.ebay': { fr: 'eBay', en: 'eBay' },
  'init.value.channel.vinted': { fr: 'Vinted', en: 'Vinted' },
  'init.value.channel.leboncoin': { fr: 'Leboncoin', en: 'Leboncoin' },
  'init.value.channel.cdiscount': { fr: 'Cdiscount', en: 'Cdiscount' },
  'init.file.channel_source': {
    fr: 'Frais relevés en {as_of} ({certainty:certainty}) : {source}',
    en: 'Fees as of {as_of} ({certainty:certainty}): {source}',
  },
  'certainty.primary': { fr: 'source officielle', en: 'official source' },
  'certainty.secondary': { fr: 'sources concordantes', en: 'concurring sources' },
  'certainty.uncertain': { fr: 'à vérifier', en: 'to check' },

  // ── second-hand goods (régime de la marge, art. 297 A CGI) ──
  'product.second_hand_not_resale': {
    fr: '« second_hand » ne vaut que pour des biens achetés pour être revendus (strategy: resale), pas pour « {strategy} »',
    en: '`second_hand` only applies to goods bought for resale (strategy: resale), not to `{strategy}`',
  },
  'product.second_hand_not_resale.hint': {
    fr: 'Retirez « second_hand », ou passez le produit en « strategy: resale » avec son « purchase_cost ».',
    en: 'Remove `second_hand`, or make the product `strategy: resale` with its `purchase_cost`.',
  },
  'xlsx.col.margin_purchase': { fr: 'Prix d’achat (régime de la marge)', en: 'Purchase price (margin scheme)' },
  'xlsx.note.margin_scheme': {
    fr: 'Bien d’occasion (régime de la marge, art. 297 A CGI) : au régime normal, TVA sur la marge = (prix TTC − prix d’achat × coefficient des coûts) × taux / (1 + taux) quand elle est positive.',
    en: 'Second-hand goods (margin scheme, art. 297 A CGI): under the normal regime, VAT on the margin = (price incl. VAT − purchase price × costs factor) × rate / (1 + rate) when positive.',
  },
  'init.q.second_hand': {
    fr: 'Ces produits sont-ils d’occasion, achetés à des particuliers pour être revendus ?',
    en: 'Are these products second-hand, bought from private persons to be resold?',
  },
  'init.choice.second_hand.false': { fr: 'Non — des produits neufs', en: 'No — new products' },
  'init.choice.second_hand.true': {
    fr: 'Oui — biens d’occasion : pas de TVA sur l’achat ; au régime normal, TVA sur la marge (art. 297 A CGI)',
    en: 'Yes — second-hand goods: no VAT on their purchase; under the normal regime, VAT on the margin (art. 297 A CGI)',
  },
  'init.file.second_hand': {
    fr: 'occasion : TVA sur la marge (art. 297 A CGI)',
    en: 'second-hand: VAT on the margin (art. 297 A CGI)',
  },
  'init.ex.second_hand': {
    fr: 'second_hand: true                 # bien d’occasion acheté à un particulier : TVA sur la marge (art. 297 A CGI)',
    en: 'second_hand: true                 # second-hand goods bought from a private person: VAT on the margin (art. 297 A CGI)',
  },
} as const satisfies Catalog;
