/**
 * The dossier's view of the rules of 2027 (issue 20): the product-safety table of the product sheet
 * (Regulation (EU) 2023/988, art. 19), and the rows the legal frame adds — REP identifiers, the
 * e-invoicing platform, accessibility, paid influencers — and each tool's GDPR role.
 */
import { accessibilityExempt, importedFrom, repSectors } from '../../../model/legal-facts.js';
import { present, type Field } from '../../field.js';
import type { TableCell, TableView } from '../../handlebars.js';
import type { ReportContext } from '../context.js';

/** Manufacturer, EU responsible person, identifier and warnings of each product (goods only). */
export function safetyTable(c: ReportContext): TableView | null {
  const p = c.project;
  if (p.company?.activity === 'services') return null;
  return {
    id: 'product-safety',
    columns: [
      { label: c.t('report.col.product') },
      { label: c.t('report.col.manufacturer') },
      { label: c.t('report.col.eu_responsible') },
      { label: c.t('report.col.identifier') },
      { label: c.t('report.col.warnings') },
    ],
    rows: p.products.map((prod, i) => {
      const s = prod.safety;
      const base = ['products', i, 'safety'];
      if (!s) return [prod.name, c.missing('legal.element.product_safety', base), '', '', ''];
      const responsible: TableCell = s.eu_responsible_person?.trim()
        ? s.eu_responsible_person.trim()
        : importedFrom(p, prod)
          ? c.missing('legal.element.eu_responsible_person', [...base, 'eu_responsible_person'])
          : c.t('report.not_imported');
      return [
        prod.name,
        c.text(s.manufacturer, 'legal.element.manufacturer', [...base, 'manufacturer']),
        responsible,
        c.text(s.identifier, 'legal.element.identifier', [...base, 'identifier']),
        (s.warnings ?? []).filter((w) => w.trim() !== '').join(c.lang === 'fr' ? '\u00a0; ' : '; '),
      ];
    }),
  };
}

/** The rows of the legal frame: the REP identifiers, the e-invoicing platform, accessibility, paid influencers. */
export function legalRows2027(c: ReportContext): Array<[string, TableCell]> {
  const p = c.project;
  const rep = p.legal?.rep ?? [];
  const idus: Field[] = repSectors(p).map((sector) => {
    const i = rep.findIndex((r) => r.sector === sector);
    const idu = rep[i]?.idu?.trim();
    return idu ? present(c.t('report.rep_idu_value', { sector: c.tCode(`rep_sector.${sector}`), idu })) : c.missing('legal.element.rep_idu', i < 0 ? ['legal', 'rep'] : ['legal', 'rep', i, 'idu']);
  });
  const rows: Array<[string, TableCell]> = idus.map((f) => [c.t('report.legal.rep_idu'), f]);
  const platform = p.company?.e_invoicing?.platform?.trim();
  rows.push([c.t('report.legal.e_invoicing'), platform ? platform : c.missing('report.element.e_invoicing', ['company', 'e_invoicing', 'platform'])]);
  const exempt = accessibilityExempt(p);
  if (exempt !== null)
    rows.push([
      c.t('report.legal.accessibility'),
      exempt ? c.t('report.accessibility.exempt') : c.text(p.legal?.accessibility?.statement, 'legal.element.accessibility_statement', ['legal', 'accessibility', 'statement']),
    ]);
  (p.acquisition ?? []).forEach((s, i) => {
    if (s.kind !== 'influence') return;
    rows.push([
      c.t('report.legal.influence', { source: s.name ?? s.id }),
      s.contract === true ? c.t('report.influence.ok') : c.missing('report.element.influencer_contract', ['acquisition', i, 'contract']),
    ]);
  });
  return rows;
}

/** The agreement a tool needs by its role: a DPA for a processor, an arrangement for a joint controller, none for an independent controller. */
export function agreementCell(c: ReportContext, tool: { role?: string | undefined; dpa?: boolean | undefined }, path: Array<string | number>): TableCell {
  if (tool.role === 'controller') return c.t('report.role.controller');
  const suffix = tool.role === 'joint_controller' ? ` (${c.t('report.role.joint_controller')})` : '';
  if (tool.dpa === undefined) return c.missing('legal.element.dpa', path);
  return `${c.yesNo(tool.dpa)}${suffix}`;
}
