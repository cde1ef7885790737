/** Messages of the printed dossier's layout (issue 12): half-year cash tables, chart keys, captions. */
import type { Catalog } from '../index.js';

export const dossier: Catalog = {
  'report.half_year': { fr: 'Année {n}, {first} – {last}', en: 'Year {n}, {first} – {last}' },
  'report.col.year_total': { fr: 'Total année {n}', en: 'Year {n} total' },
  'report.chart.unit_cost.key': { fr: 'Produits du graphique', en: 'Products in the chart' },
  'report.col.chart_label': { fr: 'Repère', en: 'Key' },
  'report.col.component': { fr: 'Composante', en: 'Component' },
  'report.col.colour': { fr: 'Couleur', en: 'Colour' },
  'report.scenario_alert': { fr: '⚠ Scénario {scenario} : {message}', en: '⚠ {scenario} scenario: {message}' },
  'report.sens.result.low': { fr: 'Résultat an 1 à −10 %', en: 'Year-1 result at −10%' },
  'report.sens.result.high': { fr: 'Résultat an 1 à +10 %', en: 'Year-1 result at +10%' },
  'report.sens.result.swing': { fr: 'Écart de résultat', en: 'Result swing' },
  'report.sens.cash.low': { fr: 'Trésorerie la plus basse à −10 %', en: 'Lowest cash at −10%' },
  'report.sens.cash.high': { fr: 'Trésorerie la plus basse à +10 %', en: 'Lowest cash at +10%' },
  'report.sens.cash.swing': { fr: 'Écart de trésorerie', en: 'Cash swing' },
};
