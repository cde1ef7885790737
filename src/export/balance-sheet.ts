/**
 * « Bilan » (issue 19): the balance sheet at the end of each year and the financing
 * plan of each year, as formulas over « Mensuel », « Hypothèses » and « SIG et CAF »;
 * a last line shows assets − liabilities, 0 when the workbook balances. Each cell
 * expects the engine's figure (stages/balance-sheet.ts, financing-years.ts).
 */
import { ZERO, type Decimal } from '../model/decimal.js';
import type { Hypotheses } from './hypotheses.js';
import { abs, addr, sheetRef, SheetBuilder } from './sheet.js';
import type { SigSheet } from './sig-sheet.js';
import { mref, yearHeader, type StatementCtx } from './statements.js';

type Cell = (y: number, col: number) => { formula: string; expect?: Decimal };

export function buildBalanceSheet(c: StatementCtx, h: Hypotheses, sig: SigSheet): SheetBuilder {
  const simplified = c.f.bank.years[0]?.balanceSheet.simplified ?? false;
  const b = new SheetBuilder(c.L('sheet.balance'));
  b.text(1, 1, c.L(simplified ? 'title.balance_simplified' : 'title.balance'), true);
  yearHeader(b, c, 3);
  b.sheet.freeze = { rows: 3, cols: 1 };
  let r = 4;
  const line = (label: string, cell: Cell, bold = false) => {
    b.set(1, r, { value: label, format: 'text', bold });
    for (let y = 1; y <= c.mon.years; y++) b.set(1 + y, r, { ...cell(y, c.mon.yearCol(y)), format: 'money', bold });
    return r++;
  };
  const head = (label: string) => b.text(1, r++, label, true);
  const at = (row: number, y: number) => addr(1 + y, row);
  const M = (key: string, col: number) => mref(c, key, col).ref;
  const S = (y: number) => c.f.bank.years[y - 1]!.balanceSheet;
  const last = (y: number) => Math.min(12 * y, c.f.horizon);
  /** Months 1..last(y) of a « Mensuel » line, summed. */
  const upTo = (key: string, y: number) => `SUM(${sheetRef(c.mon.builder.sheet.name)}${abs(c.mon.monthCol(1), c.mon.row(key))}:${abs(c.mon.monthCol(last(y)), c.mon.row(key))})`;
  const Fi = h.financing;
  const received = (kinds: string[], y: number, from = 1) =>
    kinds.map((k) => `SUMIFS(${Fi.range('amount')},${Fi.range('kind')},"${c.L(`kind.${k}`)}",${Fi.range('month')},">="&${from},${Fi.range('month')},"<="&${last(y)})`).join('+');
  const sumOf = (prefix: string, col: number) => (c.mon.loans.length ? c.mon.loans.map((i) => M(`${prefix}${i}`, col)).join('+') : '0');

  head(c.L('bs.assets'));
  const gross = line(c.L('bs.fixed_assets_gross'), (y) => ({
    formula: `SUMIF(${h.investments.range('month')},"<="&${last(y)},${h.investments.range('charge')})`,
    expect: S(y).assets.fixedAssetsGross,
  }));
  const dep = line(c.L('bs.depreciation'), (y) => ({ formula: upTo('depreciation', y), expect: S(y).assets.depreciation }));
  const fixed = line(c.L('bs.fixed_assets'), (y) => ({ formula: `${at(gross, y)}-${at(dep, y)}`, expect: S(y).assets.fixedAssets }));
  const assets = [
    fixed,
    line(c.L('bs.stock'), (y, col) => ({ formula: M('stock_value', col), expect: S(y).assets.stock })),
    line(c.L('bs.receivables'), (y, col) => ({ formula: M('receivables', col), expect: S(y).assets.receivables })),
    line(c.L('bs.vat_credit'), (y, col) => ({ formula: M('vat_credit', col), expect: S(y).assets.vatCredit })),
    line(c.L('bs.other_receivables'), (y, col) => ({ formula: `MAX(0,-${M('social_due', col)})`, expect: S(y).assets.otherReceivables })),
    line(c.L('bs.cash'), (y, col) => ({ formula: `MAX(0,${M('cash_end', col)})`, expect: S(y).assets.cash })),
  ];
  const totalAssets = line(c.L('bs.total_assets'), (y) => ({ formula: assets.map((x) => at(x, y)).join('+'), expect: S(y).totalAssets }), true);
  r++;
  head(c.L('bs.liabilities'));
  const drawings = (y: number) => `(1-owner_pay_charge)*${upTo('owner_pay', y)}`;
  const capital = line(c.L(simplified ? 'bs.owner_account' : 'bs.capital'), (y) => ({
    formula: simplified ? `${received(['equity', 'current_account'], y)}-${drawings(y)}` : received(['equity'], y),
    expect: S(y).liabilities.capital,
  }));
  line(c.L('bs.grants'), (y) => ({ formula: received(['grant'], y), expect: S(y).liabilities.grants }));
  const result = r + 1;
  line(c.L('bs.retained_earnings'), (y) => ({ formula: y === 1 ? '0' : `SUM(${addr(2, result)}:${at(result, y - 1)})`, expect: S(y).liabilities.retainedEarnings }));
  line(c.L('bs.result'), (y, col) => ({ formula: `${M('result', col)}-${M('corporate_tax', col)}-(1-social_charge)*(${M('social', col)}+${M('income_tax', col)})`, expect: S(y).liabilities.result }));
  const equity = line(c.L('bs.equity'), (y) => ({ formula: `SUM(${at(capital, y)}:${at(result, y)})`, expect: S(y).liabilities.equity }), true);
  const debts = [
    equity,
    line(c.L('bs.current_accounts'), (y) => ({ formula: simplified ? '0' : received(['current_account'], y), expect: S(y).liabilities.currentAccounts })),
    line(c.L('bs.loans'), (y, col) => ({ formula: sumOf('crd', col), expect: S(y).liabilities.loans })),
    line(c.L('bs.payables'), (y, col) => ({ formula: M('payables', col), expect: S(y).liabilities.payables })),
    line(c.L('bs.vat_due'), (y, col) => ({ formula: M('vat_due', col), expect: S(y).liabilities.vatDue })),
    line(c.L('bs.social_due'), (y, col) => ({ formula: `MAX(0,${M('social_due', col)})`, expect: S(y).liabilities.socialDue })),
    line(c.L('bs.corporate_tax_due'), (y, col) => ({ formula: M('tax_due', col), expect: S(y).liabilities.corporateTaxDue })),
    line(c.L('bs.bank_overdraft'), (y, col) => ({ formula: `MAX(0,-${M('cash_end', col)})`, expect: S(y).liabilities.bankOverdraft })),
  ];
  const totalLiabilities = line(c.L('bs.total_liabilities'), (y) => ({ formula: debts.map((x) => at(x, y)).join('+'), expect: S(y).totalLiabilitiesAndEquity }), true);
  line(c.L('bs.difference'), (y) => ({ formula: `${at(totalAssets, y)}-${at(totalLiabilities, y)}`, expect: ZERO }));
  const wc = line(c.L('line.working_capital'), (y, col) => ({ formula: M('working_capital', col), expect: S(y).workingCapital }));
  r++;
  financingYears(c, b, r, { gross, wc, caf: sig, sumOf, received, drawings, simplified });
  b.sheet.lastCol = 1 + c.mon.years;
  return b;
}

