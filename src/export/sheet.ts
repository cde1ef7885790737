/**
 * The workbook model: sheets of cells, each a value or a formula, with the number
 * format, an optional note and, for a formula, the engine's figure it must equal.
 * Pure data; `xlsx.ts` turns it into a file. Amounts stay Decimal here.
 */
import type { Decimal } from '../model/decimal.js';

export type CellFormat = 'money' | 'rate' | 'qty' | 'int' | 'factor' | 'text';

export interface CellModel {
  /** A value (Decimal for numbers). Absent for a formula. */
  value?: Decimal | string | null;
  /** Formula without the leading `=`. */
  formula?: string;
  format?: CellFormat;
  note?: string;
  bold?: boolean;
  /** Wrap the text in the cell (column headers). */
  wrap?: boolean;
  /** The engine's figure this cell must equal to the cent (formula or value). */
  expect?: Decimal;
  /** The engine's text this cell must show (a month). */
  expectText?: string;
}

export interface SheetModel {
  name: string;
  cells: Map<string, CellModel>;
  widths: number[];
  /** Frozen rows on top and columns on the left. */
  freeze: { rows: number; cols: number };
  lastRow: number;
  lastCol: number;
  landscape: boolean;
  /** Too wide for one page: print at a fixed scale over several pages, titles repeated. */
  wide: boolean;
  /** Rows of « Mensuel » that are lines (formula or value rows), for the report of the share. */
  lines: Array<{ row: number; key: string; kind: 'formula' | 'value' }>;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Defined names → absolute references (`'Hypothèses'!$B$4`). */
  names: Array<{ name: string; ref: string }>;
  title: string;
}

/** Column letters of a 1-based column index. */
export function colName(c: number): string {
  let s = '';
  let n = c;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const addr = (col: number, row: number): string => `${colName(col)}${row}`;
export const abs = (col: number, row: number): string => `$${colName(col)}$${row}`;

/** A sheet name as a formula prefix: `'Hypothèses'!`. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

export class SheetBuilder {
  readonly sheet: SheetModel;
  constructor(name: string, opts: { landscape?: boolean; wide?: boolean } = {}) {
    this.sheet = {
      name,
      cells: new Map(),
      widths: [],
      freeze: { rows: 0, cols: 0 },
      lastRow: 0,
      lastCol: 0,
      landscape: Boolean(opts.landscape || opts.wide),
      wide: Boolean(opts.wide),
      lines: [],
    };
  }
  set(col: number, row: number, cell: CellModel): string {
    const a = addr(col, row);
    this.sheet.cells.set(a, cell);
    if (row > this.sheet.lastRow) this.sheet.lastRow = row;
    if (col > this.sheet.lastCol) this.sheet.lastCol = col;
    return a;
  }
  text(col: number, row: number, text: string, bold = false): void {
    this.set(col, row, { value: text, format: 'text', bold });
  }
  width(col: number, w: number): void {
    this.sheet.widths[col - 1] = w;
  }
  /** Absolute reference of a cell of this sheet from another sheet. */
  ref(col: number, row: number): string {
    return `${sheetRef(this.sheet.name)}${abs(col, row)}`;
  }
}

/** Counts of formula and value cells (numbers only; text labels are not counted). */
export function countCells(sheet: SheetModel): { formulas: number; values: number } {
  let formulas = 0;
  let values = 0;
  for (const c of sheet.cells.values()) {
    if (c.formula !== undefined) formulas++;
    else if (c.value !== undefined && c.value !== null && typeof c.value !== 'string') values++;
  }
  return { formulas, values };
}
