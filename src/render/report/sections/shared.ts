/** What several sections of the dossier share: a part or its placeholder, names of personas and suppliers, a product's cost basis and size. */
import type { Path } from '../../../diagnostics/diagnostic.js';
import type { Decimal } from '../../../model/decimal.js';
import type { Product } from '../../../model/schema.js';
import { given, type Field } from '../../field.js';
import type { ReportContext } from '../context.js';

/** A block that is either there or replaced by what is missing. */
export type Part<T> = ({ missing: null } & T) | { missing: Field };

export const none = <T extends object>(c: ReportContext, elementId: string, path: Path): Part<T> => ({
  missing: c.missing(elementId, path),
});

export function personaNames(c: ReportContext): Map<string, string> {
  return new Map((c.project.brand?.consumer_analysis?.personas ?? []).map((p) => [p.id, p.name]));
}

export function supplierName(c: ReportContext, id: string | undefined): string {
  if (!id) return '';
  return c.project.suppliers?.list?.find((s) => s.id === id)?.name ?? id;
}

// ---------------------------------------------------------------- C1 product

export function costBasis(
  c: ReportContext,
  s: {
    strategy: string;
    purchase_cost?: Decimal;
    manufacturing_cost?: Decimal;
    setup_cost?: Decimal;
    bill_of_materials?: Array<{ material: string }>;
    labour_minutes?: Decimal;
    packaging_cost?: Decimal;
  },
): string {
  const parts: string[] = [];
  if (s.strategy === 'resale' && s.purchase_cost) parts.push(c.t('report.basis.purchase', { amount: c.money(s.purchase_cost) }));
  if (s.strategy === 'outsourced' && s.manufacturing_cost) parts.push(c.t('report.basis.manufacturing', { amount: c.money(s.manufacturing_cost) }));
  if (s.strategy === 'outsourced' && s.setup_cost) parts.push(c.t('report.basis.setup', { amount: c.money(s.setup_cost) }));
  if (s.strategy === 'in_house') {
    const names = (s.bill_of_materials ?? []).map((b) => c.project.materials?.find((m) => m.id === b.material)?.name ?? b.material);
    if (names.length) parts.push(c.t('report.basis.materials', { materials: c.join(names) }));
    if (s.labour_minutes) parts.push(c.t('report.basis.labour', { minutes: c.number(s.labour_minutes, s.labour_minutes.isInteger() ? 0 : 1) }));
  }
  if (s.packaging_cost) parts.push(c.t('report.basis.packaging', { amount: c.money(s.packaging_cost) }));
  return parts.join(' ; ');
}

export function weightOrSize(c: ReportContext, p: Product): string {
  const parts: string[] = [];
  if (p.weight_g) parts.push(`${c.number(p.weight_g, p.weight_g.isInteger() ? 0 : 1)} g`);
  if (given(p.dimensions_cm)) parts.push(`${p.dimensions_cm} cm`);
  return parts.join(' — ');
}
