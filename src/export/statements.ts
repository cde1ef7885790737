/**
 * The dossier's tables as formulas over « Mensuel »: compte de résultat and
 * seuil de rentabilité by year, plan de financement initial, trésorerie by month
 * and year. Each cell expects the engine's figure of the matching table.
 */
import { Decimal, ZERO } from '../model/decimal.js';
import { formatMonth } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import type { Forecast } from '../engine/index.js';
import type { EngineFigures } from './engine.js';
import type { Hypotheses } from './hypotheses.js';
import type { Labels } from './labels.js';
import type { Monthly } from './monthly.js';
import { abs, addr, sheetRef, SheetBuilder, type CellFormat } from './sheet.js';
import type { ProjectFile } from '../model/schema.js';

export interface StatementCtx {
  f: Forecast;
  owner: EngineFigures['owner'];
  mon: Monthly;
  L: Labels;
  lang: Lang;
}

/** Reference to a « Mensuel » cell, and the engine figure it carries. */
export function mref(c: StatementCtx, key: string, col: number): { ref: string; expect?: Decimal } {
  const row = c.mon.row(key);
  const cell = c.mon.builder.sheet.cells.get(addr(col, row));
  return { ref: `${sheetRef(c.mon.builder.sheet.name)}${abs(col, row)}`, expect: cell?.expect };
}

export function yearHeader(b: SheetBuilder, c: StatementCtx, row: number): void {
  b.text(1, row, '', true);
  for (let y = 1; y <= c.mon.years; y++) {
    const yr = c.f.years[y - 1]!;
    b.set(1 + y, row, {
      value: c.L('col.year_span', { year: y, from: formatMonth(yr.firstMonth, c.lang), to: formatMonth(yr.lastMonth, c.lang) }),
      format: 'text',
      bold: true,
      wrap: true,
    });
    b.width(1 + y, 24);
  }
  b.width(1, 46);
}

export function buildIncomeStatement(c: StatementCtx): SheetBuilder {
  const b = new SheetBuilder(c.L('sheet.income'));
  b.text(1, 1, c.L('title.income'), true);
  yearHeader(b, c, 3);
  b.sheet.freeze = { rows: 3, cols: 1 };
  let r = 4;
  const line = (label: string, format: CellFormat, cell: (y: number, col: number) => { formula: string; expect?: Decimal }, bold = false) => {
    b.set(1, r, { value: label, format: 'text', bold });
    for (let y = 1; y <= c.mon.years; y++) b.set(1 + y, r, { ...cell(y, c.mon.yearCol(y)), format, bold });
    return r++;
  };
  const from = (key: string, label: string, bold = false) =>
    line(
      label,
      'money',
      (_y, col) => {
        const m = mref(c, key, col);
        return { formula: m.ref, expect: m.expect };
      },
      bold,
    );
  const Y = (y: number) => c.f.years[y - 1]!;
  const micro = c.f.legalForm === 'micro_entreprise';
  const ca = from('revenue_ht', c.L('line.revenue_ht'), true);
  // The legal costs (issue 20) only when the forecast has them.
  const has = (key: 'repFees' | 'repFlatFees' | 'eInvoicing') => c.f.months.some((m) => !m[key].isZero());
  for (const k of ['cogs', 'channel_fees', 'shipping_costs', 'returns_cost', ...(has('repFees') ? ['rep_fees'] : [])]) from(k, c.L(`line.${k}`));
  const cm = from('contribution_margin', c.L('line.contribution_margin'), true);
  line(c.L('line.cm_rate'), 'rate', (y) => ({
    formula: `IF(${addr(1 + y, ca)}>0,${addr(1 + y, cm)}/${addr(1 + y, ca)},"")`,
    expect: Y(y).contributionMarginRate ?? undefined,
  }));
  const legalFixed = [...(has('repFlatFees') ? ['rep_flat_fees'] : []), ...(has('eInvoicing') ? ['e_invoicing'] : [])];
  for (const k of ['marketing', 'fixed_costs', 'setup_costs', ...legalFixed, 'depreciation', 'interest']) from(k, c.L(`line.${k}`));
  const scaled = (key: string, label: string, factor: string, expect: (y: number) => Decimal) =>
    line(label, 'money', (y, col) => ({ formula: `${factor}*${mref(c, key, col).ref}`, expect: expect(y) }));
  const owner = c.owner;
  scaled('owner_pay', c.L('line.owner_pay_charge'), 'owner_pay_charge', (y) => Y(y).totals.ownerPay.times(owner.payCharge));
  scaled('social', c.L('line.social_charge'), 'social_charge', (y) => Y(y).totals.socialContributions.times(owner.socialCharge));
  const res = from('result', c.L('line.result'), true);
  const tax = from('corporate_tax', c.L('line.corporate_tax'));
  const soc = scaled('social', c.L('line.social_micro'), '(1-social_charge)', (y) => Y(y).totals.socialContributions.times(1 - owner.socialCharge));
  const vl = scaled('income_tax', c.L('line.income_tax_micro'), '(1-social_charge)', (y) => Y(y).totals.incomeTax.times(1 - owner.socialCharge));
  line(
    c.L(micro ? 'line.disposable_income' : 'line.net_result'),
    'money',
    (y) => ({ formula: `${addr(1 + y, res)}-${addr(1 + y, tax)}-${addr(1 + y, soc)}-${addr(1 + y, vl)}`, expect: Y(y).netResult }),
    true,
  );
  r++;
  from('stock_value', c.L('line.stock_value'));
  from('working_capital', c.L('line.working_capital'));
  from('cash_end', c.L('line.cash_end'), true);
  b.sheet.lastCol = 1 + c.mon.years;
  return b;
}

