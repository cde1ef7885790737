/**
 * Small projects whose every figure is computed by hand here (the arithmetic is
 * in the comments), compared to the cent: one per production strategy, one per
 * legal-form family, a loan with deferral, the VAT franchise threshold, and
 * seasonality with repeat orders.
 */
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../src/engine/index.js';
import { sum } from '../../src/model/decimal.js';
import { c, project } from './helpers.js';

// ---------------------------------------------------------------------------
// Resale, normal VAT regime, SASU (assimilated employee) with its own social rate
// (company.social_rate overrides the barème): constant months.
// ---------------------------------------------------------------------------
const RESALE_SASU = `
ecomplan: 1
project: { name: Revente, start: 2027-01, horizon_months: 12 }
company: { legal_form: sasu, social_rate: 80%, activity: goods, vat_regime: normal, vat_number: FR00123456789 }
products:
  - id: lampe
    name: Lampe
    price: 120
    vat_rate: 20%
    mix: 100%
    strategy: resale
    supplier: grossiste
    purchase_cost: 40
    packaging_cost: 2
    alternatives:
      - { strategy: outsourced, supplier: grossiste, manufacturing_cost: 30, setup_cost: 500 }
suppliers:
  list:
    - { id: grossiste, name: Grossiste, lead_time_days: 9 }
shipping:
  carriers: [{ name: Colissimo, cost: 6, delay_days: 2 }]
  charged_to_customer: 6
returns: { rate: 5%, return_shipping_paid_by: merchant, return_shipping_cost: 8 }
channels:
  - { id: site, name: Site, kind: own_site, share: 100%, payment_fee_rate: 2%, payment_fee_fixed: 0.50 }
demand: { conversion_rate: 2%, items_per_order: 1 }
acquisition:
  - { id: seo, kind: seo, visitors: 2000 }
fixed_costs:
  - { name: Assurance, monthly: 50, vat_rate: 0% }
  - { name: Comptable, monthly: 100 }
financing:
  - { kind: equity, name: Apport, amount: 20000 }
owner_pay:
  - { from: 1, monthly: 500 }
`;

