/**
 * Bytes of an export → text → rows, with csv-parse. UTF-8 (with or without a BOM)
 * is read as is; a file that is not UTF-8 is read as Latin-1 (Windows-1252, what
 * Excel writes in France) with a note; UTF-16 and binary files (an .xlsx saved
 * under a .csv name) are refused. The separator is `,`, `;` or a tab, whichever the
 * header line uses most.
 */
import { parse } from 'csv-parse/sync';
import { problem, type Problem } from '../diagnostics/problem.js';

export interface CsvRow {
  /** 1-based line of the row's first character. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'latin-1'; problems: Problem[] } | { ok: false; problems: Problem[] };

const AT_START = { line: 1, column: 1 };

export function decodeExport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problems: [problem('actuals.empty_file', 'error', '', AT_START)] };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, problems: [problem('actuals.utf16', 'error', '', AT_START)] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problems: [problem('actuals.binary', 'error', '', AT_START, { offset: nul })] };
  try {
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    return { ok: true, text, encoding: 'utf-8', problems: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return { ok: true, text, encoding: 'latin-1', problems: [problem('actuals.read_as_latin1', 'info', '', AT_START)] };
  }
}

function separatorOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  const candidates = [',', ';', '\t'].map((c) => ({ c, n: count(c) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0]!.n > 0 ? candidates[0]!.c : ',';
}

/** The table of an export, or the located syntax problem. Rows that are entirely empty are skipped. */
export function parseCsv(text: string): { ok: true; table: CsvTable } | { ok: false; problems: Problem[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as never;
  } catch (e) {
    const err = e as { lines?: number; code?: string; message?: string };
    return {
      ok: false,
      problems: [problem('actuals.csv_syntax', 'error', '', { line: err.lines ?? 1, column: 1 }, { detail: err.code ?? 'CSV' })],
    };
  }
  if (records.length === 0) return { ok: false, problems: [problem('actuals.empty_file', 'error', '', AT_START)] };
  return { ok: true, table: tableOf(records) };
}

/** Line breaks in a record's cells: `\r\n`, `\r` and `\n` each end one line, as an editor shows them. */
const breaksIn = (cells: string[]): { lines: number; crlf: number } => {
  let lines = 0;
  let crlf = 0;
  for (const cell of cells) {
    lines += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
    crlf += cell.match(/\r\n/g)?.length ?? 0;
  }
  return { lines, crlf };
};

/**
 * The rows with the line each starts on. csv-parse counts a `\r\n` inside a quoted cell as two
 * lines (its `info.lines`): every such pair met so far is taken off, then the row's own breaks.
 */
function tableOf(records: Array<{ record: string[]; info: { lines: number } }>): CsvTable {
  let extra = 0;
  const rows: CsvRow[] = records.map(({ record, info }) => {
    const breaks = breaksIn(record);
    extra += breaks.crlf;
    return { line: info.lines - extra - breaks.lines, cells: record };
  });
  const [head, ...body] = rows;
  return { header: head!.cells.map((h) => h.trim()), rows: body.filter((r) => r.cells.some((c) => c.trim() !== '')) };
}
