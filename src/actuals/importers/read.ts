/**
 * What every importer shares: cells by column name, typed reads that record a
 * located problem (line, column number, column name) instead of throwing.
 */
import { problem, type Problem } from '../../diagnostics/problem.js';
import { type Decimal, ZERO } from '../../model/decimal.js';
import type { CsvRow, CsvTable } from '../csv.js';
import { parseAmount, parseDate, type DateOrder } from '../values.js';

export class Reader {
  readonly problems: Problem[] = [];
  private readonly index = new Map<string, number>();

  constructor(readonly table: CsvTable) {
    table.header.forEach((h, i) => {
      if (!this.index.has(h.toLowerCase())) this.index.set(h.toLowerCase(), i);
    });
  }

  has(column: string): boolean {
    return this.index.has(column.toLowerCase());
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
    const i = this.index.get(column.toLowerCase());
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  private at(row: CsvRow, column: string) {
    return { line: row.line, column: (this.index.get(column.toLowerCase()) ?? 0) + 1 };
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