describe('resale, normal VAT, SASU', () => {
  const f = computeForecast(project(RESALE_SASU));
  const m1 = f.months[0]!;
  const m2 = f.months[1]!;

  it('demand and revenue of a month', () => {
    // 2000 visitors × 2 % = 40 orders = 40 units
    expect(c(m1.visitors)).toBe('2000.00');
    expect(c(m1.orders)).toBe('40.00');
    // products 40 × 120 = 4800 TTC + shipping 40 × 6 = 240 TTC = 5040; 5 % of orders refunded
    // with their delivery charge (L221-24) → 5040 × 95 % = 4788 TTC
    expect(c(m1.revenueTtc)).toBe('4788.00');
    // HT: (40 × 100 + 40 × 5) × 95 % = 4200 × 95 % = 3990; VAT 798
    expect(c(m1.revenueHt)).toBe('3990.00');
    expect(c(m1.vatCollected)).toBe('798.00');
  });

  it('charges and result of a month', () => {
    expect(c(m1.cogs)).toBe('1680.00'); // 40 × (40 + 2)
    expect(c(m1.channelFees)).toBe('115.76'); // 2 % × 4788 + 0.50 × 40
    expect(c(m1.shippingCosts)).toBe('240.00'); // 40 × 6
    expect(c(m1.returnsCost)).toBe('16.00'); // 5 % × 40 × 8
    expect(c(m1.contributionMargin)).toBe('1938.24'); // 3990 − 1680 − 115.76 − 240 − 16
    expect(c(m1.fixedCosts)).toBe('150.00');
    expect(c(m1.ownerPay)).toBe('500.00');
    expect(c(m1.socialContributions)).toBe('400.00'); // 80 % × 500
    expect(c(m1.resultBeforeTax)).toBe('888.24'); // 1938.24 − 150 − 500 − 400
  });

  it('VAT: deductible in the month, net paid the next month', () => {
    // purchases 40 × 42 × 20 % = 336; shipping 48; returns 3.20; accountant 20
    expect(c(m1.vatDeductible)).toBe('407.20');
    expect(c(m1.cashFlows.vat)).toBe('0.00');
    expect(c(m2.cashFlows.vat)).toBe('390.80'); // 798 − 407.20
  });

  it('cash month by month', () => {
    // month 1: in 4788 + 20000; out purchases 40 × 50.40 = 2016, expenses 115.76 + 288 + 19.20 + 170 = 592.96, social 400, pay 500
    expect(c(m1.cashFlows.purchases)).toBe('2016.00');
    expect(c(m1.cashFlows.expenses)).toBe('592.96');
    expect(c(m1.cashEnd)).toBe('21279.04'); // 24788 − 3508.96
    // month 2 onwards: result 888.24 + VAT collected 798 − deductible 407.20 − VAT paid 390.80 = +888.24
    expect(c(m2.cashEnd)).toBe('22167.28');
    expect(c(f.months[11]!.cashEnd)).toBe('31049.68'); // 21279.04 + 11 × 888.24
  });

  it('year: corporate tax, break-even, working capital', () => {
    const y = f.years[0]!;
    expect(c(y.revenueHt)).toBe('47880.00');
    expect(c(y.contributionMargin)).toBe('23258.88');
    expect(c(y.resultBeforeTax)).toBe('10658.88'); // 12 × 888.24
    expect(c(y.corporateTax)).toBe('1598.83'); // 15 % × 10658.88 = 1598.832 (below 42 500)
    expect(c(y.netResult)).toBe('9060.05'); // 10658.88 − 1598.832 = 9060.048
    expect(c(y.fixedCharges)).toBe('12600.00'); // 12 × (150 + 500 + 400)
    // 12600 / (23258.88 / 47880) = 25937.964…
    expect(c(y.breakEvenRevenue)).toBe('25937.96');
    // no stock (no inventory section), nothing owed to suppliers; VAT of December due 390.80 and the year's
    // corporate tax due (paid in month 13) 1598.832: −1989.632
    expect(c(y.workingCapital)).toBe('-1989.63');
    expect(f.breakEvenMonth).toBe('2027-01');
    expect(c(y.breakEvenDays)).toBe('195.02'); // 25937.964 / 47880 × 360
  });

  it('financing plan', () => {
    // working capital −1989.63: nothing to finance; the stock bought in month 1 (1 680 €) is not a need of its own:
    // it is inside the working capital (issue 9). The 20 000 € of equity are the starting cash (issue 19).
    expect(f.financingPlan.needs.map((n) => [n.id, c(n.amount)])).toEqual([['plan.starting_cash', '20000.00']]);
    expect(f.financingPlan.initialStock).toBeNull();
    expect(c(f.financingTotals.balance)).toBe('20000.00');
    expect([c(f.financingTotals.needs), c(f.financingTotals.resources)]).toEqual(['20000.00', '20000.00']);
    expect(c(f.bank.ownerShare)).toBe('1.00');
  });

  it('balance sheet, SIG, CAF and financing plan of year 1, by hand', () => {
    const b = f.bank.years[0]!;
    const s = b.balanceSheet;
    // assets: no investment, no stock, no receivable, no VAT credit; cash 31 049.68
    expect(Object.values(s.assets).map(c)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '31049.68']);
    // liabilities: capital 20 000, result 9 060.048, VAT of December 390.80, corporate tax 1 598.832 = 31 049.68
    const l = s.liabilities;
    expect([l.capital, l.retainedEarnings, l.result, l.equity, l.loans, l.payables, l.vatDue, l.socialDue, l.corporateTaxDue, l.taxAndSocial].map(c)).toEqual([
      '20000.00',
      '0.00',
      '9060.05',
      '29060.05',
      '0.00',
      '0.00',
      '390.80',
      '0.00',
      '1598.83',
      '1989.63',
    ]);
    expect([c(s.totalAssets), c(s.totalLiabilitiesAndEquity)]).toEqual(['31049.68', '31049.68']);
    expect(s.simplified).toBe(false);
    // SIG: goods 12 × 40 × 100 × 95 % = 45 600 against 12 × 40 × 40 = 19 200; delivery 12 × 40 × 5 × 95 % = 2 280;
    // consumption = packaging 960 + fees 1 389.12 + carriers 2 880 + returns 192 + fixed 1 800 = 7 221.12;
    // personnel 12 × (500 + 400) = 10 800
    const g = b.sig;
    expect([g.salesGoods, g.goodsCost, g.commercialMargin, g.production, g.consumption, g.valueAdded, g.personnel, g.ebitda, g.currentResult, g.netResult].map(c)).toEqual([
      '45600.00',
      '19200.00',
      '26400.00',
      '2280.00',
      '7221.12',
      '21458.88',
      '10800.00',
      '10658.88',
      '10658.88',
      '9060.05',
    ]);
    expect(c(b.caf)).toBe('9060.05'); // no depreciation
    expect(b.debtServiceToCaf?.isZero()).toBe(true);
    // uses: working capital −1 989.632; resources: CAF 9 060.048 + equity 20 000 → change in cash 31 049.68
    expect(b.financingPlan.uses.map((x) => [x.id, c(x.amount)])).toEqual([
      ['bank.use.investments', '0.00'],
      ['bank.use.working_capital', '-1989.63'],
      ['bank.use.loan_repayments', '0.00'],
    ]);
    expect(c(b.financingPlan.changeInCash)).toBe('31049.68');
  });

  it('unit economics: ratios and the alternative strategy on its own row', () => {
    const [main, alt] = f.unitEconomics;
    // fees per item: 2 % × (120 + 6) × 95 % + 0.50 = 2.894; shipping 6 − 5 = 1; returns 5 % × (100 + 5 + 8) = 5.65
    expect([c(main!.channelFeesPerUnit), c(main!.shippingPerUnit), c(main!.returnsPerUnit)]).toEqual(['2.89', '1.00', '5.65']);
    expect(c(main!.contributionPerUnit)).toBe('48.46'); // 100 − 42 − 2.894 − 1 − 5.65 = 48.456; × 40 = 1938.24 = margin
    expect(main!.markupRate!.toFixed(4)).toBe('0.5800'); // 58 / 100
    expect(main!.marginRate!.toFixed(4)).toBe('1.3810'); // 58 / 42
    expect(main!.coefficient!.toFixed(4)).toBe('2.8571'); // 120 / 42
    expect(alt!.variant).toBe(0);
    expect(alt!.cost.strategy).toBe('outsourced');
    expect(c(alt!.cost.total)).toBe('32.00'); // 30 + the product's packaging 2
    expect(c(alt!.cost.setupCost)).toBe('500.00');
    expect(c(alt!.contributionPerUnit)).toBe('58.46'); // 48.456 + 10
  });

  it('inventory absent: an info note, purchases equal sales', () => {
    expect(f.warnings.map((w) => w.code)).toEqual(['forecast.no_inventory']);
    expect(f.stock[0]!.months.every((m) => m.purchaseUnits.eq(m.units))).toBe(true);
    expect(c(f.stock[0]!.reorderPointUnits)).toBe('12.00'); // 40 a month / 30 × (9 days lead + 0 safety)
  });
});