export function buildFinancingPlan(c: StatementCtx, h: Hypotheses, project: ProjectFile): SheetBuilder {
  const b = new SheetBuilder(c.L('sheet.financing'));
  b.text(1, 1, c.L('title.financing'), true);
  b.width(1, 56);
  b.width(2, 18);
  b.sheet.freeze = { rows: 1, cols: 0 };
  let r = 3;
  b.text(1, r, c.L('plan.needs'), true);
  b.text(2, r++, c.L('col.amount'), true);
  const first = r;
  const f = c.f;
  (project.investments ?? []).forEach((inv, i) => {
    const line = f.financingPlan.needs.find((n) => n.path === `investments[${i}]`);
    if (!line) return;
    b.text(1, r, inv.name);
    b.set(2, r++, { formula: h.investments.ref('charge', i), format: 'money', expect: line.amount });
  });
  const m1 = c.mon.monthCol(1);
  const setup = mref(c, 'setup_costs', m1);
  b.text(1, r, c.L('plan.setup_costs'));
  b.set(2, r++, { formula: setup.ref, format: 'money', expect: setup.expect });
  // The initial stock is a need of its own when the engine counts it apart from the working capital.
  if (f.financingPlan.needs.some((n) => n.id === 'plan.initial_stock')) {
    const stock = mref(c, 'stock_purchases', m1);
    b.text(1, r, c.L('plan.initial_stock'));
    b.set(2, r++, { formula: stock.ref, format: 'money', expect: stock.expect });
  }
  const wc = mref(c, 'working_capital', c.mon.yearCol(1));
  b.text(1, r, c.L('plan.working_capital'));
  b.set(2, r++, { formula: `MAX(0,${wc.ref})`, format: 'money', expect: Decimal.max(ZERO, f.years[0]!.workingCapital) });
  // The plan balances (issue 19): the surplus of resources is the starting cash, a shortfall an uncovered need.
  const needsBefore = `SUM(${addr(2, first)}:${addr(2, r - 1)})`;
  const startingCash = r;
  b.text(1, r, c.L('plan.starting_cash'));
  r++;
  b.text(1, r, c.L('plan.total_needs'), true);
  b.set(2, r++, {
    formula: `SUM(${addr(2, first)}:${addr(2, r - 2)})`,
    format: 'money',
    bold: true,
    expect: f.financingTotals.needs,
  });
  r++;
  b.text(1, r, c.L('plan.resources'), true);
  b.text(2, r++, c.L('col.amount'), true);
  const firstRes = r;
  (project.financing ?? []).forEach((fin, i) => {
    const line = f.financingPlan.resources.find((n) => n.path === `financing[${i}]`);
    if (!line) return;
    b.text(1, r, fin.name);
    b.set(2, r++, { formula: h.financing.ref('amount', i), format: 'money', expect: line.amount });
  });
  const resourcesBefore = r > firstRes ? `SUM(${addr(2, firstRes)}:${addr(2, r - 1)})` : '0';
  b.text(1, r, c.L('plan.uncovered_need'));
  b.set(2, r++, { formula: `MAX(0,${needsBefore}-${resourcesBefore})`, format: 'money', expect: Decimal.max(ZERO, f.financingTotals.balance.negated()) });
  b.set(2, startingCash, { formula: `MAX(0,${resourcesBefore}-${needsBefore})`, format: 'money', expect: Decimal.max(ZERO, f.financingTotals.balance) });
  b.text(1, r, c.L('plan.total_resources'), true);
  b.set(2, r++, {
    formula: `SUM(${addr(2, firstRes)}:${addr(2, r - 2)})`,
    format: 'money',
    bold: true,
    expect: f.financingTotals.resources,
  });
  r++;
  b.text(1, r, c.L('plan.balance'), true);
  b.set(2, r, { formula: `${resourcesBefore}-${needsBefore}`, format: 'money', bold: true, expect: f.financingTotals.balance });
  b.text(1, r + 2, c.L('plan.note'));
  return b;
}

