/**
 * A small view model shared by the forecast, margin, stock and sensitivity
 * outputs: titled sections of labelled rows and typed cells. Builders turn
 * engine results into sections (numbers stay Decimal); the renderers below turn
 * sections into a terminal table, Markdown or CSV. JSON has its own contracts.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { money2, type Decimal } from '../model/decimal.js';
import { formatMoney, formatNumber, formatPercent, type Lang } from '../i18n/format.js';
import { escapeMarkdown, toCsv } from './escape.js';
import { visible } from '../i18n/visible.js';
import { plainTable } from './plain-table.js';

export type Cell = { kind: 'money'; value: Decimal } | { kind: 'number'; value: Decimal; places: number } | { kind: 'percent'; value: Decimal } | { kind: 'text'; value: string } | { kind: 'empty' };

export interface Row {
  /** Stable id (CSV `line`): `revenue_ht`, a product id… */
  id: string;
  label: string;
  cells: Cell[];
  /** A total or a result: bold in a terminal, bold in Markdown. */
  strong?: boolean;
}

export interface Section {
  /** Stable id (CSV `section`). */
  id: string;
  title: string;
  labelHeader: string;
  /** `id` is the CSV `column` (a month `YYYY-MM`, `year-1`, a scenario…). */
  columns: Array<{ id: string; label: string }>;
  rows: Row[];
  notes: string[];
  /** Money without the currency sign (monthly tables, where the unit is in a note). */
  bareMoney?: boolean;
  /** At most this many value columns per terminal block (6 = half-years of months). */
  blockSize?: number;
}

export const money = (value: Decimal): Cell => ({ kind: 'money', value });
export const num = (value: Decimal, places = 2): Cell => ({ kind: 'number', value, places });
export const percent = (value: Decimal | null): Cell => (value === null ? EMPTY : { kind: 'percent', value });
export const text = (value: string): Cell => ({ kind: 'text', value });
export const EMPTY: Cell = { kind: 'empty' };

export function showCell(cell: Cell, lang: Lang, bareMoney = false): string {
  switch (cell.kind) {
    case 'money':
      return bareMoney ? formatNumber(cell.value, lang) : formatMoney(cell.value, lang);
    case 'number':
      return formatNumber(cell.value, lang, cell.places);
    case 'percent':
      return formatPercent(cell.value, lang);
    case 'text':
      return cell.value;
    case 'empty':
      return '';
  }
}

/** The machine value of a cell (CSV): money and numbers with two decimals, rates as fractions with four. */
function rawCell(cell: Cell): string {
  switch (cell.kind) {
    case 'money':
      return money2(cell.value);
    case 'number':
      return money2(cell.value);
    case 'percent': {
      const s = cell.value.toDecimalPlaces(4).toFixed(4);
      return s === '-0.0000' ? '0.0000' : s;
    }
    case 'text':
      return cell.value;
    case 'empty':
      return '';
  }
}

const width = (s: string) => [...s].length;

