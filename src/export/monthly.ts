/**
 * « Mensuel »: one column per month, then one per year. Every line the model
 * defines by a formula is a formula over « Hypothèses » and the lines above;
 * whole-unit purchases, contributions, income tax and corporate tax are values
 * with a note. Each cell carries the engine's figure when the engine has one.
 */
import { Decimal, sum } from '../model/decimal.js';
import { formatMonth } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import type { Forecast, MonthResult } from '../engine/index.js';
import type { EngineFigures } from './engine.js';
import type { Hypotheses } from './hypotheses.js';
import type { Labels } from './labels.js';
import { addr, colName, SheetBuilder, type CellFormat, type CellModel } from './sheet.js';
import type { ProjectFile } from '../model/schema.js';
import { chargesLines, demandLines, salesLines, type LineCtx, type YearMode } from './monthly-lines.js';
import { balanceLines, cashLines, stockLines, vatLines } from './monthly-cash-lines.js';

interface LineSpec {
  key: string;
  label: string;
  kind: 'formula' | 'value';
  format: CellFormat;
  year: YearMode;
  /** The cell of month m (1..H). */
  cell: (m: number) => CellModel;
  note?: string;
  bold?: boolean;
}

type Spec = LineSpec | { section: string };

export interface Monthly {
  builder: SheetBuilder;
  row: (key: string) => number;
  /** Column of month m (1..H) and of year y (1..). */
  monthCol: (m: number) => number;
  yearCol: (y: number) => number;
  years: number;
  /** Financing indexes of the loans, whose lines are `int{i}`, `pr{i}`, `crd{i}`. */
  loans: number[];
}

const FIRST_ROW = 7;

export function buildMonthly(project: ProjectFile, f: Forecast, h: Hypotheses, L: Labels, lang: Lang, owner: EngineFigures['owner']): Monthly {
  const H = f.horizon;
  const yearCount = Math.ceil(H / 12);
  const b = new SheetBuilder(L('sheet.monthly'), { wide: true });
  const mc = (m: number) => 2 + m;
  const yc = (y: number) => 2 + H + y;
  const rows = new Map<string, number>();
  const R = (key: string, m: number) => {
    const r = rows.get(key);
    if (r === undefined) throw new Error(`no line ${key}`);
    return `${colName(mc(m))}${r}`;
  };
  const span = (first: string, last: string, m: number) => `${R(first, m)}:${R(last, m)}`;
  const M = (m: number): MonthResult => f.months[m - 1]!;
  const idx = (m: number) => `${colName(mc(m))}$4`;
  const products = project.products;
  const specs: Spec[] = [];

  const F = h.fixed;
  const c: LineCtx = {
    project,
    f,
    h,
    L,
    owner,
    H,
    fx: (key, label, format, year, formula, expect, bold = false) => void specs.push({ key, label, kind: 'formula', format, year, bold, cell: (m) => ({ formula: formula(m), expect: expect?.(m) }) }),
    val: (key, label, format, year, value, note) => void specs.push({ key, label, kind: 'value', format, year, note, cell: (m) => ({ value: value(m), expect: value(m) }) }),
    section: (label) => void specs.push({ section: label }),
    R,
    span,
    M,
    idx,
    products,
    units: (m) => span('units0', `units${products.length - 1}`, m),
    active: (m) => `(${F.range('from')}<=${idx(m)})*(${F.range('until')}>=${idx(m)})`,
    loans: (project.financing ?? []).map((x, i) => ({ x, i })).filter(({ x }) => x.kind === 'loan' && x.months !== undefined),
    delays: f.stock.map((s) => s.paymentDelayMonths),
    last: products.length - 1,
  };
  for (const lines of [demandLines, salesLines, chargesLines, stockLines, vatLines, cashLines, balanceLines]) lines(c);
  layout(b, specs, rows, { H, yearCount, mc, yc, L, lang, start: f.start, months: f.months });
  return { builder: b, row: (k) => rows.get(k)!, monthCol: mc, yearCol: yc, years: yearCount, loans: c.loans.map((l) => l.i) };
}

function layout(
  b: SheetBuilder,
  specs: Spec[],
  rows: Map<string, number>,
  o: {
    H: number;
    yearCount: number;
    mc: (m: number) => number;
    yc: (y: number) => number;
    L: Labels;
    lang: Lang;
    start: string;
    months: MonthResult[];
  },
): void {
  let r = FIRST_ROW;
  for (const s of specs) {
    if ('section' in s) r += 2;
    else rows.set(s.key, r++);
  }
  b.text(1, 1, o.L('title.monthly'), true);
  b.text(1, 2, o.L('monthly.intro'));
  b.text(1, 3, o.L('col.month'), true);
  b.text(1, 4, o.L('col.month_index'));
  b.text(1, 5, o.L('col.calendar_month'));
  b.text(2, 3, o.L('col.opening'), true);
  for (let m = 1; m <= o.H; m++) {
    const ym = o.months[m - 1]!.month;
    b.text(o.mc(m), 3, formatMonth(ym, o.lang), true);
    b.set(o.mc(m), 4, { value: new Decimal(m), format: 'int' });
    b.set(o.mc(m), 5, { value: new Decimal(Number(ym.slice(5, 7))), format: 'int' });
  }
  for (let y = 1; y <= o.yearCount; y++) b.text(o.yc(y), 3, o.L('col.year', { year: y }), true);
  b.width(1, 44);
  b.width(2, 10);
  for (let c = 3; c <= o.yc(o.yearCount); c++) b.width(c, 15);
  b.sheet.freeze = { rows: 5, cols: 2 };
  r = FIRST_ROW;
  for (const s of specs) {
    if ('section' in s) {
      b.text(1, r + 1, s.section, true);
      r += 2;
      continue;
    }
    b.set(1, r, { value: s.label, format: 'text', bold: s.bold, note: s.note });
    b.sheet.lines.push({ row: r, key: s.key, kind: s.kind });
    const expects: Array<Decimal | undefined> = [];
    for (let m = 1; m <= o.H; m++) {
      const cell = s.cell(m);
      expects.push(cell.expect);
      b.set(o.mc(m), r, { ...cell, format: s.format, bold: s.bold });
    }
    if (s.year !== 'none') {
      for (let y = 1; y <= o.yearCount; y++) {
        const first = 12 * (y - 1) + 1;
        const lastM = Math.min(12 * y, o.H);
        const slice = expects.slice(first - 1, lastM);
        const all = slice.every((e) => e !== undefined);
        const formula = s.year === 'sum' ? `SUM(${addr(o.mc(first), r)}:${addr(o.mc(lastM), r)})` : addr(o.mc(lastM), r);
        const expect = !all ? undefined : s.year === 'sum' ? sum(slice as Decimal[]) : slice[slice.length - 1];
        b.set(o.yc(y), r, { formula, format: s.format, bold: true, expect });
      }
    }
    r++;
  }
}
