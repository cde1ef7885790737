/** « Mensuel »: the line builders of the demand, the sales and the charges, and what they share (`LineCtx`). */
import { type Decimal, ZERO, sum } from '../model/decimal.js';
import type { Forecast, MonthResult } from '../engine/index.js';
import type { EngineFigures } from './engine.js';
import type { Hypotheses } from './hypotheses.js';
import type { Labels } from './labels.js';
import type { CellFormat } from './sheet.js';
import type { ProjectFile } from '../model/schema.js';
import { legalFixedLines, repFeeLine } from './legal-costs.js';

/** How a line is carried to the yearly columns: summed, last month, or not at all. */
export type YearMode = 'sum' | 'last' | 'none';

/** What the line builders share: the forecast, the hypotheses, and helpers to declare lines and reference cells. */
export interface LineCtx {
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

export function demandLines(c: LineCtx): void {
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

export function salesLines(c: LineCtx): void {
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
  repFeeLine(c);
  fx(
    'contribution_margin',
    L('line.contribution_margin'),
    'money',
    'sum',
    (m) => ['revenue_ht', 'cogs', 'channel_fees', 'shipping_costs', 'returns_cost', 'rep_fees'].map((k) => R(k, m)).join('-'),
    (m) => M(m).contributionMargin,
    true,
  );
}

export function chargesLines(c: LineCtx): void {
  // Other charges and the result.
  c.section(c.L('section.charges'));
  operatingChargeLines(c);
  depreciationLines(c);
  loanLines(c);
  resultLines(c);
}

/** Marketing, fixed costs and setup costs. */
function operatingChargeLines(c: LineCtx): void {
  const { L, fx, M, idx, active } = c;
  const S = c.h.sources;
  const A = c.h.actions;
  const F = c.h.fixed;
  const P = c.h.products;
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
  legalFixedLines(c);
}

/** Depreciation of each investment, and their total. */
function depreciationLines(c: LineCtx): void {
  const { project, L, fx, span, M, idx } = c;
  const I = c.h.investments;
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
}

/**
 * Interest, principal and capital remaining of each loan, as the bank's échéancier in cents (issue 19): interest =
 * ROUND(capital remaining × rate ÷ 12, 2), principal = installment − interest, the last one what is left; and the total interest.
 */
function loanLines(c: LineCtx): void {
  const { f, L, fx, R, M, idx, loans } = c;
  const Fi = c.h.financing;
  for (const { x, i } of loans) {
    const [amt, rate, n, d, m0, inst] = [Fi.ref('amount', i), Fi.ref('rate', i), Fi.ref('months', i), Fi.ref('deferral', i), Fi.ref('month', i), Fi.ref('installment', i)];
    const k = (m: number) => `(${idx(m)}-${m0})`;
    const table = f.bank.loans.find((l) => l.index === i);
    fx(`int${i}`, L('line.loan_interest', { name: x.name }), 'money', 'sum', (m) => `IF(AND(${k(m)}>=1,${k(m)}<=${n}),ROUND(${R(`crd${i}`, m - 1)}*${rate}/12,2),0)`);
    fx(
      `pr${i}`,
      L('line.loan_principal', { name: x.name }),
      'money',
      'sum',
      (m) => `IF(AND(${k(m)}>${d},${k(m)}<=${n}),IF(${k(m)}=${n},${R(`crd${i}`, m - 1)},MIN(${R(`crd${i}`, m - 1)},${inst}-${R(`int${i}`, m)})),0)`,
    );
    fx(
      `crd${i}`,
      L('line.loan_remaining', { name: x.name }),
      'money',
      'last',
      (m) => `${R(`crd${i}`, m - 1)}+IF(${idx(m)}=${m0},${amt},0)-${R(`pr${i}`, m)}`,
      (m) => (table ? (table.months.find((l) => l.month === M(m).month)?.remaining ?? ZERO) : undefined),
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
}

/** Owner's pay, social contributions, income tax, the result and corporate tax. */
function resultLines(c: LineCtx): void {
  const { f, L, H, fx, val, R, M, idx } = c;
  const O = c.h.owner;
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
      `${R('contribution_margin', m)}-${['marketing', 'fixed_costs', 'setup_costs', 'rep_flat_fees', 'e_invoicing', 'depreciation', 'interest'].map((k) => R(k, m)).join('-')}-owner_pay_charge*${R('owner_pay', m)}-social_charge*${R('social', m)}`,
    (m) => M(m).resultBeforeTax,
    true,
  );
  const taxAt = (m: number) => (m % 12 === 0 || m === H ? f.years[Math.ceil(m / 12) - 1]!.corporateTax : ZERO);
  val('corporate_tax', L('line.corporate_tax'), 'money', 'sum', taxAt, L('note.corporate_tax'));
}
