/**
 * The workbook's lines of the legal costs (issue 20), as formulas that reproduce the engine
 * (`src/engine/prepare/legal-costs.ts`): on « Hypothèses », the REP fee per unit of each product
 * and the flat fees and platform; on « Mensuel », the per-unit fees (a variable charge, inside the
 * contribution margin), the flat fees and the platform (fixed charges), their deductible VAT and
 * their cash lines.
 */
import { Decimal, ZERO, sum } from '../model/decimal.js';
import { eInvoicingFromMonth, repUnitFees } from '../engine/prepare/legal-costs.js';
import type { SheetBuilder } from './sheet.js';
import { writeTable, type Table } from './table.js';
import type { TableCtx } from './hypotheses-tables.js';
import type { LineCtx } from './monthly-lines.js';

/** Per product (the products' order, aligned with the units lines): the REP fee per unit HT, its charge and VAT. */
export function repUnitTable(c: TableCtx, b: SheetBuilder, row: number): { table: Table; next: number } {
  const { project, L } = c;
  const fees = repUnitFees(project);
  const sources = (id: string) =>
    (project.legal?.rep ?? [])
      .map((r, i) => (r.fee?.per_unit?.[id] !== undefined ? c.src(`legal.rep[${i}].fee.per_unit.${id}`) : null))
      .filter((x) => x !== null)
      .join(' + ');
  return writeTable(
    b,
    row,
    L('h.rep_unit'),
    [
      { key: 'name', label: L('col.product'), format: 'text' },
      { key: 'feeHt', label: L('col.rep_fee_ht'), format: 'money' },
      { key: 'charge', label: L('col.charge'), format: 'money' },
      { key: 'vat', label: L('col.vat_amount'), format: 'money' },
    ],
    project.products.length,
    (i, t) => {
      const p = project.products[i]!;
      return {
        name: { value: p.name, format: 'text' },
        feeHt: { value: fees.get(p.id) ?? ZERO, note: sources(p.id) || L('note.no_rep_fee') },
        charge: { formula: `${t.local('feeHt', i)}*(1+vat_standard*(1-regime_normal))` },
        vat: { formula: `${t.local('feeHt', i)}*vat_standard*regime_normal` },
      };
    },
  );
}

/** Two rows: the flat REP fees (a twelfth of the yearly total, from month 1) and the e-invoicing platform (from the month of CGI 289 bis). */
export function legalFixedTable(c: TableCtx, b: SheetBuilder, row: number): { table: Table; next: number } {
  const { project, L } = c;
  const rep = project.legal?.rep ?? [];
  const yearly = sum(rep.map((r) => r.fee?.yearly ?? ZERO));
  const yearlySources = rep.map((r, i) => (r.fee?.yearly !== undefined ? c.src(`legal.rep[${i}].fee.yearly`) : null)).filter((x) => x !== null);
  const from = eInvoicingFromMonth({ start: project.project.start });
  const rows = [
    { name: L('line.rep_flat_fees'), monthly: { formula: `${yearly.toString()}/12`, note: yearlySources.join(' + ') || L('note.no_rep_fee') }, from: 1, note: L('note.from_start') },
    {
      name: L('line.e_invoicing'),
      monthly: { value: project.company?.e_invoicing?.monthly_cost ?? ZERO, note: c.src('company.e_invoicing.monthly_cost') },
      from,
      note: L('note.e_invoicing_from'),
    },
  ];
  return writeTable(
    b,
    row,
    L('h.legal_fixed'),
    [
      { key: 'name', label: L('col.fixed_cost'), format: 'text' },
      { key: 'monthly', label: L('col.monthly_ht'), format: 'money' },
      { key: 'from', label: L('col.from'), format: 'int' },
      { key: 'charge', label: L('col.charge_month'), format: 'money' },
      { key: 'vatMonth', label: L('col.vat_month'), format: 'money' },
    ],
    rows.length,
    (i, t) => {
      const r = rows[i]!;
      return {
        name: { value: r.name, format: 'text' },
        monthly: r.monthly,
        from: { value: new Decimal(r.from), note: r.note },
        charge: { formula: `${t.local('monthly', i)}*(1+vat_standard*(1-regime_normal))` },
        vatMonth: { formula: `${t.local('monthly', i)}*vat_standard*regime_normal` },
      };
    },
  );
}

/** « Mensuel », sales section: the per-unit fees, before the contribution margin. */
export function repFeeLine(c: LineCtx): void {
  const { L, fx, M, units } = c;
  fx(
    'rep_fees',
    L('line.rep_fees'),
    'money',
    'sum',
    (m) => `SUMPRODUCT(${units(m)},${c.h.repUnit.range('charge')})`,
    (m) => M(m).repFees,
  );
}

const active = (c: LineCtx, m: number, i: number, key: 'charge' | 'vatMonth') => `IF(${c.idx(m)}>=${c.h.legalFixed.ref('from', i)},${c.h.legalFixed.ref(key, i)},0)`;

/** « Mensuel », charges section: the flat fees and the platform, fixed charges. */
export function legalFixedLines(c: LineCtx): void {
  const { L, fx, M } = c;
  fx(
    'rep_flat_fees',
    L('line.rep_flat_fees'),
    'money',
    'sum',
    (m) => active(c, m, 0, 'charge'),
    (m) => M(m).repFlatFees,
  );
  fx(
    'e_invoicing',
    L('line.e_invoicing'),
    'money',
    'sum',
    (m) => active(c, m, 1, 'charge'),
    (m) => M(m).eInvoicing,
  );
}

/** « Mensuel », VAT section: the deductible VAT of the three lines (before `investment_vat`, inside the deductible total). */
export function legalVatLine(c: LineCtx): void {
  const { L, fx, units } = c;
  fx('legal_vat', L('line.legal_vat'), 'money', 'sum', (m) => `SUMPRODUCT(${units(m)},${c.h.repUnit.range('vat')})+${active(c, m, 0, 'vatMonth')}+${active(c, m, 1, 'vatMonth')}`);
}

/** « Mensuel », cash section: what they cost in cash, VAT included (inside the cash-out total). */
export function legalCashLines(c: LineCtx): void {
  const { L, fx, R, M, units } = c;
  fx(
    'cf_eco',
    L('line.cf_eco'),
    'money',
    'sum',
    (m) => `${R('rep_fees', m)}+${R('rep_flat_fees', m)}+SUMPRODUCT(${units(m)},${c.h.repUnit.range('vat')})+${active(c, m, 0, 'vatMonth')}`,
    (m) => M(m).cashFlows.ecoContributions,
  );
  fx(
    'cf_e_invoicing',
    L('line.cf_e_invoicing'),
    'money',
    'sum',
    (m) => `${R('e_invoicing', m)}+${active(c, m, 1, 'vatMonth')}`,
    (m) => M(m).cashFlows.eInvoicing,
  );
}
