/**
 * « Mensuel »: one column per month, then one per year. Every line the model
 * defines by a formula is a formula over « Hypothèses » and the lines above;
 * whole-unit purchases, contributions, income tax and corporate tax are values
 * with a note. Each cell carries the engine's figure when the engine has one.
 */
import { Decimal, ZERO, sum } from '../model/decimal.js';
import { formatMonth } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import type { Forecast, MonthResult } from '../engine/index.js';
import type { EngineFigures } from './engine.js';
import type { Hypotheses } from './hypotheses.js';
import type { Labels } from './labels.js';
import { addr, colName, SheetBuilder, type CellFormat, type CellModel } from './sheet.js';
import type { ProjectFile } from '../model/schema.js';

/** How a line is carried to the yearly columns: summed, last month, or not at all. */
type YearMode = 'sum' | 'last' | 'none';

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
  return { builder: b, row: (k) => rows.get(k)!, monthCol: mc, yearCol: yc, years: yearCount };
}

/** What the line builders share: the forecast, the hypotheses, and helpers to declare lines and reference cells. */
interface LineCtx {
  project: ProjectFile;
  f: Forecast;
  h: Hypotheses;
  L: Labels;
  owner: EngineFigures['owner'];
  H: number;
  fx: (key: string, label: string, format: CellFormat, year: YearMode, formula: (m: number) => string, expect?: (m: number) => Decimal | undefined, bold?: boolean) => void;
  val: (key: string, label: string, format: CellFormat, year: YearMode, value: (m: number) => Decimal, note: string) => void;
  section: (label: string) => void;
  /** Address of line `key` in month m's column. */
  R: (key: string, m: number) => string;
  span: (first: string, last: string, m: number) => string;
  M: (m: number) => MonthResult;
  /** Month number cell of month m (row 4). */
  idx: (m: number) => string;
  products: ProjectFile['products'];
  /** Units sold of every product, month m (a vertical range). */
  units: (m: number) => string;
  /** Fixed costs active in month m (an array expression). */
  active: (m: number) => string;
  loans: Array<{ x: NonNullable<ProjectFile['financing']>[number]; i: number }>;
  /** Payment delay of each product's purchases, in months. */
  delays: number[];
  /** Index of the last product. */
  last: number;
}

function demandLines(c: LineCtx): void {
  const { project, f, L, fx, section, R, span, M, idx, products } = c;
  const S = c.h.sources;
  const P = c.h.products;
  // Demand.
  section(L('section.demand'));
  (project.acquisition ?? []).forEach((s, i) => {
    const paid = s.monthly_budget !== undefined && s.cost_per_click !== undefined && !s.cost_per_click.isZero();
    const from = S.ref('from', i);
    const body = paid ? `${S.ref('budget', i)}/${S.ref('cpc', i)}` : `${S.ref('visitors', i)}*MAX(0,1+${S.ref('growth', i)})^MAX(0,MIN(__M__,${S.ref('until', i)})-${from})`;
    fx(`src${i}`, L('line.source_visitors', { name: s.name ?? s.id }), 'qty', 'sum', (m) => `IF(${idx(m)}>=${from},${body.replace('__M__', idx(m))},0)`);
  });
  fx('season', L('line.season'), 'factor', 'none', (m) => `INDEX(seasonality,${idx(m).replace(/\$4$/, '$$5')})`);
  const nSrc = (project.acquisition ?? []).length;
  fx(
    'visitors',
    L('line.visitors'),
    'qty',
    'sum',
    (m) => `${nSrc ? `SUM(${span('src0', `src${nSrc - 1}`, m)})` : '0'}*${R('season', m)}*lever_traffic`,
    (m) => M(m).visitors,
    true,
  );
  fx(
    'new_orders',
    L('line.new_orders'),
    'qty',
    'sum',
    (m) => `${R('visitors', m)}*conversion_rate*lever_conversion`,
    (m) => M(m).newOrders,
  );
  fx(
    'customers',
    L('line.customers'),
    'qty',
    'last',
    (m) => `${R('customers', m - 1)}+${R('new_orders', m)}`,
    (m) => sum(f.months.slice(0, m).map((x) => x.newOrders)),
  );
  fx(
    'repeat_orders',
    L('line.repeat_orders'),
    'qty',
    'sum',
    (m) => `${R('customers', m - 1)}*repeat_rate_yearly/12`,
    (m) => M(m).repeatOrders,
  );
  fx(
    'orders',
    L('line.orders'),
    'qty',
    'sum',
    (m) => `${R('new_orders', m)}+${R('repeat_orders', m)}`,
    (m) => M(m).orders,
    true,
  );
  products.forEach((p, i) =>
    fx(
      `units${i}`,
      L('line.units', { name: p.name }),
      'qty',
      'sum',
      (m) => `${R('orders', m)}*items_per_order*${P.ref('mix', i)}`,
      (m) => M(m).units[p.id],
    ),
  );
}