interface PlanRefs {
  gross: number;
  wc: number;
  caf: SigSheet;
  sumOf: (prefix: string, col: number) => string;
  received: (kinds: string[], y: number, from?: number) => string;
  drawings: (y: number) => string;
  simplified: boolean;
}

/** The financing plan of each year: uses and resources, their difference the change in cash. */
function financingYears(c: StatementCtx, b: SheetBuilder, start: number, p: PlanRefs): void {
  let r = start;
  const at = (row: number, y: number) => addr(1 + y, row);
  const P = (y: number) => c.f.bank.years[y - 1]!.financingPlan;
  const amount = (lines: Array<{ id: string; amount: Decimal }>, id: string) => lines.find((l) => l.id === id)?.amount;
  const line = (label: string, cell: Cell, bold = false) => {
    b.set(1, r, { value: label, format: 'text', bold });
    for (let y = 1; y <= c.mon.years; y++) b.set(1 + y, r, { ...cell(y, c.mon.yearCol(y)), format: 'money', bold });
    return r++;
  };
  const delta = (row: number, y: number) => (y === 1 ? at(row, y) : `${at(row, y)}-${at(row, y - 1)}`);
  const first = (y: number) => 12 * (y - 1) + 1;
  b.text(1, r++, c.L('title.financing_years'), true);
  b.text(1, r++, c.L('plan.uses'), true);
  const uses = [
    line(c.L('plan.use_investments'), (y) => ({ formula: delta(p.gross, y), expect: amount(P(y).uses, 'bank.use.investments') })),
    line(c.L('plan.use_working_capital'), (y) => ({ formula: delta(p.wc, y), expect: amount(P(y).uses, 'bank.use.working_capital') })),
    line(c.L('plan.use_repayments'), (y, col) => ({ formula: p.sumOf('pr', col), expect: amount(P(y).uses, 'bank.use.loan_repayments') })),
    ...(p.simplified
      ? [line(c.L('plan.use_drawings'), (y, col) => ({ formula: `(1-owner_pay_charge)*${mref(c, 'owner_pay', col).ref}`, expect: amount(P(y).uses, 'bank.use.drawings') ?? ZERO }))]
      : []),
  ];
  const totalUses = line(c.L('plan.total_uses'), (y) => ({ formula: uses.map((x) => at(x, y)).join('+'), expect: P(y).totalUses }), true);
  b.text(1, r++, c.L('plan.resources'), true);
  const cafRef = (y: number) => `${sheetRef(p.caf.builder.sheet.name)}${abs(1 + y, p.caf.cafRow)}`;
  const resources = [
    line(c.L('line.caf'), (y) => ({ formula: cafRef(y), expect: amount(P(y).resources, 'bank.resource.caf') })),
    line(c.L('plan.contributions'), (y) => ({ formula: p.received(['equity', 'current_account'], y, first(y)), expect: amount(P(y).resources, 'bank.resource.contributions') })),
    line(c.L('plan.loans'), (y) => ({ formula: p.received(['loan'], y, first(y)), expect: amount(P(y).resources, 'bank.resource.loans') })),
    line(c.L('plan.grants'), (y) => ({ formula: p.received(['grant'], y, first(y)), expect: amount(P(y).resources, 'bank.resource.grants') })),
  ];
  const totalResources = line(c.L('plan.total_resources'), (y) => ({ formula: resources.map((x) => at(x, y)).join('+'), expect: P(y).totalResources }), true);
  line(c.L('plan.change_in_cash'), (y) => ({ formula: `${at(totalResources, y)}-${at(totalUses, y)}`, expect: P(y).changeInCash }), true);
}
