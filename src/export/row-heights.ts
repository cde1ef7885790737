/**
 * Row heights for wrapped header cells (issue 23, item 5): a spreadsheet does not grow a row for
 * text it wraps when the file sets no height, so « Année 1 (septembre 2027 – août 2028) » in two
 * lines overlapped the first row of figures in LibreOffice. Each row holding wrapped text gets the
 * height of its tallest cell, the lines counted by packing whole words into the column's width, and
 * each column is made wide enough for the longest word of its wrapped cells.
 */
import type { SheetModel } from './sheet.js';

/** Points per line of the default font (Calibri 11) and the spreadsheet's default row height. */
const LINE_POINTS = 15;
/** Column width of a column the model does not size (Excel's default, in characters). */
const DEFAULT_WIDTH = 9;
/** Characters of bold header text per unit of column width (a width unit is one digit, letters in bold run wider). */
const CHARS_PER_UNIT = 0.85;

/** Lines `text` takes in a column `width` characters wide, breaking between words only (a longer word takes its own lines). */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor((width - 1) * CHARS_PER_UNIT));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used >= 0 && used + 1 + word.length <= capacity) {
        used += 1 + word.length;
        continue;
      }
      if (used >= 0) lines++;
      // A word longer than the column wraps inside itself: its extra lines.
      lines += Math.ceil(word.length / capacity) - 1;
      used = word.length - (Math.ceil(word.length / capacity) - 1) * capacity;
    }
  }
  return lines;
}

/** A wrapped cell's column (1-based), row and text. */
function wrappedCells(s: SheetModel): Array<{ col: number; row: number; text: string }> {
  const out: Array<{ col: number; row: number; text: string }> = [];
  for (const [address, c] of s.cells) {
    if (!c.wrap || typeof c.value !== 'string') continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    out.push({ col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]), text: c.value });
  }
  return out;
}

/**
 * Column widths and row heights for the wrapped header cells of a sheet: each column at least as wide
 * as the longest word of its wrapped cells (no word is cut), each row as tall as its tallest cell.
 */
export function wrappedLayout(s: SheetModel): { widths: number[]; heights: Map<number, number> } {
  const cells = wrappedCells(s);
  const widths = [...s.widths];
  for (const { col, text } of cells) {
    const longest = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
    const needed = Math.ceil(longest / CHARS_PER_UNIT) + 1;
    if (needed > (widths[col - 1] ?? DEFAULT_WIDTH)) widths[col - 1] = needed;
  }
  const heights = new Map<number, number>();
  for (const { col, row, text } of cells) {
    const lines = wrappedLines(text, widths[col - 1] ?? DEFAULT_WIDTH);
    if (lines > 1) heights.set(row, Math.max(heights.get(row) ?? 0, lines * LINE_POINTS));
  }
  return { widths, heights };
}