function salesLines(c: LineCtx): void {
  const { project, L, fx, section, R, M, units } = c;
  const C = c.h.channels;
  const P = c.h.products;
  // Sales and contribution margin.
  section(L('section.sales'));
  fx(
    'revenue_ttc',
    L('line.revenue_ttc'),
    'money',
    'sum',
    (m) => `(SUMPRODUCT(${units(m)},${P.range('priceTtc')})+${R('orders', m)}*shipping_ttc)*(1-returns_rate)`,
    (m) => M(m).revenueTtc,
  );
  fx(
    'revenue_ht',
    L('line.revenue_ht'),
    'money',
    'sum',
    (m) => `(SUMPRODUCT(${units(m)},${P.range('priceHt')})+${R('orders', m)}*shipping_ht)*(1-returns_rate)`,
    (m) => M(m).revenueHt,
    true,
  );
  fx(
    'vat_collected',
    L('line.vat_collected'),
    'money',
    'sum',
    (m) => `${R('revenue_ttc', m)}-${R('revenue_ht', m)}`,
    (m) => M(m).vatCollected,
  );
  const channels = project.channels ?? [];
  channels.forEach((c, i) => {
    fx(
      `chrev${i}`,
      L('line.channel_revenue', { name: c.name }),
      'money',
      'sum',
      (m) => `${R('revenue_ttc', m)}*${C.ref('share', i)}`,
      (m) => M(m).channelRevenueTtc[c.id],
    );
    fx(
      `fee${i}`,
      L('line.channel_fee', { name: c.name }),
      'money',
      'sum',
      (m) => `${R(`chrev${i}`, m)}*${C.ref('feeRate', i)}+${R('orders', m)}*${C.ref('share', i)}*${C.ref('perOrder', i)}`,
      (m) => M(m).channelFeesByChannel[c.id],
    );
  });
  const fees = (m: number) => (channels.length ? channels.map((_, i) => R(`fee${i}`, m)).join('+') : '0');
  fx(
    'cogs',
    L('line.cogs'),
    'money',
    'sum',
    (m) => `SUMPRODUCT(${units(m)},${P.range('cost')})`,
    (m) => M(m).cogs,
  );
  fx('channel_fees', L('line.channel_fees'), 'money', 'sum', fees, (m) => M(m).channelFees);
  fx(
    'shipping_costs',
    L('line.shipping_costs'),
    'money',
    'sum',
    (m) => `${R('orders', m)}*carrier_charge`,
    (m) => M(m).shippingCosts,
  );
  fx(
    'returns_cost',
    L('line.returns_cost'),
    'money',
    'sum',
    (m) => `${R('orders', m)}*returns_rate*return_charge`,
    (m) => M(m).returnsCost,
  );
  fx(
    'contribution_margin',
    L('line.contribution_margin'),
    'money',
    'sum',
    (m) => ['revenue_ht', 'cogs', 'channel_fees', 'shipping_costs', 'returns_cost'].map((k) => R(k, m)).join('-'),
    (m) => M(m).contributionMargin,
    true,
  );
}

