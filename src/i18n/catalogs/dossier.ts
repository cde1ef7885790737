/** Messages of the printed dossier's layout (issue 12): half-year cash tables, chart keys, captions. */
import type { Catalog } from '../index.js';

export const dossier: Catalog = {
  'report.half_year': { fr: 'Année {n}, {first} – {last}', en: 'Year {n}, {first} – {last}' },
  'report.col.year_total': { fr: 'Total année {n}', en: 'Year {n} total' },
  'report.chart.unit_cost.key': { fr: 'Produits du graphique', en: 'Products in the chart' },
  'report.col.chart_label': { fr: 'Repère', en: 'Key' },
  'report.col.component': { fr: 'Composante', en: 'Component' },
  'report.col.colour': { fr: 'Couleur', en: 'Colour' },
};
