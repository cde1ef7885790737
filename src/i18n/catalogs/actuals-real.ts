/**
 * Messages of `ecomplan actuals` on the exports shops really produce (issue 21): other
 * currencies, orders awaiting payment, overlapping exports, items written in cells,
 * margins that cannot be computed, the re-forecast withheld.
 */
import type { Catalog } from '../index.js';

export const actualsReal = {
  'actuals.currency_mismatch': {
    fr: 'Commandes en {currency}, le projet compte en {project} : export non comparé',
    en: 'Orders in {currency}, the project counts in {project}: export not compared',
  },
  'actuals.currency_mismatch.hint': {
    fr: 'Donnez le taux : {option} (nombre de {project} pour 1 {currency}), par exemple au cours moyen de la période.',
    en: 'Give the rate: {option} (how many {project} for 1 {currency}), for example at the period’s average rate.',
  },
  'actuals.bad_rate': { fr: 'Taux de change illisible : « {value} »', en: 'Unreadable exchange rate: `{value}`' },
  'actuals.bad_rate.hint': {
    fr: 'Écrivez --rate USD=0.92 : le code de la devise, « = », le nombre d’unités de la devise du projet pour 1 (positif) ; une fois par devise.',
    en: 'Write --rate USD=0.92: the currency code, `=`, how many units of the project’s currency for 1 (positive); once per currency.',
  },
  'actuals.bad_until': { fr: 'Date illisible dans --until : « {value} »', en: 'Unreadable date in --until: `{value}`' },
  'actuals.bad_until.hint': { fr: 'Écrivez --until AAAA-MM-JJ, par exemple 2027-06-30.', en: 'Write --until YYYY-MM-DD, for example 2027-06-30.' },
  'actuals.bad_item': { fr: 'Article illisible dans « {column} » : « {value} »', en: 'Unreadable item in `{column}`: `{value}`' },
  'actuals.bad_item.hint': {
    fr: 'Une cellule d’article s’écrit name:…|sku:…|quantity:2|total:… ; la quantité est un nombre entier positif.',
    en: 'An item cell is written name:…|sku:…|quantity:2|total:…; the quantity is a whole positive number.',
  },
  'actuals.mapping_needs_items': {
    fr: 'La correspondance de colonnes ne dit pas où lire les articles',
    en: 'The column mapping does not say where to read the items',
  },
  'actuals.mapping_needs_items.hint': {
    fr: 'Ajoutez quantity (une ligne par article) ou item_columns (une colonne par article, comme line_item_).',
    en: 'Add quantity (one row per item) or item_columns (one column per item, like line_item_).',
  },
  'actuals.no_orders_outside': {
    fr: 'Aucune commande dans la période du prévisionnel ({start} à {end}) : les exports couvrent {first} à {last}',
    en: 'No order within the forecast’s period ({start} to {end}): the exports cover {first} to {last}',
  },
  'actuals.no_orders_outside.hint': {
    fr: 'Vérifiez project.start, et que ce sont bien les exports de cette boutique.',
    en: 'Check project.start, and that these are this shop’s exports.',
  },
  'report.actuals_options_alone': {
    fr: '{options} ne vaut qu’avec --actuals',
    en: '{options} only applies with --actuals',
  },
  'report.actuals_options_alone.hint': {
    fr: 'Ajoutez --actuals commandes.csv (les exports de commandes), ou retirez ces options.',
    en: 'Add --actuals orders.csv (the order exports), or remove these options.',
  },

  'act.pending_note': {
    fr: '{count} commande(s) en attente de paiement ({amount} TTC) non comptée(s) ; --include-pending les compte comme des ventes.',
    en: '{count} order(s) awaiting payment ({amount} incl. VAT) not counted; --include-pending counts them as sales.',
  },
  'act.pending_counted': {
    fr: '{count} commande(s) en attente de paiement ({amount} TTC) comptée(s) comme des ventes (--include-pending).',
    en: '{count} order(s) awaiting payment ({amount} incl. VAT) counted as sales (--include-pending).',
  },
  'act.duplicates_note': {
    fr: '{count} commande(s) présente(s) dans plusieurs exports, comptée(s) une fois.',
    en: '{count} order(s) found in several exports, counted once.',
  },
  'act.conversion_note': {
    fr: '{orders} commande(s) en {currency} converties à {rate} {project} pour 1 {currency} (--rate).',
    en: '{orders} order(s) in {currency} converted at {rate} {project} per 1 {currency} (--rate).',
  },
  'act.margin_not_matched': {
    fr: 'Marge non rapprochée : aucune des {units} unités vendues ne correspond à un produit du plan (products[].sku, id ou nom), leur coût est inconnu.',
    en: 'Margin not matched: none of the {units} units sold matches a product of the plan (products[].sku, id or name), their cost is unknown.',
  },
  'act.margin_no_items': {
    fr: 'Marge non rapprochée : l’export ne détaille pas les articles (PrestaShop), le coût des produits vendus est inconnu.',
    en: 'Margin not matched: the export does not list the items (PrestaShop), the cost of the goods sold is unknown.',
  },
  'act.not_matched': { fr: 'non rapproché', en: 'not matched' },
  'act.unmatched_no_key': { fr: '(ni SKU ni nom)', en: '(no SKU, no name)' },
  'act.withheld.nothing_matched': {
    fr: 'Pas de prévisionnel révisé : aucune des {units} unités vendues ne correspond aux produits du plan. Est-ce l’export de cette boutique ? Ajoutez products[].sku.',
    en: 'No re-forecast: none of the {units} units sold matches the plan’s products. Is this the shop’s export? Add products[].sku.',
  },
  'act.withheld.no_items': {
    fr: 'Pas de prévisionnel révisé : sans les articles vendus, la marge et la trésorerie réelles ne peuvent être estimées.',
    en: 'No re-forecast: without the items sold, the actual margin and cash cannot be estimated.',
  },
  'act.withheld.no_forecast_orders': {
    fr: 'Pas de prévisionnel révisé : le plan ne prévoit aucune vente sur les derniers mois complets.',
    en: 'No re-forecast: the plan forecasts no sale over the last full months.',
  },
} as const satisfies Catalog;