/** Word-wrap plain text to `max` columns (notes under a table). */
export function wrap(textToWrap: string, max: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of textToWrap.split(' ')) {
    if (line !== '' && width(line) + 1 + width(word) > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
/** A rendered negative amount: `-12,00 €`, `-€12.00`, `-3,5 %`. */
const NEGATIVE = /^-\S/;

/** Split `count` value columns of widths `widths` into blocks that fit `room` characters. */
function blocks(widths: number[], room: number, maxColumns: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let used = 0;
  widths.forEach((w, i) => {
    if (current.length > 0 && (used + w > room || current.length >= maxColumns)) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += w;
  });
  if (current.length > 0) out.push(current);
  return out;
}

const CHARS = {
  top: '─',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '',
};

/** The table drawn by cli-table3 (texts with colours or wide characters). */
function cliTable(head: string[], rows: string[][], colWidths: number[], colAligns: Array<'left' | 'right'>): string {
  const table = new Table({ head, colWidths, colAligns, wordWrap: true, chars: CHARS, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1 } });
  table.push(...rows);
  return table.toString();
}

/** A section's texts as a terminal may show them: names are user text (issue 24, `visible`). */
function visibleSection(s: Section): Section {
  return {
    ...s,
    title: visible(s.title),
    labelHeader: visible(s.labelHeader),
    columns: s.columns.map((col) => ({ ...col, label: visible(col.label) })),
    rows: s.rows.map((r) => ({ ...r, label: visible(r.label), cells: r.cells.map((x) => (x.kind === 'text' ? text(visible(x.value)) : x)) })),
    notes: s.notes.map(visible),
  };
}

/**
 * A section as terminal text no wider than `maxWidth`: a wide section (months)
 * is split into blocks of columns, each repeating the label column. Negative
 * amounts keep their minus sign and turn red when `color` is on.
 */
export function sectionToTable(input: Section, opts: { lang: Lang; color: boolean; maxWidth?: number }): string {
  const section = visibleSection(input);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const maxWidth = opts.maxWidth ?? 100;
  const cells = section.rows.map((r) => r.cells.map((x) => showCell(x, opts.lang, section.bareMoney)));
  const colWidths = section.columns.map((col, i) => Math.max(width(col.label), ...cells.map((r) => width(r[i] ?? ''))) + 2);
  const longestLabel = Math.max(width(section.labelHeader), ...section.rows.map((r) => width(r.label))) + 2;
  // Labels wrap rather than push a last column into a block of its own: room is left for the
  // widest block of columns a terminal block can hold.
  const blockSize = section.blockSize ?? 12;
  const widestBlock = [...colWidths]
    .sort((a, b) => b - a)
    .slice(0, blockSize)
    .reduce((a, b) => a + b, 0);
  const labelWidth = Math.max(18, Math.min(longestLabel, 60, maxWidth - widestBlock));
  const parts: string[] = [c.bold(section.title)];
  for (const block of blocks(colWidths, maxWidth - labelWidth, blockSize)) {
    const head = [section.labelHeader, ...block.map((i) => section.columns[i]!.label)];
    const widths = [labelWidth, ...block.map((i) => colWidths[i]!)];
    const aligns = ['left' as const, ...block.map(() => 'right' as const)];
    const rows = section.rows.map((row, ri) => {
      const paint = (s: string) => {
        const colored = NEGATIVE.test(s) ? c.red(s) : s;
        return row.strong ? c.bold(colored) : colored;
      };
      return [row.strong ? c.bold(row.label) : row.label, ...block.map((i) => paint(cells[ri]![i] ?? ''))];
    });
    const drawn = plainTable(head, rows, widths, aligns) ?? cliTable(head, rows, widths, aligns);
    parts.push(
      drawn
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n'),
    );
  }
  for (const note of section.notes) parts.push(c.dim(wrap(note, maxWidth)));
  return parts.join('\n');
}

/** A section as Markdown tables (at most 12 value columns per table); titles and labels may hold user text, escaped. */
export function sectionToMarkdown(section: Section, lang: Lang): string {
  const out: string[] = [`## ${escapeMarkdown(section.title)}`, ''];
  const all = section.columns.map((_, i) => i);
  for (let start = 0; start < Math.max(all.length, 1); start += 12) {
    const block = all.slice(start, start + 12);
    out.push(`| ${escapeMarkdown(section.labelHeader)} | ${block.map((i) => escapeMarkdown(section.columns[i]!.label)).join(' | ')} |`);
    out.push(`|---|${block.map(() => '---:').join('|')}|`);
    for (const row of section.rows) {
      const bold = (s: string) => (row.strong && s !== '' ? `**${s}**` : s);
      out.push(`| ${bold(escapeMarkdown(row.label.trim()))} | ${block.map((i) => bold(escapeMarkdown(showCell(row.cells[i] ?? EMPTY, lang, section.bareMoney)))).join(' | ')} |`);
    }
    out.push('');
  }
  for (const note of section.notes) out.push(`_${escapeMarkdown(note)}_`, '');
  return out.join('\n');
}

/**
 * Sections as one long CSV (`section,line,label,column,value`), values in machine
 * form (dot decimals): easy to filter or pivot in a spreadsheet. Each group adds
 * leading columns (e.g. `scenario`) named by `leadKeys`.
 */
export function sectionsToCsv(groups: ReadonlyArray<{ lead: string[]; sections: readonly Section[] }>, leadKeys: string[] = []): string {
  const rows = [[...leadKeys, 'section', 'line', 'label', 'column', 'value']];
  for (const { lead, sections } of groups)
    for (const s of sections)
      for (const row of s.rows)
        s.columns.forEach((col, i) => {
          const cell = row.cells[i] ?? EMPTY;
          if (cell.kind !== 'empty') rows.push([...lead, s.id, row.id, row.label.trim(), col.id, rawCell(cell)]);
        });
  // Every cell through the one writer: ids and labels carry user text (a material's name is a line id); numbers stay numbers.
  return toCsv(rows, ',');
}