// ---------------------------------------------------------------------------
// Outsourced with setup cost, VAT franchise, micro-entreprise with ACRE and
// versement libératoire, minimum order and payment terms.
// ---------------------------------------------------------------------------
const OUTSOURCED_MICRO = (start: string, horizon = 12) => `
ecomplan: 1
project: { name: Sous-traitance, start: ${start}, horizon_months: ${horizon} }
company: { legal_form: micro_entreprise, activity: goods, vat_regime: franchise, acre: true, versement_liberatoire: true }
products:
  - { id: sac, name: Sac, price: 30, vat_rate: 20%, mix: 100%, strategy: outsourced, supplier: atelier, manufacturing_cost: 10, setup_cost: 300 }
suppliers:
  list:
    - { id: atelier, name: Atelier, lead_time_days: 20, minimum_order_units: 100, payment_terms_days: 30 }
inventory: { safety_stock_days: 0, cover_days: 0 }
channels:
  - { id: site, name: Site, kind: own_site, share: 100% }
demand: { conversion_rate: 1%, items_per_order: 1 }
acquisition:
  - { id: insta, kind: organic_social, visitors: 5000 }
`;

describe('outsourced, franchise, micro-entreprise with ACRE before 2026-07-01', () => {
  const f = computeForecast(project(OUTSOURCED_MICRO('2026-01')));
  const [m1, m2, m3] = f.months;

  it('costs carry the non-recoverable VAT', () => {
    expect(c(m1!.revenueHt)).toBe('1500.00'); // 50 orders × 30, no VAT charged
    expect(c(m1!.vatCollected)).toBe('0.00');
    expect(c(m1!.cogs)).toBe('600.00'); // 50 × 10 × 1.2
    expect(c(m1!.setupCosts)).toBe('360.00'); // 300 × 1.2, month 1 only
    expect(c(m2!.setupCosts)).toBe('0.00');
    expect(c(m1!.resultBeforeTax)).toBe('540.00'); // 1500 − 600 − 360
  });

  it('micro contributions: 12.3 % × 50 % (ACRE, rounded to 6.2 %) + 0.1 % CFP + 0.015 % TFC, and 1 % versement libératoire, paid the next month', () => {
    expect(c(m1!.socialContributions)).toBe('94.73'); // 6.315 % × 1500 = 94.725
    expect(c(m1!.incomeTax)).toBe('15.00');
    expect(c(m1!.cashFlows.socialAndTax)).toBe('0.00');
    expect(c(m2!.cashFlows.socialAndTax)).toBe('109.73'); // 94.725 + 15
    // ACRE until the end of the third quarter after the start quarter: January 2026 → December 2026, every month
    expect(c(f.months[11]!.socialContributions)).toBe('94.73');
    const y = f.years[0]!;
    expect(c(y.resultBeforeTax)).toBe('10440.00'); // 12 × 900 − 360
    expect(c(y.disposableIncome)).toBe('9123.30'); // 10440 − 12 × 94.725 − 12 × 15
    expect(c(y.netResult)).toBe('9123.30');
    expect(c(y.corporateTax)).toBe('0.00');
  });

  it('minimum order of 100 forces overstock every other month; paid 30 days later', () => {
    const s = f.stock[0]!;
    expect(s.months.slice(0, 4).map((m) => [c(m.purchaseUnits), c(m.stockUnits), m.forcedByMinimum])).toEqual([
      ['100.00', '50.00', true],
      ['0.00', '0.00', false],
      ['100.00', '50.00', true],
      ['0.00', '0.00', false],
    ]);
    expect(c(m1!.stockPurchases)).toBe('1200.00'); // 100 × 12
    expect(c(m1!.stockValue)).toBe('600.00');
    expect(c(m1!.cashFlows.purchases)).toBe('0.00');
    expect(c(m2!.cashFlows.purchases)).toBe('1200.00');
    expect(c(s.reorderPointUnits)).toBe('33.33'); // 600 units / 360 days × 20 days
    expect(s.paymentDelayMonths).toBe(1);
  });

  it('cash', () => {
    expect(c(m1!.cashEnd)).toBe('1140.00'); // 1500 − 360
    expect(c(m2!.cashEnd)).toBe('1330.28'); // + 1500 − 1200 − 109.725 = 1330.275
    expect(c(m3!.cashEnd)).toBe('2720.55'); // + 1500 − 109.725
    // 1140 + 6 × 190.275 + 5 × 1390.275 = 9233.025
    expect(c(f.months[11]!.cashEnd)).toBe('9233.03');
    expect(c(f.cash.lowest)).toBe('1140.00');
    expect(f.cash.lowestMonth).toBe('2026-01');
  });
});

