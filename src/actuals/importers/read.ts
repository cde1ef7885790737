/**
 * What every importer shares: cells by column name, typed reads that record a
 * located problem (line, column number, column name) instead of throwing.
 */
import { problem, type Problem } from '../../diagnostics/problem.js';
import { type Decimal, ZERO } from '../../model/decimal.js';
import type { CsvRow, CsvTable } from '../csv.js';
import type { Layout } from '../layouts.js';
import { statusMeaning, type StatusMeaning, type StatusTable } from '../statuses.js';
import type { OrderStatus } from '../types.js';
import { parseAmount, parseDate, type DateOrder } from '../values.js';

const key = (column: string) => column.normalize('NFC').toLowerCase();

export class Reader {
  readonly problems: Problem[] = [];
  private readonly index = new Map<string, number>();

  constructor(readonly table: CsvTable) {
    table.header.forEach((h, i) => {
      if (!this.index.has(key(h))) this.index.set(key(h), i);
    });
  }

  has(column: string): boolean {
    return this.index.has(key(column));
  }

  /** The header name each field of `layout` is written under in this export (undefined when it has none). */
  columnsOf<F extends string>(layout: Layout<F>): Record<F, string | undefined> {
    const names = Object.entries(layout.columns) as Array<[F, readonly string[]]>;
    return Object.fromEntries(names.map(([field, aliases]) => [field, aliases.find((a) => this.has(a))])) as Record<F, string | undefined>;
  }

  /** False (and a problem at the header) when one of `fields` has none of its names in the header. */
  requireFields<F extends string>(layout: Layout<F>, fields: readonly F[]): boolean {
    return this.require(fields.map((f) => [...layout.columns[f]]));
  }

  /** What the status in `column` means (a sale when the export has no such column). */
  status(row: CsvRow, column: string | undefined, table: StatusTable): { meaning: StatusMeaning; raw: string } {
    const raw = this.text(row, column);
    return { meaning: statusMeaning(table, raw), raw };
  }

  /** The first of `columns` the header has, or undefined. */
  pick(...columns: string[]): string | undefined {
    return columns.find((c) => this.has(c));
  }

  /** False (and a problem at the header) when a required column is missing. */
  require(columns: Array<string | string[]>): boolean {
    let ok = true;
    for (const c of columns) {
      const options = Array.isArray(c) ? c : [c];
      if (options.some((o) => this.has(o))) continue;
      this.problems.push(problem('actuals.missing_column', 'error', options[0]!, { line: 1, column: 1 }, { column: options.join(' / ') }));
      ok = false;
    }
    return ok;
  }

  text(row: CsvRow, column: string | undefined): string {
    if (column === undefined) return '';
    const i = this.index.get(key(column));
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  at(row: CsvRow, column: string | undefined) {
    return { line: row.line, column: (column === undefined ? 0 : (this.index.get(key(column)) ?? 0)) + 1 };
  }

  /** An amount (empty = 0); null and a problem when the cell is not an amount. */
  amount(row: CsvRow, column: string | undefined): Decimal | null {
    if (column === undefined) return ZERO;
    const cell = this.text(row, column);
    const v = parseAmount(cell);
    if (v === null) this.problems.push(problem('actuals.bad_amount', 'error', column, this.at(row, column), { column, value: cell }));
    return v;
  }

  /** A whole positive quantity, or null and a problem. */
  quantity(row: CsvRow, column: string): Decimal | null {
    const cell = this.text(row, column);
    const v = parseAmount(cell);
    if (v === null || !v.isInteger() || v.lt(0) || cell === '') {
      this.problems.push(problem('actuals.bad_quantity', 'error', column, this.at(row, column), { column, value: cell }));
      return null;
    }
    return v;
  }

  date(row: CsvRow, column: string, order: DateOrder = 'dmy'): string | null {
    const cell = this.text(row, column);
    const v = parseDate(cell, order);
    if (v === null) this.problems.push(problem(cell === '' ? 'actuals.missing_value' : 'actuals.bad_date', 'error', column, this.at(row, column), { column, value: cell }));
    return v;
  }

  /** A cell that must not be empty. */
  required(row: CsvRow, column: string): string | null {
    const cell = this.text(row, column);
    if (cell === '') this.problems.push(problem('actuals.missing_value', 'error', column, this.at(row, column), { column, value: cell }));
    return cell === '' ? null : cell;
  }
}

/** Rows grouped by order id, in file order (an order's rows need not be adjacent). */
export function groupRows(reader: Reader, idColumn: string): Array<{ id: string; rows: CsvRow[] }> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of reader.table.rows) {
    const id = reader.required(row, idColumn);
    if (id === null) continue;
    const list = groups.get(id);
    if (list) list.push(row);
    else groups.set(id, [row]);
  }
  return [...groups].map(([id, rows]) => ({ id, rows }));
}

export const pos = (d: Decimal | null): Decimal => (d === null ? ZERO : d.abs());

/**
 * An order's status and refunds from what its status means: `refunded` is a sale refunded in
 * full unless the export gives a smaller refunded amount.
 */
export function settle(meaning: StatusMeaning, total: Decimal | null, refunds: Decimal): { status: OrderStatus; refunds: Decimal } {
  if (meaning !== 'refunded') return { status: meaning, refunds };
  return { status: 'kept', refunds: refunds.gt(0) || total === null ? refunds : total };
}
