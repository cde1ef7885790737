/** Messages of `ecomplan actuals` (importers, comparison, re-forecast) and of the report's « Suivi du réel ». */
import type { Catalog } from '../index.js';

export const actuals = {
  // reading an export
  'actuals.empty_file': { fr: 'Export vide : aucune ligne d’en-tête', en: 'Empty export: no header line' },
  'actuals.empty_file.hint': {
    fr: 'Exportez à nouveau les commandes depuis la boutique, au format CSV.',
    en: 'Export the orders again from the shop, as CSV.',
  },
  'actuals.utf16': { fr: 'Export encodé en UTF-16 : non pris en charge', en: 'Export encoded as UTF-16: not supported' },
  'actuals.utf16.hint': {
    fr: 'Enregistrez-le en « CSV UTF-8 » (Excel : Enregistrer sous → CSV UTF-8).',
    en: 'Save it as « CSV UTF-8 » (Excel: Save as → CSV UTF-8).',
  },
  'actuals.binary': {
    fr: 'Ce fichier n’est pas un CSV (octet nul à la position {offset}) : un classeur Excel ?',
    en: 'This file is not a CSV (NUL byte at offset {offset}): an Excel workbook?',
  },
  'actuals.binary.hint': { fr: 'Exportez les commandes au format CSV, pas XLSX.', en: 'Export the orders as CSV, not XLSX.' },
  'actuals.read_as_latin1': {
    fr: 'Export lu en Latin-1 (Windows-1252) : il n’est pas en UTF-8',
    en: 'Export read as Latin-1 (Windows-1252): it is not UTF-8',
  },
  'actuals.read_as_latin1.hint': {
    fr: 'Vérifiez les accents des noms de produits ; un export « CSV UTF-8 » évite la question.',
    en: 'Check the accents of product names; a « CSV UTF-8 » export avoids the question.',
  },
  'actuals.csv_syntax': { fr: 'CSV mal formé ({detail})', en: 'Malformed CSV ({detail})' },
  'actuals.csv_syntax.hint': {
    fr: 'Un guillemet non fermé ? Ouvrez le fichier dans un tableur et exportez-le à nouveau.',
    en: 'An unclosed quote? Open the file in a spreadsheet and export it again.',
  },
  'actuals.unknown_format': { fr: 'Format d’export non reconnu (colonnes : {columns})', en: 'Unknown export format (columns: {columns})' },
  'actuals.unknown_format.hint': {
    fr: 'Indiquez --source shopify|woocommerce|etsy, ou décrivez les colonnes dans actuals.mapping du projet (ou --mapping fichier.yaml).',
    en: 'Give --source shopify|woocommerce|etsy, or describe the columns in the project’s actuals.mapping (or --mapping file.yaml).',
  },
  'actuals.no_mapping': { fr: '--source generic demande une correspondance de colonnes', en: '--source generic needs a column mapping' },
  'actuals.no_mapping.hint': {
    fr: 'Ajoutez actuals.mapping au projet ou --mapping fichier.yaml.',
    en: 'Add actuals.mapping to the project or --mapping file.yaml.',
  },
  'actuals.missing_column': { fr: 'Colonne « {column} » absente de l’export', en: 'Column `{column}` is missing from the export' },
  'actuals.missing_column.hint': {
    fr: 'Vérifiez le format (--source) ou la correspondance de colonnes.',
    en: 'Check the format (--source) or the column mapping.',
  },
  'actuals.missing_value': { fr: 'Colonne « {column} » vide', en: 'Column `{column}` is empty' },
  'actuals.bad_amount': { fr: 'Montant illisible dans « {column} » : « {value} »', en: 'Unreadable amount in `{column}`: `{value}`' },
  'actuals.bad_amount.hint': {
    fr: 'Un montant s’écrit 1234,56 ou 1234.56 (espaces de milliers et symbole € acceptés).',
    en: 'An amount reads 1234.56 or 1234,56 (thousands spaces and the € sign accepted).',
  },
  'actuals.bad_quantity': { fr: 'Quantité illisible dans « {column} » : « {value} »', en: 'Unreadable quantity in `{column}`: `{value}`' },
  'actuals.bad_quantity.hint': { fr: 'Une quantité est un nombre entier positif.', en: 'A quantity is a whole positive number.' },
  'actuals.bad_date': { fr: 'Date illisible dans « {column} » : « {value} »', en: 'Unreadable date in `{column}`: `{value}`' },
  'actuals.bad_date.hint': {
    fr: 'Dates acceptées : 2027-03-14, 14/03/2027 (ou 03/14/27 pour Etsy, date_order: mdy).',
    en: 'Accepted dates: 2027-03-14, 14/03/2027 (or 03/14/27 for Etsy, date_order: mdy).',
  },
  'actuals.mapping_invalid': { fr: 'Correspondance de colonnes invalide : {detail}', en: 'Invalid column mapping: {detail}' },
  'actuals.mapping_invalid.hint': {
    fr: 'Clés attendues : order_id, date (obligatoires), quantity (ou item_columns), sku, name, total, taxes, shipping, discounts, refunds, status…',
    en: 'Expected keys: order_id, date (required), quantity (or item_columns), sku, name, total, taxes, shipping, discounts, refunds, status…',
  },
  'actuals.errors': {
    fr: '{count} erreur(s) dans les exports : rien n’est comparé',
    en: '{count} error(s) in the exports: nothing is compared',
  },
  'actuals.no_orders': { fr: 'Aucune commande retenue dans la période du prévisionnel', en: 'No order kept within the forecast’s period' },
  'actuals.no_orders.hint': {
    fr: 'Vérifiez project.start et les dates des commandes exportées.',
    en: 'Check project.start and the dates of the exported orders.',
  },

  'actuals.file_not_found': { fr: 'Export introuvable', en: 'Export not found' },
  'actuals.file_not_found.hint': { fr: 'Vérifiez le chemin du fichier CSV des commandes.', en: 'Check the path of the orders CSV file.' },
  'actuals.file_unreadable': { fr: 'Export illisible ({reason})', en: 'Cannot read the export ({reason})' },
  'actuals.too_large': { fr: 'Export trop gros ({size} octets ; maximum {max})', en: 'Export too large ({size} bytes; maximum {max})' },
  'actuals.too_large.hint': {
    fr: 'Exportez une période plus courte (par exemple une année).',
    en: 'Export a shorter period (a year, for example).',
  },

  // output
  'act.header': {
    fr: '{project} — réel contre prévisionnel ({scenario}), {first} à {last} : {orders} commande(s) retenue(s), {cancelled} annulée(s) et {test} de test écartée(s)',
    en: '{project} — actuals against the forecast ({scenario}), {first} to {last}: {orders} order(s) counted, {cancelled} cancelled and {test} test order(s) left out',
  },
  'act.outside_horizon': {
    fr: '{count} commande(s) hors de la période du prévisionnel, non comparée(s).',
    en: '{count} order(s) outside the forecast’s period, not compared.',
  },
  'act.title.cumulative': { fr: 'Cumul à date', en: 'To date' },
  'act.title.month': { fr: '{month}', en: '{month}' },
  'act.title.month_partial': { fr: '{month} (incomplet, jusqu’au {until})', en: '{month} (partial, up to {until})' },
  'act.title.unmatched': { fr: 'Lignes sans produit correspondant', en: 'Lines matching no product' },
  'act.title.reforecast': { fr: 'Prévisionnel révisé', en: 'Re-forecast' },
  'act.col.forecast': { fr: 'Prévu', en: 'Forecast' },
  'act.col.actual': { fr: 'Réel', en: 'Actual' },
  'act.col.diff': { fr: 'Écart', en: 'Difference' },
  'act.col.diff_rate': { fr: 'Écart %', en: 'Diff. %' },
  'act.col.verdict': { fr: 'Verdict', en: 'Verdict' },
  'act.col.units': { fr: 'Unités', en: 'Units' },
  'act.col.orders': { fr: 'Commandes', en: 'Orders' },
  'act.col.where': { fr: 'Première ligne', en: 'First line' },
  'act.col.original': { fr: 'Plan initial', en: 'Original plan' },
  'act.col.revised': { fr: 'Révisé', en: 'Revised' },
  'act.line.orders': { fr: 'Commandes', en: 'Orders' },
  'act.line.units': { fr: 'Unités — {name}', en: 'Units — {name}' },
  'act.line.units.unmatched': { fr: 'Unités sans produit correspondant', en: 'Units matching no product' },
  'act.line.revenue_ttc': { fr: 'Chiffre d’affaires TTC', en: 'Revenue incl. VAT' },
  'act.line.revenue_ht': { fr: 'Chiffre d’affaires HT', en: 'Revenue excl. VAT' },
  'act.line.basket': { fr: 'Panier moyen TTC', en: 'Average basket incl. VAT' },
  'act.line.shipping_charged': { fr: 'Livraison facturée', en: 'Shipping charged' },
  'act.line.refunds': { fr: 'Remboursements', en: 'Refunds' },
  'act.line.channel_fees': { fr: 'Frais des canaux', en: 'Channel fees' },
  'act.line.contribution_margin': { fr: 'Marge sur coûts variables', en: 'Contribution margin' },
  'act.verdict.ahead': { fr: 'en avance', en: 'ahead' },
  'act.verdict.on_plan': { fr: 'conforme', en: 'on plan' },
  'act.verdict.behind': { fr: 'en retard', en: 'behind' },
  'act.tolerance_note': {
    fr: 'Conforme : écart de {tolerance} au plus (actuals.tolerance). Pour les remboursements et les frais, plus est moins bien.',
    en: 'On plan: a difference of {tolerance} at most (actuals.tolerance). For refunds and fees, more is worse.',
  },
  'act.costs_note': {
    fr: 'Marge réelle : CA HT net des remboursements − coût unitaire des produits − frais des canaux (taux du canal) − transport et retours au coût du projet.',
    en: 'Actual margin: revenue excl. VAT net of refunds − unit cost of the products − channel fees (the channel’s rates) − carriage and returns at the project’s costs.',
  },
  'act.unmatched_note': {
    fr: 'Ces lignes comptent dans les commandes et le CA, pas dans les unités par produit : ajoutez products[].sku pour les rattacher.',
    en: 'These lines count in orders and revenue, not in units per product: add products[].sku to match them.',
  },
  'act.line.year1_revenue': { fr: 'CA HT de l’année 1', en: 'Year-1 revenue excl. VAT' },
  'act.line.break_even': { fr: 'Point mort', en: 'Break-even month' },
  'act.line.lowest_cash': { fr: 'Trésorerie la plus basse', en: 'Lowest cash balance' },
  'act.line.lowest_cash_month': { fr: 'Mois de la trésorerie la plus basse', en: 'Month of the lowest cash' },
  'act.none': { fr: 'non atteint', en: 'not reached' },
  'act.reforecast_note': {
    fr: 'Commandes multipliées par {orders} et panier par {basket} après {through} : {actual} commandes réelles pour {forecast} prévues sur {months}, panier hors livraison comparé au prévu. Trésorerie réelle estimée : prévisionnel + écart cumulé de marge.',
    en: 'Orders multiplied by {orders} and basket by {basket} after {through}: {actual} actual orders for {forecast} forecast over {months}, basket excluding shipping compared with the forecast’s. Actual cash estimated: forecast + cumulated margin difference.',
  },
  'act.no_reforecast': { fr: 'Pas de prévisionnel révisé : aucun mois complet de réel.', en: 'No re-forecast: no full month of actuals.' },
  'act.chart.revenue': { fr: 'CA TTC prévu et réel', en: 'Forecast and actual revenue incl. VAT' },
  'act.chart.cash': { fr: 'Trésorerie prévue et révisée', en: 'Forecast and revised cash' },
  'act.series.forecast': { fr: 'Prévu', en: 'Forecast' },
  'act.series.actual': { fr: 'Réel', en: 'Actual' },
  'act.series.revised': { fr: 'Réel puis révisé', en: 'Actual then revised' },
  // init: the commented example of the project file
  'init.file.title.actuals': { fr: 'Après le lancement : le suivi du réel', en: 'After launch: actuals against the plan' },
  'init.ex.actuals': {
    fr: [
      'actuals:                          # ecomplan actuals projet.ecomplan.yaml commandes.csv',
      '  tolerance: 10%                  # écart toléré avant « en avance » ou « en retard »',
      '  mapping: { order_id: Commande, date: Date, quantity: Quantité, sku: SKU, total: Total TTC }   # colonnes d’un export CSV d’un autre format',
      '  # un article par colonne (line_item_1, line_item_2…) : item_columns: line_item_ au lieu de quantity',
    ].join('\n'),
    en: [
      'actuals:                          # ecomplan actuals project.ecomplan.yaml orders.csv',
      '  tolerance: 10%                  # difference allowed before « ahead » or « behind »',
      '  mapping: { order_id: Order, date: Date, quantity: Quantity, sku: SKU, total: Total }   # columns of a CSV export in another format',
      '  # one item per column (line_item_1, line_item_2…): item_columns: line_item_ instead of quantity',
    ].join('\n'),
  },
  'report.section.actuals': { fr: 'Suivi du réel', en: 'Actuals against the plan' },
} as const satisfies Catalog;