describe('ACRE for a creation from 2026-07-01: 75 % paid until the end of the third quarter after the start, then the full rate', () => {
  const f = computeForecast(project(OUTSOURCED_MICRO('2026-07', 13)));
  it('month 1 and month 13', () => {
    // 12.3 % × 75 % = 9.225 % → 9.2 % (décret 2026-69: 0.1 point); + 0.1 % CFP + 0.015 % TFC = 9.315 % × 1500 = 139.725
    expect(c(f.months[0]!.socialContributions)).toBe('139.73');
    // July 2026 (Q3) → ACRE until the end of June 2027 (month 12); July 2027: 12.415 % × 1500 = 186.225
    expect(c(f.months[11]!.socialContributions)).toBe('139.73');
    expect(c(f.months[12]!.socialContributions)).toBe('186.23');
  });
});

describe('micro ACRE of a March start lasts 10 months (March to December)', () => {
  const f = computeForecast(project(OUTSOURCED_MICRO('2026-03', 12)));
  it('month 10 reduced, month 11 at the full rate', () => {
    expect(c(f.months[9]!.socialContributions)).toBe('94.73'); // December 2026: 6.315 % × 1500
    expect(c(f.months[10]!.socialContributions)).toBe('186.23'); // January 2027: 12.415 % × 1500
  });
});

// ---------------------------------------------------------------------------
// In-house, EURL (non-salaried manager) with its own social rate, loan with deferral, capacity.
// ---------------------------------------------------------------------------
const IN_HOUSE_EURL = `
ecomplan: 1
project: { name: Atelier, start: 2027-01, horizon_months: 24 }
company: { legal_form: eurl, social_rate: 45%, activity: goods, vat_regime: normal, vat_number: FR00123456789 }
products:
  - id: bol
    name: Bol
    price: 60
    vat_rate: 20%
    mix: 100%
    strategy: in_house
    bill_of_materials: [{ material: argile, quantity: 2 }]
    labour_minutes: 30
materials:
  - { id: argile, name: Argile, unit: kg, cost: 5 }
labour: { hourly_cost: 20, capacity_hours_per_month: 10 }
channels:
  - { id: site, name: Site, kind: own_site, share: 100% }
demand: { conversion_rate: 1%, items_per_order: 1 }
acquisition:
  - { id: seo, kind: seo, visitors: 6000 }
financing:
  - { kind: loan, name: Prêt bancaire, amount: 12000, rate: 6%, months: 24, deferral_months: 6, month: 1 }
owner_pay:
  - { from: 1, monthly: 1000 }
`;

describe('in-house, EURL, loan with deferral', () => {
  const f = computeForecast(project(IN_HOUSE_EURL));
  const m = (i: number) => f.months[i - 1]!;

  it('unit cost = materials + labour; social 45 % of owner pay', () => {
    expect(c(f.stock[0]!.unitCost)).toBe('20.00'); // 2 × 5 + 30 / 60 × 20
    expect(c(m(1).cogs)).toBe('1200.00'); // 60 × 20
    expect(c(m(1).socialContributions)).toBe('450.00');
    expect(c(m(1).resultBeforeTax)).toBe('350.00'); // 3000 − 1200 − 1000 − 450, no interest yet
  });

  it('loan: interest only during the deferral, then a constant installment', () => {
    expect(c(m(1).interest)).toBe('0.00'); // received in month 1, first installment in month 2
    expect(c(m(2).interest)).toBe('60.00'); // 12000 × 6 % / 12
    expect(c(m(7).cashFlows.loanRepayments)).toBe('60.00'); // 6th month of deferral
    // annuity over 18 months: 12000 × 0.005 / (1 − 1.005^−18) = 698.78
    expect(c(m(8).cashFlows.loanRepayments)).toBe('698.78');
    expect(c(m(9).interest)).toBe('56.81'); // (12000 − 638.78) × 0.005
    expect(c(m(24).cashFlows.loanRepayments)).toBe('698.78');
  });

  it('corporate tax on each year, paid the month after the year ends', () => {
    // 12 × 350 − interest 627.91: 6 × 60 (deferral) + 60 + 56.81 + 53.60 + 50.37 + 47.13, each month's interest in
    // cents as the bank debits it (11 361.22 × 0.5 % = 56.8061 → 56.81, …)
    expect(c(f.years[0]!.resultBeforeTax)).toBe('3572.09');
    expect(c(f.years[0]!.corporateTax)).toBe('535.81'); // 15 %
    expect(c(f.years[1]!.corporateTax)).toBe('584.00'); // 15 % × 3893.32
    expect(c(m(13).cashFlows.corporateTax)).toBe('535.81');
    expect(c(f.years[0]!.netResult)).toBe('3036.28');
  });

  it('cash with the loan', () => {
    // month 1: 3600 + 12000 − 60 × 22 − 450 − 1000
    expect(c(m(1).cashEnd)).toBe('12830.00');
    // then each month: 3600 − 1320 − VAT 480 − 1450 − installment
    expect(c(m(2).cashEnd)).toBe('13120.00');
    expect(c(m(7).cashEnd)).toBe('14570.00');
    expect(c(m(8).cashEnd)).toBe('14221.22');
    expect(c(m(13).cashEnd)).toBe('11941.51');
    // 8 104.93: the bank's installment is 698.78, not 698.7808…: 17 installments repay 1.4 cents less by month 24
    expect(c(m(24).cashEnd)).toBe('8104.93');
    // VAT of December due 480, and the year's corporate tax due 535.81
    expect(c(f.years[0]!.workingCapital)).toBe('-1015.81');
  });

  it('capacity warning names the months above capacity', () => {
    const w = f.warnings.find((x) => x.code === 'forecast.capacity_exceeded')!;
    expect(w.path).toEqual(['labour', 'capacity_hours_per_month']);
    expect(w.data).toMatchObject({ count: 24, first: '2027-01', peak_month: '2027-01' });
    expect(String(w.data.peak)).toBe('30'); // 60 units × 30 min
  });
});