function chargesLines(c: LineCtx): void {
  const { project, f, L, H, fx, val, section, R, span, M, idx, active, loans } = c;
  const S = c.h.sources;
  const A = c.h.actions;
  const F = c.h.fixed;
  const I = c.h.investments;
  const Fi = c.h.financing;
  const O = c.h.owner;
  const P = c.h.products;
  // Other charges and the result.
  section(L('section.charges'));
  fx(
    'marketing',
    L('line.marketing'),
    'money',
    'sum',
    (m) => `SUMPRODUCT((${S.range('from')}<=${idx(m)})*(${S.range('budget')}+${S.range('cost')}))+SUMIF(${A.range('month')},${idx(m)},${A.range('budget')})`,
    (m) => M(m).marketing,
  );
  fx(
    'fixed_costs',
    L('line.fixed_costs'),
    'money',
    'sum',
    (m) => `SUMPRODUCT(${active(m)}*${F.range('charge')})+channel_monthly_fees`,
    (m) => M(m).fixedCosts,
  );
  fx(
    'setup_costs',
    L('line.setup_costs'),
    'money',
    'sum',
    (m) => `IF(${idx(m)}=1,SUM(${P.range('setupCharge')}),0)`,
    (m) => M(m).setupCosts,
  );
  const invs = project.investments ?? [];
  invs.forEach((v, i) => {
    const [a, y, m0] = [I.ref('charge', i), I.ref('years', i), I.ref('month', i)];
    const whole = `INT(${y}*12)`;
    fx(
      `dep${i}`,
      L('line.depreciation_of', { name: v.name }),
      'money',
      'sum',
      (m) =>
        `IF(${y}=0,IF(${idx(m)}=${m0},${a},0),IF(AND(${idx(m)}>=${m0},${idx(m)}<${m0}+${whole}),${a}/(${y}*12),IF(AND(${idx(m)}=${m0}+${whole},${whole}<>${y}*12),${a}-${whole}*${a}/(${y}*12),0)))`,
    );
  });
  fx(
    'depreciation',
    L('line.depreciation'),
    'money',
    'sum',
    (m) => (invs.length ? `SUM(${span('dep0', `dep${invs.length - 1}`, m)})` : '0'),
    (m) => M(m).depreciation,
  );
  for (const { x, i } of loans) {
    const [amt, rate, n, d, m0] = [Fi.ref('amount', i), Fi.ref('rate', i), Fi.ref('months', i), Fi.ref('deferral', i), Fi.ref('month', i)];
    const k = (m: number) => `(${idx(m)}-${m0})`;
    fx(
      `int${i}`,
      L('line.loan_interest', { name: x.name }),
      'money',
      'sum',
      (m) => `IF(AND(${k(m)}>=1,${k(m)}<=${n},${rate}>0),IF(${k(m)}<=${d},${amt}*${rate}/12,IPMT(${rate}/12,${k(m)}-${d},${n}-${d},-${amt})),0)`,
    );
    fx(
      `pr${i}`,
      L('line.loan_principal', { name: x.name }),
      'money',
      'sum',
      (m) => `IF(AND(${k(m)}>${d},${k(m)}<=${n}),IF(${rate}=0,${amt}/(${n}-${d}),PPMT(${rate}/12,${k(m)}-${d},${n}-${d},-${amt})),0)`,
    );
  }
  fx(
    'interest',
    L('line.interest'),
    'money',
    'sum',
    (m) => (loans.length ? loans.map(({ i }) => R(`int${i}`, m)).join('+') : '0'),
    (m) => M(m).interest,
  );
  fx(
    'owner_pay',
    L('line.owner_pay'),
    'money',
    'sum',
    (m) => `IF(COUNTIF(${O.range('from')},"<="&${idx(m)})=0,0,LOOKUP(${idx(m)},${O.range('from')},${O.range('monthly')}))`,
    (m) => M(m).ownerPay,
  );
  val('social', L('line.social'), 'money', 'sum', (m) => M(m).socialContributions, L('note.social'));
  val('income_tax', L('line.income_tax'), 'money', 'sum', (m) => M(m).incomeTax, L('note.income_tax'));
  fx(
    'result',
    L('line.result'),
    'money',
    'sum',
    (m) =>
      `${R('contribution_margin', m)}-${['marketing', 'fixed_costs', 'setup_costs', 'depreciation', 'interest'].map((k) => R(k, m)).join('-')}-owner_pay_charge*${R('owner_pay', m)}-social_charge*${R('social', m)}`,
    (m) => M(m).resultBeforeTax,
    true,
  );
  const taxAt = (m: number) => (m % 12 === 0 || m === H ? f.years[Math.ceil(m / 12) - 1]!.corporateTax : ZERO);
  val('corporate_tax', L('line.corporate_tax'), 'money', 'sum', taxAt, L('note.corporate_tax'));
}

