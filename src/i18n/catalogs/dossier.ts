/** Messages of the printed dossier's layout (issue 12): half-year cash tables, chart keys, captions. */
import type { Catalog } from '../index.js';

export const dossier = {
  'report.half_year': { fr: 'Année {n}, {first} – {last}', en: 'Year {n}, {first} – {last}' },
  'report.col.year_total': { fr: 'Total année {n}', en: 'Year {n} total' },
  'report.chart.unit_cost.key': { fr: 'Produits du graphique', en: 'Products in the chart' },
  'report.col.chart_label': { fr: 'Repère', en: 'Key' },
  'report.col.component': { fr: 'Composante', en: 'Component' },
  'report.col.colour': { fr: 'Couleur', en: 'Colour' },
  'report.company.siren_only': { fr: 'SIREN', en: 'SIREN' },
  'report.company.siret': { fr: 'SIRET du siège', en: 'SIRET (head office)' },
  'report.vat_not_applicable': { fr: 'TVA non applicable', en: 'VAT not applicable' },
  'report.chart.break_even_first': {
    fr: 'Point mort dès le 1er mois ({month}) : la marge couvre les charges fixes depuis le début',
    en: 'Break-even from month 1 ({month}): the margin covers the fixed charges from the start',
  },
  'report.scenario_alert': { fr: '⚠ Scénario {scenario} : {message}', en: '⚠ {scenario} scenario: {message}' },
  'report.sens.result.low': { fr: 'Résultat an 1 à −10 %', en: 'Year-1 result at −10%' },
  'report.sens.result.high': { fr: 'Résultat an 1 à +10 %', en: 'Year-1 result at +10%' },
  'report.sens.result.swing': { fr: 'Écart de résultat', en: 'Result swing' },
  'report.sens.cash.low': { fr: 'Trésorerie la plus basse à −10 %', en: 'Lowest cash at −10%' },
  'report.sens.cash.high': { fr: 'Trésorerie la plus basse à +10 %', en: 'Lowest cash at +10%' },
  'report.sens.cash.swing': { fr: 'Écart de trésorerie', en: 'Cash swing' },
  'check.class_invalid': { fr: '{count} invalide(s) :', en: '{count} invalid:' },
  'check.class_invalid_row': { fr: '{file}:{line}:{column} {message}', en: '{file}:{line}:{column} {message}' },
  'check.bad_csv_separator': { fr: 'Séparateur CSV « {value} » refusé', en: 'CSV separator “{value}” refused' },
  'check.bad_csv_separator.hint': {
    fr: 'Donnez un seul caractère : « , », « ; » ou « tab » (tabulation).',
    en: 'Give one character: “,”, “;” or “tab”.',
  },
  'gap.rgpd_recipient_not_tool': {
    fr: 'Le destinataire « {recipient} » (traitement « {purpose} ») n’est pas parmi les outils et sous-traitants : ajoutez-le à « legal.rgpd.tools » avec son hébergement et son DPA',
    en: 'Recipient `{recipient}` (processing `{purpose}`) is not among the tools and processors: add it to `legal.rgpd.tools` with its hosting and DPA',
  },
  'gap.rgpd_tool_not_recipient': {
    fr: 'L’outil « {tool} » n’est destinataire d’aucun traitement : nommez-le dans les « recipients » du traitement qui l’utilise',
    en: 'Tool `{tool}` is the recipient of no processing: name it in the `recipients` of the processing that uses it',
  },
  'gap.rgpd_transfer_undeclared': {
    fr: 'L’outil « {tool} » est hébergé hors de l’UE ({hosting}) : déclarez le transfert et sa garantie dans « transfers » du traitement qui l’utilise',
    en: 'Tool `{tool}` is hosted outside the EU ({hosting}): declare the transfer and its safeguard in `transfers` of the processing that uses it',
  },
} as const satisfies Catalog;
