/** A table of « Hypothèses »: one row per item, named columns, references for formulas. */
import { abs, sheetRef, type CellFormat, type CellModel, type SheetBuilder } from './sheet.js';

export interface Column {
  key: string;
  label: string;
  format: CellFormat;
  width?: number;
}

export class Table {
  readonly cols = new Map<string, number>();
  constructor(
    private readonly b: SheetBuilder,
    readonly firstRow: number,
    readonly count: number,
  ) {}
  get empty(): boolean {
    return this.count === 0;
  }
  get lastRow(): number {
    return this.firstRow + Math.max(this.count, 1) - 1;
  }
  row(i: number): number {
    return this.firstRow + i;
  }
  /** Absolute reference of item i's cell in column `key`, with the sheet prefix. */
  ref(key: string, i: number): string {
    return `${sheetRef(this.b.sheet.name)}${abs(this.col(key), this.row(i))}`;
  }
  /** Local reference (same sheet), for formulas inside « Hypothèses ». */
  local(key: string, i: number): string {
    return abs(this.col(key), this.row(i));
  }
  /** The whole column of the table, with the sheet prefix. */
  range(key: string): string {
    const c = this.col(key);
    return `${sheetRef(this.b.sheet.name)}${abs(c, this.firstRow)}:${abs(c, this.lastRow)}`;
  }
  localRange(key: string): string {
    const c = this.col(key);
    return `${abs(c, this.firstRow)}:${abs(c, this.lastRow)}`;
  }
  col(key: string): number {
    const c = this.cols.get(key);
    if (c === undefined) throw new Error(`no column ${key}`);
    return c;
  }
}

/**
 * Write a table at `row`: a title, a header line, then one line per item.
 * `cells(i)` gives item i's cells by column key (a missing key leaves the cell empty).
 * Returns the table and the next free row.
 */
export function writeTable(b: SheetBuilder, row: number, title: string, columns: Column[], count: number, cells: (i: number, t: Table) => Record<string, CellModel>): { table: Table; next: number } {
  b.text(1, row, title, true);
  const table = new Table(b, row + 2, count);
  columns.forEach((c, j) => {
    table.cols.set(c.key, j + 1);
    b.set(j + 1, row + 1, { value: c.label, format: 'text', bold: true, wrap: true });
  });
  for (let i = 0; i < count; i++) {
    const r = cells(i, table);
    columns.forEach((c, j) => {
      const cell = r[c.key];
      if (cell) b.set(j + 1, table.row(i), { format: c.format, ...cell });
    });
  }
  return { table, next: row + 2 + Math.max(count, 1) + 1 };
}
