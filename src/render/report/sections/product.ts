/** The product part of the dossier (C1.1–C1.3): the project, each product with its price, cost basis and production strategies. */
import { given, present, type Field } from '../../field.js';
import type { TableCell, TableView } from '../../handlebars.js';
import type { ReportContext } from '../context.js';
import { personaNames, supplierName, costBasis, weightOrSize } from './shared.js';
import { safetyTable } from './legal-2027.js';

export function productSection(c: ReportContext) {
  const p = c.project;
  const personas = personaNames(c);
  const declaredPersonas = p.brand?.consumer_analysis?.personas ?? [];
  const target: Field = given(p.project.target)
    ? present(p.project.target as string)
    : declaredPersonas.length
      ? present(c.t('report.target_personas', { names: c.join(declaredPersonas.map((x) => x.name)) }))
      : c.missing('report.element.target', ['project', 'target']);
  const products: TableView = {
    id: 'products',
    columns: [
      { label: c.t('report.col.product') },
      { label: c.t('report.col.price_ttc'), align: 'right' },
      { label: c.t('report.col.vat_rate'), align: 'right' },
      { label: c.t('report.col.weight_size') },
      { label: c.t('report.col.mix'), align: 'right' },
      { label: c.t('report.col.strategy') },
      { label: c.t('report.col.for_whom') },
    ],
    rows: p.products.map((pr, i) => [
      c.optional(pr.name, 'report.element.product_name', ['products', i, 'name']),
      c.money(pr.price),
      p.company?.vat_regime === 'franchise' ? c.t('report.vat_not_applicable') : c.percent(pr.vat_rate),
      weightOrSize(c, pr) || c.missing('report.element.weight', ['products', i, 'weight_g']),
      c.percent(pr.mix, 0),
      c.t(`report.strategy.${pr.strategy}`),
      pr.personas?.length ? c.join(pr.personas.map((id) => personas.get(id) ?? id)) : '',
    ]),
  };
  const descriptions = p.products.map((pr, i) => ({
    name: pr.name,
    description: c.text(pr.description, 'report.element.product_description', ['products', i, 'description']),
  }));
  const strategyRows: TableCell[][] = [];
  let alternatives = 0;
  for (const pr of p.products) {
    strategyRows.push([pr.name, c.t(`report.strategy.${pr.strategy}`), supplierName(c, pr.supplier), costBasis(c, pr), '']);
    for (const alt of pr.alternatives ?? []) {
      alternatives++;
      strategyRows.push([
        '',
        c.t('report.alternative', { strategy: c.t(`report.strategy.${alt.strategy}`) }),
        supplierName(c, alt.supplier),
        costBasis(c, alt),
        c.optional(alt.note, 'report.element.alternative_note', ['products', p.products.indexOf(pr), 'alternatives', (pr.alternatives ?? []).indexOf(alt), 'note']),
      ]);
    }
  }
  const strategies: TableView = {
    id: 'strategies',
    columns: [
      { label: c.t('report.col.product') },
      { label: c.t('report.col.strategy') },
      { label: c.t('report.col.supplier') },
      { label: c.t('report.col.cost_basis') },
      { label: c.t('report.col.note') },
    ],
    rows: strategyRows,
  };
  return {
    tagline: given(p.project.tagline),
    description: c.text(p.project.description, 'report.element.description', ['project', 'description']),
    target,
    products,
    descriptions,
    safety: safetyTable(c),
    strategies,
    noAlternative: alternatives === 0 ? c.missing('report.element.alternatives', ['products', 0, 'alternatives']) : null,
  };
}

// ---------------------------------------------------------------- C2 suppliers, stock, orders, delivery