function stockLines(c: LineCtx): void {
  const { f, L, fx, val, section, R, span, M, products, last } = c;
  const P = c.h.products;
  // Stock.
  section(L('section.stock'));
  products.forEach((p, i) => val(`buy${i}`, L('line.purchase_units', { name: p.name }), 'int', 'sum', (m) => f.stock[i]!.months[m - 1]!.purchaseUnits, L('note.purchases')));
  products.forEach((p, i) =>
    fx(
      `stock${i}`,
      L('line.stock_units', { name: p.name }),
      'qty',
      'last',
      (m) => `${R(`stock${i}`, m - 1)}+${R(`buy${i}`, m)}-${R(`units${i}`, m)}`,
      (m) => f.stock[i]!.months[m - 1]!.stockUnits,
    ),
  );
  fx(
    'stock_purchases',
    L('line.stock_purchases'),
    'money',
    'sum',
    (m) => `SUMPRODUCT(${span('buy0', `buy${last}`, m)},${P.range('cost')})`,
    (m) => M(m).stockPurchases,
  );
  fx(
    'stock_value',
    L('line.stock_value'),
    'money',
    'last',
    (m) => `SUMPRODUCT(${span('stock0', `stock${last}`, m)},${P.range('cost')})`,
    (m) => M(m).stockValue,
  );
}

function vatLines(c: LineCtx): void {
  const { L, H, fx, section, R, span, M, idx, active, last } = c;
  const F = c.h.fixed;
  const I = c.h.investments;
  const P = c.h.products;
  // VAT.
  section(L('section.vat'));
  fx('purchase_vat', L('line.purchase_vat'), 'money', 'sum', (m) => `SUMPRODUCT(${span('buy0', `buy${last}`, m)},${P.range('unitVat')})`);
  fx('carrier_vat', L('line.carrier_vat'), 'money', 'sum', (m) => `${R('orders', m)}*carrier_vat`);
  fx('return_vat', L('line.return_vat'), 'money', 'sum', (m) => `${R('orders', m)}*returns_rate*return_vat`);
  fx('fixed_vat', L('line.fixed_vat'), 'money', 'sum', (m) => `SUMPRODUCT(${active(m)}*${F.range('vatMonth')})`);
  fx('setup_vat', L('line.setup_vat'), 'money', 'sum', (m) => `IF(${idx(m)}=1,SUM(${P.range('setupVat')}),0)`);
  fx('investment_vat', L('line.investment_vat'), 'money', 'sum', (m) => `SUMIF(${I.range('month')},${idx(m)},${I.range('vatAmount')})`);
  fx(
    'vat_deductible',
    L('line.vat_deductible'),
    'money',
    'sum',
    (m) => `SUM(${span('purchase_vat', 'investment_vat', m)})`,
    (m) => M(m).vatDeductible,
  );
  const position = (m: number) => `${R('vat_collected', m)}-${R('vat_deductible', m)}-${R('vat_credit', m - 1)}`;
  fx(
    'vat_due',
    L('line.vat_due'),
    'money',
    'last',
    (m) => `regime_normal*MAX(0,${position(m)})`,
    (m) => (m < H ? M(m + 1).cashFlows.vat : undefined),
  );
  fx('vat_credit', L('line.vat_credit'), 'money', 'last', (m) => `regime_normal*MAX(0,-(${position(m)}))`);
}

