/**
 * The monthly cash plan of the dossier, laid out to fit an A4 page in every format:
 * each year of the horizon as two half-year tables (months 1–6, then months 7–12
 * with the year's total), so no month is cut by the printed page (issue 12, item 1).
 */
import type { Forecast } from '../../engine/types.js';
import { formatMonth } from '../../i18n/format.js';
import { ZERO, type Decimal } from '../../model/decimal.js';
import type { TableView } from '../handlebars.js';
import { EMPTY, money, showCell, type Cell, type Section } from '../sections.js';
import type { ReportContext } from './context.js';

// An em space keeps the engine's indentation of sub-lines visible in HTML and Markdown.
const label = (s: string): string => s.replace(/^ {2}/, '\u2003');

/** The year's figure of one cash line: the opening balance of its first month, the closing one of its last, else the sum. */
export function yearTotal(rowId: string, cells: readonly Cell[]): Cell {
  const values = cells.filter((x): x is { kind: 'money'; value: Decimal } => x.kind === 'money').map((x) => x.value);
  if (!values.length) return EMPTY;
  if (rowId === 'start') return money(values[0] as Decimal);
  if (rowId === 'end') return money(values[values.length - 1] as Decimal);
  return money(values.reduce((a, b) => a.plus(b), ZERO));
}

function halfTable(s: Section, c: ReportContext, id: string, caption: string, cols: number[], total: { label: string; cols: number[] } | null): TableView {
  const monthLabel = (i: number) => formatMonth(s.columns[i]?.label ?? '', c.lang).replace(/ \d{4}$/, '');
  const strongRows: number[] = [];
  s.rows.forEach((r, i) => {
    if (r.strong) strongRows.push(i);
  });
  return {
    id,
    caption,
    columns: [{ label: s.labelHeader }, ...cols.map((i) => ({ label: monthLabel(i), align: 'right' as const })), ...(total ? [{ label: total.label, align: 'right' as const }] : [])],
    rows: s.rows.map((r) => [
      label(r.label),
      ...cols.map((i) => showCell(r.cells[i] ?? EMPTY, c.lang, s.bareMoney)),
      ...(total
        ? [
            showCell(
              yearTotal(
                r.id,
                total.cols.map((i) => r.cells[i] ?? EMPTY),
              ),
              c.lang,
              s.bareMoney,
            ),
          ]
        : []),
    ]),
    strongRows,
  };
}

/** A month-by-month section as two half-year tables per year of the horizon, the second with the year's total. */
export function cashPlanTables(s: Section, f: Forecast, c: ReportContext): TableView[] {
  return f.years.flatMap((y) => {
    const cols = f.months
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => m.index > (y.year - 1) * 12 && m.index <= y.year * 12)
      .map(({ i }) => i);
    const halves = [cols.slice(0, 6), cols.slice(6)].filter((h) => h.length > 0);
    return halves.map((h, k) => {
      const caption = c.t('report.half_year', {
        n: y.year,
        first: formatMonth(s.columns[h[0] as number]?.id ?? '', c.lang),
        last: formatMonth(s.columns[h[h.length - 1] as number]?.id ?? '', c.lang),
      });
      const last = k === halves.length - 1;
      return halfTable(s, c, `${s.id}-${y.year}-h${k + 1}`, caption, h, last ? { label: c.t('report.col.year_total', { n: y.year }), cols } : null);
    });
  });
}