describe('EI with its own social rate: no corporate tax', () => {
  const f = computeForecast(project(IN_HOUSE_EURL.replace('legal_form: eurl, social_rate: 45%', 'legal_form: ei, social_rate: 40%')));
  it('40 % of owner pay, result = net result', () => {
    expect(c(f.months[0]!.socialContributions)).toBe('400.00');
    expect(c(f.years[0]!.corporateTax)).toBe('0.00');
    expect(c(f.years[0]!.netResult)).toBe(c(f.years[0]!.resultBeforeTax));
  });
});

// ---------------------------------------------------------------------------
// VAT franchise and micro ceiling crossed.
// ---------------------------------------------------------------------------
const THRESHOLD = (visitors: number, start = '2027-01') => `
ecomplan: 1
project: { name: Seuils, start: ${start}, horizon_months: 12 }
company: { legal_form: micro_entreprise, activity: goods, vat_regime: franchise }
products:
  - { id: p, name: P, price: 100, vat_rate: 20%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 10 }
suppliers: { list: [{ id: s, name: S }] }
inventory: { safety_stock_days: 0, cover_days: 0 }
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand: { conversion_rate: 1%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: ${visitors} }]
`;

describe('VAT franchise thresholds (goods: 85 000 / 93 500 € in the 2026 row, used for 2027)', () => {
  it('upper threshold crossed in October: VAT due at once', () => {
    // 10 000 € a month: 90 000 after September, 100 000 after October
    const f = computeForecast(project(THRESHOLD(10000)));
    const w = f.warnings.filter((x) => x.code.startsWith('forecast.vat_franchise'));
    expect(w).toHaveLength(1);
    expect(w[0]!).toMatchObject({ code: 'forecast.vat_franchise_upper', path: ['company', 'vat_regime'], severity: 'warning' });
    expect(w[0]!.data).toMatchObject({ year: 2027, month: '2027-10' });
    expect(c(w[0]!.data.revenue as never)).toBe('100000.00');
  });

  it('base threshold crossed in December: VAT from 1 January next year', () => {
    // 7 500 € a month: 82 500 after November, 90 000 after December
    const f = computeForecast(project(THRESHOLD(7500)));
    const w = f.warnings.filter((x) => x.code.startsWith('forecast.vat_franchise'));
    expect(w.map((x) => [x.code, x.data.month, x.data.next])).toEqual([['forecast.vat_franchise_base', '2027-12', 2028]]);
  });

  it('micro ceiling prorated in the creation year', () => {
    // start in July: 203 100 × 6 / 12 = 101 550; 20 000 € a month crosses it in December (120 000), not November (100 000)
    const f = computeForecast(project(THRESHOLD(20000, '2027-07')));
    const w = f.warnings.find((x) => x.code === 'forecast.micro_ceiling')!;
    expect(w.data).toMatchObject({ year: 2027, month: '2027-12' });
    expect(c(w.data.ceiling as never)).toBe('101550.00');
    expect(f.warnings.find((x) => x.code === 'forecast.vat_franchise_upper')!.data.month).toBe('2027-11');
  });

  it('upper threshold crossed in October: the forecast switches to the normal regime that month (art. 293 B CGI)', () => {
    const f = computeForecast(project(THRESHOLD(10000)));
    expect(f.vatSwitch).toEqual({ from: 10, reason: 'upper' });
    const [sep, oct, nov] = [f.months[8]!, f.months[9]!, f.months[10]!];
    expect([c(sep.revenueHt), c(sep.vatCollected), c(sep.cogs)]).toEqual(['10000.00', '0.00', '1200.00']); // franchise: 100 × 12 (VAT not recoverable)
    // prices TTC unchanged: 100 orders × 100 / 1.2 = 8 333.33 HT, 1 666.67 VAT; purchases 100 × 10 HT, 200 VAT deductible
    expect([c(oct.revenueHt), c(oct.vatCollected), c(oct.cogs), c(oct.vatDeductible)]).toEqual(['8333.33', '1666.67', '1000.00', '200.00']);
    expect(c(oct.cashFlows.vat)).toBe('0.00');
    expect(c(nov.cashFlows.vat)).toBe('1466.67'); // October's VAT, paid in November
    expect(f.vatRegime).toBe('franchise'); // the declared regime
  });

  it('base threshold crossed in December: normal regime from January next year', () => {
    const f = computeForecast(project(THRESHOLD(7500).replace('horizon_months: 12', 'horizon_months: 13')));
    expect(f.vatSwitch).toEqual({ from: 13, reason: 'base' });
    expect(c(f.months[11]!.revenueHt)).toBe('7500.00');
    expect(c(f.months[12]!.revenueHt)).toBe('6250.00'); // 7 500 / 1.2
    expect(f.warnings.filter((x) => x.code.startsWith('forecast.vat_franchise')).map((x) => x.data.month)).toEqual(['2027-12']);
  });

  it('below the thresholds: no warning', () => {
    const f = computeForecast(project(THRESHOLD(5000)));
    expect(f.warnings.filter((x) => x.code.startsWith('forecast.vat') || x.code === 'forecast.micro_ceiling')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Seasonality, growth, a paid source, repeat orders, marketing, stock cover.
// ---------------------------------------------------------------------------
const SEASONAL = `
ecomplan: 1
project: { name: Saisons, start: 2027-11, horizon_months: 12 }
company: { legal_form: micro_entreprise, activity: goods, vat_regime: franchise }
products:
  - { id: the, name: Thé, price: 25, vat_rate: 5.5%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 5 }
suppliers: { list: [{ id: s, name: S }] }
inventory: { safety_stock_days: 0, cover_days: 30 }
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand:
  conversion_rate: 1%
  items_per_order: 2
  seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3]
acquisition:
  - { id: insta, kind: organic_social, visitors: 1000, monthly_growth: 10%, growth_until_month: 2, monthly_cost: 50 }
  - { id: ads, kind: paid_ads, monthly_budget: 100, cost_per_click: 0.50, from: 2 }
experience:
  loyalty: { repeat_rate_yearly: 24% }
brand:
  communication:
    actions:
      - { name: Salon, month: 3, budget: 300 }
`;

describe('seasonality and repeat orders', () => {
  const f = computeForecast(project(SEASONAL));
  const m = (i: number) => f.months[i - 1]!;

  it('visitors: growth until month 2, paid source from month 2, November × 2, December × 3', () => {
    expect(c(m(1).visitors)).toBe('2000.00'); // 1000 × 2
    expect(c(m(2).visitors)).toBe('3900.00'); // (1000 × 1.1 + 100 / 0.50) × 3
    expect(c(m(3).visitors)).toBe('1300.00'); // growth stopped: 1100 + 200
  });

  it('repeat orders: 24 % a year of past customers, 2 % a month', () => {
    expect(c(m(1).repeatOrders)).toBe('0.00');
    expect(c(m(2).repeatOrders)).toBe('0.40'); // 20 customers × 2 %
    expect(c(m(3).orders)).toBe('14.18'); // 13 new + 59 × 2 %
    expect(c(m(4).orders)).toBe('14.44'); // 13 + 72 × 2 %
    expect(c(m(3).revenueHt)).toBe('709.00'); // 14.18 × 2 items × 25
    expect(c(f.years[0]!.revenueHt)).toBe('10645.00');
  });

  it('marketing: source costs, paid budgets from their month, actions in their month', () => {
    expect([m(1), m(2), m(3), m(4)].map((x) => c(x.marketing))).toEqual(['50.00', '150.00', '450.00', '150.00']);
  });

  it('stock keeps next month’s sales (cover 30 days), purchases rounded up', () => {
    const s = f.stock[0]!.months;
    // month 1: 40 sold + 78.8 target → 119; month 2: 78.8 + 28.36 − 79 = 28.16 → 29; month 3: 28.36 + 28.88 − 29.2 = 28.04 → 29
    expect(s.slice(0, 3).map((x) => [c(x.purchaseUnits), c(x.stockUnits)])).toEqual([
      ['119.00', '79.00'],
      ['29.00', '29.20'],
      ['29.00', '29.84'],
    ]);
    expect(c(m(1).stockPurchases)).toBe('627.73'); // 119 × 5 × 1.055 = 627.725 (franchise: the 5.5 % VAT on the goods is a cost)
  });

  it('financing plan: the year-1 working capital holds the stock, the initial stock is not added again', () => {
    // working capital = stock of the last month 317.555 (no VAT, no supplier credit) − its contributions, paid the
    // next month: 12.415 % × 826 = 102.5479 → 215.0071; month-1 purchases 627.73
    const needs = f.financingPlan.needs.map((n) => [n.id, c(n.amount)]);
    expect(needs[0]).toEqual(['plan.working_capital', '215.01']);
    expect(c(f.financingPlan.initialStock)).toBe('215.01'); // « dont stock de départ »: min(627.73, 215.01)
    // the stock is not added again (issue 9); no financing: the need is uncovered, a resource line (issue 19)
    expect(needs).toHaveLength(1);
    expect(f.financingPlan.resources.map((n) => [n.id, c(n.amount)])).toEqual([['plan.uncovered_need', '215.01']]);
    expect(c(f.financingTotals.balance)).toBe('-215.01');
  });

  it('every year total is the sum of its unrounded months', () => {
    expect(f.years[0]!.revenueHt.eq(sum(f.months.map((x) => x.revenueHt)))).toBe(true);
  });
});

describe('a section the forecast needs is missing', () => {
  it('reports one error per missing section and still computes', () => {
    const f = computeForecast(
      project(
        'ecomplan: 1\nproject: { name: Vide, start: 2027-01, horizon_months: 12 }\nproducts:\n  - { id: p, name: P, price: 10, vat_rate: 20%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 2 }\nsuppliers: { list: [{ id: s, name: S }] }\n',
      ),
    );
    expect(f.warnings.filter((w) => w.severity === 'error').map((w) => w.path)).toEqual([['company'], ['channels'], ['demand'], ['acquisition']]);
    expect(f.months).toHaveLength(12);
    expect(c(f.years[0]!.revenueHt)).toBe('0.00');
  });
});

describe('scenarios', () => {
  it('pessimistic scales traffic, conversion and costs', () => {
    const p = project(
      `${RESALE_SASU}\n`.replace(
        'demand: { conversion_rate: 2%, items_per_order: 1 }',
        'demand:\n  conversion_rate: 2%\n  items_per_order: 1\n  scenarios:\n    pessimistic: { traffic: -50%, conversion: -50%, costs: +10% }',
      ),
    );
    const f = computeForecast(p, { scenario: 'pessimistic' });
    expect(c(f.months[0]!.orders)).toBe('10.00'); // 2000 × 0.5 × 2 % × 0.5
    expect(c(f.months[0]!.cogs)).toBe('462.00'); // 10 × 42 × 1.1
    expect(c(f.months[0]!.fixedCosts)).toBe('165.00'); // 150 × 1.1
    expect(computeForecast(p, { scenario: 'optimistic' }).warnings.map((w) => w.code)).toContain('forecast.scenario_undefined');
  });

  it('a decline of −100 % (the lowest a file may say) brings traffic to zero, never below', () => {
    const p = project(
      SEASONAL.replace('monthly_growth: 10%', 'monthly_growth: "-100%"').replace(
        'seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3]',
        'seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3]\n  scenarios: { pessimistic: { traffic: "-100%" } }',
      ),
    );
    expect(c(computeForecast(p).months[1]!.visitors)).toBe('600.00'); // organic 1000 × (1 − 1) = 0, paid 200, × 3
    expect(computeForecast(p, { scenario: 'pessimistic' }).months.every((m) => m.visitors.isZero())).toBe(true);
  });
});

describe('a balance that is zero to the cent is not negative', () => {
  // 200 € a year is 16.666…67 € a month at 40 digits (rounded up): twelve of them are
  // 200.000…004, so cash after 12 months is 200 − 200.000…004 = −4·10⁻³⁸, a balance every
  // table prints as 0,00 €. Rounding noise must not raise « cash negative ».
  const ZERO_CASH = `
ecomplan: 1
project: { name: Zéro, start: 2027-01, horizon_months: 12 }
company: { legal_form: ei, activity: goods, vat_regime: franchise, social_rate: 0% }
products:
  - { id: p, name: P, price: 10, vat_rate: 20%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 0 }
suppliers: { list: [{ id: s, name: S }] }
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand: { conversion_rate: 0%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 0 }]
fixed_costs: [{ name: Hébergement, yearly: 200, vat_rate: 0% }]
financing: [{ kind: equity, name: Apport, amount: 200 }]
`;
  it('no cash_negative warning when the lowest balance rounds to 0.00', () => {
    const f = computeForecast(project(ZERO_CASH));
    expect(c(f.cash.lowest)).toBe('0.00');
    expect(f.warnings.map((w) => w.code)).not.toContain('forecast.cash_negative');
  });
  it('a balance of −0.01 € is still negative', () => {
    const f = computeForecast(project(ZERO_CASH.replace('amount: 200 }', 'amount: 199.99 }')));
    expect(f.warnings.find((w) => w.code === 'forecast.cash_negative')?.data).toMatchObject({ month: '2027-12' });
  });
});

describe('a refunded order refunds its delivery charge too (L221-24)', () => {
  // `returns.rate` is the share of orders refunded (project-file.md); the Code de la
  // consommation makes the seller refund « la totalité des sommes versées, y compris les
  // frais de livraison »: the refund takes back the shipping charged with the products.
  const REFUND = `
ecomplan: 1
project: { name: Remboursement, start: 2027-01, horizon_months: 12 }
company: { legal_form: ei, activity: goods, vat_regime: franchise, social_rate: 0% }
products:
  - { id: p, name: P, price: 50, vat_rate: 20%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 20 }
suppliers: { list: [{ id: s, name: S }] }
shipping:
  carriers: [{ name: Colissimo, cost: 5, delay_days: 2 }]
  charged_to_customer: 5
returns: { rate: 10%, return_shipping_paid_by: customer }
channels: [{ id: site, name: Site, kind: own_site, share: 100%, commission_rate: 10% }]
demand: { conversion_rate: 10%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 100 }]
`;
  const f = computeForecast(project(REFUND));
  const m1 = f.months[0]!;
  it('revenue: products and shipping, 10 % refunded', () => {
    // 100 × 10 % = 10 orders; (10 × 50 + 10 × 5) × 90 % = 495 (franchise: HT = TTC)
    expect([c(m1.revenueTtc), c(m1.revenueHt)]).toEqual(['495.00', '495.00']);
    // 10 % × 495 = 49.50; margin 495 − cogs 10 × 24 − fees 49.50 − carriers 10 × 6 = 145.50
    expect(c(m1.channelFees)).toBe('49.50');
    expect(c(m1.contributionMargin)).toBe('145.50');
  });
  it('unit economics: the refund of the delivery charge is part of the returns per item', () => {
    const row = f.unitEconomics[0]!;
    // fees 10 % × (50 + 5) × 90 % = 4.95; shipping 6 − 5 = 1; returns 10 % × 50 + 10 % × 5 = 5.50
    expect([c(row.channelFeesPerUnit), c(row.shippingPerUnit), c(row.returnsPerUnit)]).toEqual(['4.95', '1.00', '5.50']);
    expect(c(row.contributionPerUnit)).toBe('14.55'); // 50 − 24 − 4.95 − 1 − 5.50; × 10 = 145.50 = margin
  });
});

describe('point mort: a margin exactly equal to the fixed charges covers them (≥, not >)', () => {
  // 600 visitors × 2 % = 12 orders of 10 € TTC = 10 / 1.2 = 8.333… € HT, cost 0: the margin is
  // 100 € a month, exactly the 100 € of fixed costs (12 × 8.333…33 rounds back to 100 at 40 digits).
  const EXACT = `
ecomplan: 1
project: { name: Pile, start: 2027-01, horizon_months: 12 }
company: { legal_form: ei, activity: goods, vat_regime: normal, vat_number: FR00123456789, social_rate: 0% }
products:
  - { id: p, name: P, price: 10, vat_rate: 20%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 0 }
suppliers: { list: [{ id: s, name: S }] }
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand: { conversion_rate: 2%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 600 }]
fixed_costs: [{ name: Loyer, monthly: 100, vat_rate: 0% }]
financing: [{ kind: equity, name: Apport, amount: 1000 }]
`;
  it('reached in month 1', () => {
    const f = computeForecast(project(EXACT));
    expect([c(f.months[0]!.contributionMargin), c(f.months[0]!.resultBeforeTax)]).toEqual(['100.00', '0.00']);
    expect(f.breakEvenMonth).toBe('2027-01');
  });
  it('one cent short each month: never reached', () => {
    const f = computeForecast(project(EXACT.replace('monthly: 100,', 'monthly: 100.01,')));
    expect(f.breakEvenMonth).toBeNull();
  });
});

describe('shipping charged takes the VAT rate of the goods it delivers (art. 267 I 2° CGI)', () => {
  // Delivery charged to the customer is part of the taxable base of the sale: its VAT follows
  // the goods, spread over the rates by the goods' value excluding VAT (BOI-TVA-BASE-10-10-10).
  // Basket: half a 105.50 € tea at 5.5 % (100 € HT) and half a 120 € teapot at 20 % (100 € HT):
  // the shipping's rate is 50 % × 5.5 % + 50 % × 20 % = 12.75 %, so 11.275 € TTC is 10 € HT.
  const MIXED = `
ecomplan: 1
project: { name: Thé, start: 2027-01, horizon_months: 12 }
company: { legal_form: ei, activity: goods, vat_regime: normal, vat_number: FR00123456789, social_rate: 0% }
products:
  - { id: the, name: Thé, price: 105.50, vat_rate: 5.5%, mix: 50%, strategy: resale, supplier: s, purchase_cost: 0 }
  - { id: theiere, name: Théière, price: 120, vat_rate: 20%, mix: 50%, strategy: resale, supplier: s, purchase_cost: 0 }
suppliers: { list: [{ id: s, name: S }] }
shipping:
  carriers: [{ name: Colissimo, cost: 0, delay_days: 2 }]
  charged_to_customer: 11.275
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand: { conversion_rate: 10%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 100 }]
`;
  it('revenue HT and VAT collected of a month', () => {
    const m1 = computeForecast(project(MIXED)).months[0]!;
    // 10 orders: 5 teas, 5 teapots. TTC 5 × 105.50 + 5 × 120 + 10 × 11.275 = 1240.25
    expect(c(m1.revenueTtc)).toBe('1240.25');
    // HT 5 × 100 + 5 × 100 + 10 × 10 = 1100; VAT 27.50 + 100 + 12.75 = 140.25
    expect(c(m1.revenueHt)).toBe('1100.00');
    expect(c(m1.vatCollected)).toBe('140.25');
  });
  it('a single reduced-rate product: shipping at 5.5 %', () => {
    const one = MIXED.replace(
      'mix: 50%, strategy: resale, supplier: s, purchase_cost: 0 }\n  - { id: theiere, name: Théière, price: 120, vat_rate: 20%, mix: 50%',
      'mix: 100%, strategy: resale, supplier: s, purchase_cost: 0 }\n  - { id: theiere, name: Théière, price: 120, vat_rate: 20%, mix: 0%',
    );
    const m1 = computeForecast(project(one.replace('charged_to_customer: 11.275', 'charged_to_customer: 5.275'))).months[0]!;
    // 10 teas: HT 10 × 100 + 10 × 5.275 / 1.055 = 1000 + 50 = 1050
    expect(c(m1.revenueHt)).toBe('1050.00');
  });
});
