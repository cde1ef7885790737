/** Messages of the report's charts: titles and text descriptions. */
import type { Catalog } from '../index.js';

export const reportCharts = {
  // report: charts
  'report.chart.revenue_charges': { fr: 'Chiffre d’affaires et charges par mois', en: 'Monthly revenue and charges' },
  'report.chart.revenue_charges.desc': {
    fr: 'Chiffre d’affaires HT et total des charges de chacun des {months} mois',
    en: 'Revenue excluding VAT and total charges of each of the {months} months',
  },
  'report.chart.revenue': { fr: 'Chiffre d’affaires HT', en: 'Revenue excl. VAT' },
  'report.chart.charges': { fr: 'Charges', en: 'Charges' },
  'report.chart.cash': { fr: 'Trésorerie en fin de mois', en: 'Cash balance at month end' },
  'report.chart.cash.desc': {
    fr: 'Solde de trésorerie à la fin de chacun des {months} mois, point le plus bas marqué',
    en: 'Cash balance at the end of each of the {months} months, lowest point marked',
  },
  'report.chart.cash_end': { fr: 'Trésorerie fin de mois', en: 'Cash at month end' },
  'report.chart.lowest': { fr: 'Point bas : {amount} ({month})', en: 'Lowest: {amount} ({month})' },
  'report.chart.break_even': { fr: 'Point mort', en: 'Break-even point' },
  'report.chart.break_even.desc': {
    fr: 'Marge sur coûts variables cumulée et charges fixes cumulées, mois par mois',
    en: 'Cumulative contribution margin and cumulative fixed charges, month by month',
  },
  'report.chart.cumulative_margin': { fr: 'Marge sur coûts variables cumulée', en: 'Cumulative contribution margin' },
  'report.chart.cumulative_fixed': { fr: 'Charges fixes cumulées', en: 'Cumulative fixed charges' },
  'report.chart.break_even_at': { fr: 'Point mort : {month}', en: 'Break-even: {month}' },
  'report.chart.break_even_none': { fr: 'Point mort non atteint sur l’horizon', en: 'Break-even not reached within the horizon' },
  'report.chart.funnel': { fr: 'Tunnel de vente', en: 'Sales funnel' },
  'report.chart.funnel.desc': {
    fr: 'Part des visiteurs à chacune des {stages} étapes du tunnel',
    en: 'Share of visitors at each of the {stages} funnel stages',
  },
  'report.chart.unit_cost': { fr: 'Coût de revient unitaire par produit', en: 'Unit cost per product' },
  'report.chart.unit_cost.desc': {
    fr: 'Décomposition du coût de revient unitaire de {products} produits',
    en: 'Breakdown of the unit cost of {products} products',
  },
  'report.chart.scenarios': { fr: 'Comparaison des scénarios', en: 'Scenarios compared' },
  'report.chart.scenarios.desc': {
    fr: 'Chiffre d’affaires et résultat de l’année 1, trésorerie la plus basse, par scénario',
    en: 'Year-1 revenue and result, lowest cash balance, per scenario',
  },
} as const satisfies Catalog;
