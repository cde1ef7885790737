/**
 * The workbook model written with exceljs: formulas without cached values (the
 * spreadsheet computes them on opening), number formats, notes, frozen headers,
 * A4 print setup, defined names. Numbers become IEEE doubles here, at the file
 * boundary: a spreadsheet cell holds nothing else.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { wrappedLayout } from './row-heights.js';
import type { CellFormat, SheetModel, WorkbookModel } from './sheet.js';

/** Format codes are stored locale-free; Excel and LibreOffice show `1 234,56 €` and `12,3 %` in French. */
const NUM_FMT: Record<CellFormat, string | undefined> = {
  money: '#,##0.00 "€";[Red]-#,##0.00 "€"',
  rate: '0.0%',
  qty: '#,##0.00',
  int: '#,##0',
  factor: '0.00',
  text: undefined,
};

/** A fixed date keeps the file's bytes the same for the same project. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function writeSheet(wb: ExcelJS.Workbook, s: SheetModel): void {
  const ws = wb.addWorksheet(s.name, {
    views: [{ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: s.landscape ? 'landscape' : 'portrait',
      ...(s.wide ? { fitToPage: false, scale: 55 } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  const layout = wrappedLayout(s);
  layout.widths.forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
  for (const [address, c] of s.cells) {
    const cell = ws.getCell(address);
    if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    else if (c.value === null || c.value === undefined) cell.value = null;
    else cell.value = typeof c.value === 'string' ? c.value : c.value.toNumber();
    const fmt = c.format ? NUM_FMT[c.format] : undefined;
    if (fmt) cell.numFmt = fmt;
    if (c.bold) cell.font = { bold: true };
    if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    if (c.note) cell.note = c.note;
  }
  for (const [row, points] of layout.heights) ws.getRow(row).height = points;
  const last = `${colLetters(s.lastCol)}${s.lastRow}`;
  ws.pageSetup.printArea = `A1:${last}`;
  if (s.freeze.rows > 0) ws.pageSetup.printTitlesRow = `1:${s.freeze.rows}`;
  if (s.freeze.cols > 0) ws.pageSetup.printTitlesColumn = `A:${colLetters(s.freeze.cols)}`;
}

function colLetters(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ecomplan';
  wb.title = model.title;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of model.sheets) writeSheet(wb, s);
  for (const n of model.names) wb.definedNames.add(n.ref, n.name);
  const buf = await wb.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buf as ArrayBuffer));
}

/** exceljs stamps each zip entry with the current time: rewrite them with a fixed date (same input, same bytes). */
async function fixZipDates(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