export function buildCashPlan(c: StatementCtx): SheetBuilder {
  const b = new SheetBuilder(c.L('sheet.cash'), { wide: true });
  const mon = c.mon;
  const H = c.f.horizon;
  b.text(1, 1, c.L('title.cash'), true);
  const src = mon.builder.sheet;
  // Same columns as « Mensuel »: A labels, B opening, months, then years.
  for (let col = 2; col <= mon.yearCol(mon.years); col++) {
    const head = src.cells.get(addr(col, 3));
    if (head) b.set(col, 3, { ...head });
    b.width(col, 15);
  }
  b.width(1, 44);
  b.sheet.freeze = { rows: 3, cols: 2 };
  let r = 4;
  const cols = [...Array.from({ length: H }, (_, i) => mon.monthCol(i + 1)), ...Array.from({ length: mon.years }, (_, i) => mon.yearCol(i + 1))];
  const copy = (key: string, label: string, bold = false) => {
    b.set(1, r, { value: label, format: 'text', bold });
    for (const col of cols) {
      const m = mref(c, key, col);
      b.set(col, r, { formula: m.ref, format: 'money', bold, expect: m.expect });
    }
    return r++;
  };
  b.text(1, r++, c.L('cash.in'), true);
  copy('cf_sales', c.L('line.cf_sales'));
  copy('cf_financing', c.L('line.cf_financing'));
  const cin = copy('cash_in', c.L('line.cash_in'), true);
  r++;
  b.text(1, r++, c.L('cash.out'), true);
  const legal = [...(c.f.months.some((m) => !m.cashFlows.ecoContributions.isZero()) ? ['cf_eco'] : []), ...(c.f.months.some((m) => !m.cashFlows.eInvoicing.isZero()) ? ['cf_e_invoicing'] : [])];
  for (const k of ['cf_purchases', 'cf_expenses', ...legal, 'cf_investments', 'cf_vat', 'cf_loans', 'cf_social', 'cf_owner', 'cf_corporate']) copy(k, c.L(`line.${k}`));
  const cout = copy('cash_out', c.L('line.cash_out'), true);
  r++;
  b.text(1, r, c.L('cash.balance'), true);
  for (const col of cols) {
    const e1 = b.sheet.cells.get(addr(col, cin))?.expect;
    const e2 = b.sheet.cells.get(addr(col, cout))?.expect;
    b.set(col, r, { formula: `${addr(col, cin)}-${addr(col, cout)}`, format: 'money', expect: e1 && e2 ? e1.minus(e2) : undefined });
  }
  const bal = r++;
  b.text(1, r, c.L('cash.start'));
  for (let m = 1; m <= H; m++) {
    const col = mon.monthCol(m);
    b.set(col, r, { formula: m === 1 ? '0' : addr(col - 1, r + 1), format: 'money', expect: m === 1 ? ZERO : c.f.months[m - 2]!.cashEnd });
  }
  r++;
  b.text(1, r, c.L('line.cash_end'), true);
  for (let m = 1; m <= H; m++) {
    const col = mon.monthCol(m);
    b.set(col, r, { formula: `${addr(col, r - 1)}+${addr(col, bal)}`, format: 'money', bold: true, expect: c.f.months[m - 1]!.cashEnd });
  }
  for (let y = 1; y <= mon.years; y++) {
    const m = mref(c, 'cash_end', mon.yearCol(y));
    b.set(mon.yearCol(y), r, { formula: m.ref, format: 'money', bold: true, expect: m.expect });
  }
  return b;
}

