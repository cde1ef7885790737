/**
 * « SIG et CAF » (issue 19): the soldes intermédiaires de gestion, the CAF, the
 * debt service and its ratio to the CAF, year by year, as formulas over « Mensuel »
 * and « Hypothèses ». Each cell expects the engine's figure (stages/sig.ts, bank.ts).
 */
import type { Decimal } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import type { Hypotheses } from './hypotheses.js';
import { addr, SheetBuilder, type CellFormat } from './sheet.js';
import { mref, yearHeader, type StatementCtx } from './statements.js';

export interface SigSheet {
  builder: SheetBuilder;
  /** Row of the CAF (the financing plan of « Bilan » reads it). */
  cafRow: number;
}

type Cell = (y: number, col: number) => { formula: string; expect?: Decimal };

export function buildSigCaf(c: StatementCtx, h: Hypotheses, project: ProjectFile): SigSheet {
  const b = new SheetBuilder(c.L('sheet.sig'));
  b.text(1, 1, c.L('title.sig'), true);
  yearHeader(b, c, 3);
  b.sheet.freeze = { rows: 3, cols: 1 };
  let r = 4;
  const line = (label: string, cell: Cell, o: { bold?: boolean; format?: CellFormat } = {}) => {
    b.set(1, r, { value: label, format: 'text', bold: o.bold });
    for (let y = 1; y <= c.mon.years; y++) b.set(1 + y, r, { ...cell(y, c.mon.yearCol(y)), format: o.format ?? 'money', bold: o.bold });
    return r++;
  };
  const at = (row: number, y: number) => addr(1 + y, row);
  const M = (key: string, col: number) => mref(c, key, col).ref;
  const B = (y: number) => c.f.bank.years[y - 1]!;
  const P = h.products;
  const products = project.products.map((p, i) => ({ p, i }));
  const units = (col: number, column: string, only: (p: ProjectFile['products'][number]) => boolean = () => true) => {
    const terms = products.filter(({ p }) => only(p)).map(({ i }) => `${M(`units${i}`, col)}*${P.ref(column, i)}`);
    return terms.length ? `(${terms.join('+')})` : '0';
  };
  const labour = (col: number) => `${units(col, 'baseLabour')}*lever_costs`;
  const goods = line(c.L('line.sig_sales_goods'), (y, col) => ({ formula: `${units(col, 'priceHt', (p) => p.strategy === 'resale')}*(1-returns_rate)`, expect: B(y).sig.salesGoods }));
  const cost = line(c.L('line.sig_goods_cost'), (y, col) => ({ formula: `${units(col, 'baseGoods')}*lever_costs`, expect: B(y).sig.goodsCost }));
  const margin = line(c.L('line.sig_commercial_margin'), (y) => ({ formula: `${at(goods, y)}-${at(cost, y)}`, expect: B(y).sig.commercialMargin }), { bold: true });
  const production = line(c.L('line.sig_production'), (y, col) => ({ formula: `${M('revenue_ht', col)}-${at(goods, y)}`, expect: B(y).sig.production }));
  const external = ['channel_fees', 'shipping_costs', 'returns_cost', 'rep_fees', 'marketing', 'fixed_costs', 'rep_flat_fees', 'e_invoicing', 'setup_costs'];
  const consumption = line(c.L('line.sig_consumption'), (y, col) => ({
    formula: `${M('cogs', col)}-${at(cost, y)}-${labour(col)}+${external.map((k) => M(k, col)).join('+')}`,
    expect: B(y).sig.consumption,
  }));
  const va = line(c.L('line.sig_value_added'), (y) => ({ formula: `${at(margin, y)}+${at(production, y)}-${at(consumption, y)}`, expect: B(y).sig.valueAdded }), { bold: true });
  const personnel = line(c.L('line.sig_personnel'), (y, col) => ({
    formula: `${labour(col)}+owner_pay_charge*${M('owner_pay', col)}+social_charge*${M('social', col)}`,
    expect: B(y).sig.personnel,
  }));
  const ebitda = line(c.L('line.sig_ebitda'), (y) => ({ formula: `${at(va, y)}-${at(personnel, y)}`, expect: B(y).sig.ebitda }), { bold: true });
  const dep = line(c.L('line.depreciation'), (y, col) => ({ formula: M('depreciation', col), expect: B(y).sig.depreciation }));
  const operating = line(c.L('line.sig_operating_result'), (y) => ({ formula: `${at(ebitda, y)}-${at(dep, y)}`, expect: B(y).sig.operatingResult }), { bold: true });
  const financial = line(c.L('line.sig_financial_result'), (y, col) => ({ formula: `-${M('interest', col)}`, expect: B(y).sig.financialResult }));
  const current = line(c.L('line.sig_current_result'), (y) => ({ formula: `${at(operating, y)}+${at(financial, y)}`, expect: B(y).sig.currentResult }), { bold: true });
  const tax = line(c.L('line.corporate_tax'), (y, col) => ({ formula: M('corporate_tax', col), expect: B(y).sig.corporateTax }));
  const owner = line(c.L('line.sig_owner_taxes'), (y, col) => ({ formula: `(1-social_charge)*(${M('social', col)}+${M('income_tax', col)})`, expect: B(y).sig.ownerTaxes }));
  const net = line(c.L('line.net_result'), (y) => ({ formula: `${at(current, y)}-${at(tax, y)}-${at(owner, y)}`, expect: B(y).sig.netResult }), { bold: true });
  r++;
  const caf = line(c.L('line.caf'), (y) => ({ formula: `${at(net, y)}+${at(dep, y)}`, expect: B(y).caf }), { bold: true });
  const loans = c.mon.loans;
  const sumOf = (prefix: string, col: number) => (loans.length ? loans.map((i) => M(`${prefix}${i}`, col)).join('+') : '0');
  const interest = line(c.L('line.interest'), (y, col) => ({ formula: M('interest', col), expect: B(y).debt.interest }));
  const principal = line(c.L('line.principal'), (y, col) => ({ formula: sumOf('pr', col), expect: B(y).debt.principal }));
  const service = line(c.L('line.debt_service'), (y) => ({ formula: `${at(interest, y)}+${at(principal, y)}`, expect: B(y).debt.debtService }), { bold: true });
  line(c.L('line.debt_to_caf'), (y) => ({ formula: `IF(${at(caf, y)}>0,${at(service, y)}/${at(caf, y)},"")`, expect: B(y).debtServiceToCaf ?? undefined }), { format: 'rate' });
  line(c.L('line.capital_remaining'), (y, col) => ({ formula: sumOf('crd', col), expect: B(y).debt.remaining }));
  b.text(1, r + 1, c.L('sig.note'));
  b.sheet.lastCol = 1 + c.mon.years;
  return { builder: b, cafRow: caf };
}