function cashLines(c: LineCtx): void {
  const { L, owner, fx, val, section, R, span, M, idx, products, delays, loans } = c;
  const I = c.h.investments;
  const Fi = c.h.financing;
  const P = c.h.products;
  // Cash.
  section(L('section.cash'));
  fx(
    'cf_sales',
    L('line.cf_sales'),
    'money',
    'sum',
    (m) => R('revenue_ttc', m),
    (m) => M(m).cashFlows.sales,
  );
  fx(
    'cf_financing',
    L('line.cf_financing'),
    'money',
    'sum',
    (m) => `SUMIF(${Fi.range('month')},${idx(m)},${Fi.range('amount')})`,
    (m) => M(m).cashFlows.financing,
  );
  fx(
    'cf_purchases',
    L('line.cf_purchases'),
    'money',
    'sum',
    (m) => {
      const terms = products.map((_, i) => (m - delays[i]! >= 1 ? `${R(`buy${i}`, m - delays[i]!)}*(${P.ref('cost', i)}+${P.ref('unitVat', i)})` : null)).filter((x) => x !== null);
      return terms.length ? terms.join('+') : '0';
    },
    (m) => M(m).cashFlows.purchases,
  );
  fx(
    'cf_expenses',
    L('line.cf_expenses'),
    'money',
    'sum',
    (m) => ['channel_fees', 'shipping_costs', 'carrier_vat', 'returns_cost', 'return_vat', 'marketing', 'fixed_costs', 'fixed_vat', 'setup_costs', 'setup_vat'].map((k) => R(k, m)).join('+'),
    (m) => M(m).cashFlows.expenses,
  );
  fx(
    'cf_investments',
    L('line.cf_investments'),
    'money',
    'sum',
    (m) => `SUMIF(${I.range('month')},${idx(m)},${I.range('paid')})`,
    (m) => M(m).cashFlows.investments,
  );
  fx(
    'cf_vat',
    L('line.cf_vat'),
    'money',
    'sum',
    (m) => `${R('vat_due', m - 1)}+0`,
    (m) => M(m).cashFlows.vat,
  );
  fx(
    'cf_loans',
    L('line.cf_loans'),
    'money',
    'sum',
    (m) => [R('interest', m), ...loans.map(({ i }) => R(`pr${i}`, m))].join('+'),
    (m) => M(m).cashFlows.loanRepayments,
  );
  if (owner.socialPaid === 'schedule') val('cf_social', L('line.cf_social'), 'money', 'sum', (m) => M(m).cashFlows.socialAndTax, L('note.social_paid'));
  else {
    const k = owner.socialPaid === 'next_month' ? 1 : 0;
    fx(
      'cf_social',
      L('line.cf_social'),
      'money',
      'sum',
      (m) => `${R('social', m - k)}+${R('income_tax', m - k)}`,
      (m) => M(m).cashFlows.socialAndTax,
    );
  }
  fx(
    'cf_owner',
    L('line.cf_owner'),
    'money',
    'sum',
    (m) => R('owner_pay', m),
    (m) => M(m).cashFlows.ownerPay,
  );
  fx(
    'cf_corporate',
    L('line.cf_corporate'),
    'money',
    'sum',
    (m) => `IF(MOD(${idx(m)}-1,12)=0,${R('corporate_tax', m - 1)}+0,0)`,
    (m) => M(m).cashFlows.corporateTax,
  );
  fx(
    'cash_in',
    L('line.cash_in'),
    'money',
    'sum',
    (m) => `${R('cf_sales', m)}+${R('cf_financing', m)}`,
    (m) => M(m).cashIn,
    true,
  );
  fx(
    'cash_out',
    L('line.cash_out'),
    'money',
    'sum',
    (m) => `SUM(${span('cf_purchases', 'cf_corporate', m)})`,
    (m) => M(m).cashOut,
    true,
  );
  fx(
    'cash_end',
    L('line.cash_end'),
    'money',
    'last',
    (m) => `${R('cash_end', m - 1)}+${R('cash_in', m)}-${R('cash_out', m)}`,
    (m) => M(m).cashEnd,
    true,
  );
}

function balanceLines(c: LineCtx): void {
  const { f, L, H, fx, section, R, M, products, delays } = c;
  const P = c.h.products;
  // Working capital and break-even.
  section(L('section.balance'));
  fx('payables', L('line.payables'), 'money', 'last', (m) => {
    const terms = products
      .map((_, i) => (delays[i]! > 0 ? `SUM(${R(`buy${i}`, Math.max(1, m - delays[i]! + 1))}:${R(`buy${i}`, m)})*(${P.ref('cost', i)}+${P.ref('unitVat', i)})` : null))
      .filter((x) => x !== null);
    return terms.length ? terms.join('+') : '0';
  });
  const yearEnd = (m: number) => (m % 12 === 0 || m === H ? f.years[Math.ceil(m / 12) - 1]!.workingCapital : undefined);
  fx('working_capital', L('line.working_capital'), 'money', 'last', (m) => `${R('stock_value', m)}+${R('vat_credit', m)}-${R('payables', m)}-${R('vat_due', m)}`, yearEnd);
  fx(
    'fixed_charges',
    L('line.fixed_charges'),
    'money',
    'sum',
    (m) => `${R('contribution_margin', m)}-${R('result', m)}`,
    (m) => M(m).contributionMargin.minus(M(m).resultBeforeTax),
  );
  fx('cum_margin', L('line.cum_margin'), 'money', 'last', (m) => `${R('cum_margin', m - 1)}+${R('contribution_margin', m)}`);
  fx('cum_fixed', L('line.cum_fixed'), 'money', 'last', (m) => `${R('cum_fixed', m - 1)}+${R('fixed_charges', m)}`);
  const beIndex = f.breakEvenMonth === null ? H + 1 : f.months.findIndex((x) => x.month === f.breakEvenMonth) + 1;
  fx(
    'break_even',
    L('line.break_even'),
    'int',
    'none',
    (m) => `IF(AND(${R('cum_margin', m)}>0,${R('cum_margin', m)}>=${R('cum_fixed', m)}),1,0)`,
    (m) => (m < beIndex ? ZERO : m === beIndex ? new Decimal(1) : undefined),
  );
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