export function buildBreakEven(c: StatementCtx): SheetBuilder {
  const b = new SheetBuilder(c.L('sheet.break_even'));
  b.text(1, 1, c.L('title.break_even'), true);
  yearHeader(b, c, 3);
  b.sheet.freeze = { rows: 3, cols: 1 };
  const mon = c.mon;
  let r = 4;
  const Y = (y: number) => c.f.years[y - 1]!;
  const line = (label: string, format: CellFormat, cell: (y: number) => { formula: string; expect?: Decimal }, bold = false) => {
    b.set(1, r, { value: label, format: 'text', bold });
    for (let y = 1; y <= mon.years; y++) b.set(1 + y, r, { ...cell(y), format, bold });
    return r++;
  };
  const at = (row: number, y: number) => addr(1 + y, row);
  const ca = line(c.L('line.revenue_ht'), 'money', (y) => ({ formula: mref(c, 'revenue_ht', mon.yearCol(y)).ref, expect: Y(y).revenueHt }));
  const cm = line(c.L('line.contribution_margin'), 'money', (y) => ({
    formula: mref(c, 'contribution_margin', mon.yearCol(y)).ref,
    expect: Y(y).contributionMargin,
  }));
  const rate = line(c.L('line.cm_rate'), 'rate', (y) => ({
    formula: `IF(${at(ca, y)}>0,${at(cm, y)}/${at(ca, y)},"")`,
    expect: Y(y).contributionMarginRate ?? undefined,
  }));
  const fixed = line(c.L('line.fixed_charges'), 'money', (y) => ({
    formula: mref(c, 'fixed_charges', mon.yearCol(y)).ref,
    expect: Y(y).fixedCharges,
  }));
  const months = line(c.L('line.months_in_year'), 'int', (y) => {
    const first = mon.monthCol(12 * (y - 1) + 1);
    const last = mon.monthCol(Math.min(12 * y, c.f.horizon));
    return { formula: `COUNT(${sheetRef(mon.builder.sheet.name)}${abs(first, 4)}:${abs(last, 4)})`, expect: new Decimal(Y(y).months) };
  });
  const ok = (y: number) => `AND(${at(ca, y)}>0,${at(cm, y)}>0)`;
  const seuil = line(c.L('line.break_even_revenue'), 'money', (y) => ({ formula: `IF(${ok(y)},${at(fixed, y)}/${at(rate, y)},"")`, expect: Y(y).breakEvenRevenue ?? undefined }), true);
  line(c.L('line.safety_margin'), 'money', (y) => ({
    formula: `IF(${ok(y)},${at(ca, y)}-${at(seuil, y)},"")`,
    expect: Y(y).breakEvenRevenue ? Y(y).revenueHt.minus(Y(y).breakEvenRevenue!) : undefined,
  }));
  line(c.L('line.break_even_days'), 'int', (y) => ({
    formula: `IF(AND(${ok(y)},${at(seuil, y)}<=${at(ca, y)}),${at(seuil, y)}/${at(ca, y)}*30*${at(months, y)},"")`,
    expect: Y(y).breakEvenDays ?? undefined,
  }));
  r++;
  const be = mon.row('break_even');
  const H = c.f.horizon;
  const headers = `${sheetRef(mon.builder.sheet.name)}${abs(mon.monthCol(1), 3)}:${abs(mon.monthCol(H), 3)}`;
  const flags = `${sheetRef(mon.builder.sheet.name)}${abs(mon.monthCol(1), be)}:${abs(mon.monthCol(H), be)}`;
  b.text(1, r, c.L('line.break_even_month'), true);
  b.set(2, r, {
    formula: `IFERROR(INDEX(${headers},1,MATCH(1,${flags},0)),"${c.L('break_even.none')}")`,
    format: 'text',
    bold: true,
    expectText: c.f.breakEvenMonth ? formatMonth(c.f.breakEvenMonth, c.lang) : c.L('break_even.none'),
  });
  b.text(1, r + 2, c.L('break_even.note'));
  b.sheet.lastCol = 1 + mon.years;
  return b;
}
