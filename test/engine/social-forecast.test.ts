/**
 * The owner's contributions inside the forecast, one project per legal form
 * (issue 9): minimum contributions, ACRE, first-year provisional billing and its
 * regularisation month. The 2026 barème figures are computed by hand in the
 * comments; the same yearly amounts are checked against URSSAF's model in
 * social-urssaf.test.ts (within 1 € here).
 *
 * The shop: every month, contribution margin 1 938.24 € − fixed costs 150 € =
 * 1 788.24 € before the owner's pay and contributions (see forecast.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../src/engine/index.js';
import { c, project } from './helpers.js';

const SHOP = (company: string, pay = '', horizon = 24) => `
ecomplan: 1
project: { name: Social, start: 2026-01, horizon_months: ${horizon} }
company: { ${company}, activity: goods, vat_regime: normal, vat_number: FR00123456789 }
products:
  - { id: lampe, name: Lampe, price: 120, vat_rate: 20%, mix: 100%, strategy: resale, supplier: grossiste, purchase_cost: 40, packaging_cost: 2 }
suppliers: { list: [{ id: grossiste, name: Grossiste, lead_time_days: 9 }] }
shipping: { carriers: [{ name: Colissimo, cost: 6, delay_days: 2 }], charged_to_customer: 6 }
returns: { rate: 5%, return_shipping_paid_by: merchant, return_shipping_cost: 8 }
channels: [{ id: site, name: Site, kind: own_site, share: 100%, payment_fee_rate: 2%, payment_fee_fixed: 0.50 }]
demand: { conversion_rate: 2%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 2000 }]
fixed_costs: [{ name: Assurance, monthly: 50, vat_rate: 0% }, { name: Comptable, monthly: 100 }]
financing: [{ kind: equity, name: Apport, amount: 20000 }]
${pay}
`;
const PAY_1000 = 'owner_pay: [{ from: 1, monthly: 1000 }]';
const month = (f: ReturnType<typeof computeForecast>, i: number) => f.months[i - 1]!;

describe('EURL with no owner pay: minimum contributions, provisional billing, regularisation', () => {
  const f = computeForecast(project(SHOP('legal_form: eurl')));

  it('the P&L carries the minimum contributions (1 363.51 €/year)', () => {
    // PASS 48 060. Minimum bases: IJ 0.5 % × 40 % PASS 19 224 = 96.12; retraite de base 17.75 % × 450 h × 12.02 = 960.0975;
    // invalidité-décès 1.3 % × 11.5 % PASS 5 526.90 = 71.8497; maladie 0 % (base under 40 % PASS); RCI 7 % × base.
    // Base A = CSG-CRDS non déductible = 2.9 % × (A + 1 128.0672 + 7 % A) → A = 33.7616;
    // CSG-CRDS 9.7 % × (33.7616 + 1 130.4305) = 112.9266; CFP 0.25 % PASS = 120.15; total 1 363.507
    expect(c(f.years[0]!.totals.socialContributions)).toBe('1363.51');
    expect(c(month(f, 1).socialContributions)).toBe('113.63'); // 1 363.507 / 12
    expect(c(month(f, 1).resultBeforeTax)).toBe('1674.61'); // 1 788.24 − 113.63
  });

  it('the cash plan pays the provisional contributions of the creation year, regularised in November N+1', () => {
    // Flat base 19 % PASS = 9 131.40: IJ 96.12 + retraite 1 620.8235 + RCI 639.198 + ID 118.7082 + CSG-CRDS 885.7458 + CFP 120.15 = 3 480.7455
    expect(c(month(f, 1).cashFlows.socialAndTax)).toBe('290.06'); // / 12
    expect(c(month(f, 22).cashFlows.socialAndTax)).toBe('290.06'); // 2027 is provisional on the flat base too
    // November 2027 (month 23): 2026 regularised, 1 363.507 − 3 480.7455 = −2 117.2385 refunded, + the month's 290.0621
    expect(c(month(f, 23).cashFlows.socialAndTax)).toBe('-1827.18');
    expect(f.months.filter((m) => !m.cashFlows.socialAndTax.minus(month(f, 1).cashFlows.socialAndTax).isZero()).map((m) => m.month)).toEqual(['2027-11']);
  });

  it('2027 uses the 2026 barème and says so', () => {
    const w = f.warnings.find((x) => x.code === 'forecast.social_rules_year')!;
    expect(w).toMatchObject({ path: ['company', 'legal_form'], severity: 'warning', data: { year: 2027, used: 2026 } });
  });
});

describe('EURL at 1 000 €/month with ACRE (created in 2026: 25 % exemption)', () => {
  const f = computeForecast(project(SHOP('legal_form: eurl, acre: true', PAY_1000)));

  it('ACRE during the 12 months from the start, then the full barème', () => {
    expect(c(f.years[0]!.totals.socialContributions)).toBe('4310.83'); // URSSAF: 4 312
    expect(c(f.years[1]!.totals.socialContributions)).toBe('4994.20'); // URSSAF: 4 993
    expect(c(month(f, 12).socialContributions)).toBe('359.24');
    expect(c(month(f, 13).socialContributions)).toBe('416.18');
    expect(c(month(f, 1).resultBeforeTax)).toBe('429.00'); // 1 788.24 − 1 000 − 359.24
  });

  it('provisional instalments bear the ACRE too; regularisation in November 2027', () => {
    expect(c(month(f, 1).cashFlows.socialAndTax)).toBe('251.82');
    expect(c(month(f, 13).cashFlows.socialAndTax)).toBe('290.06');
    expect(c(month(f, 23).cashFlows.socialAndTax)).toBe('1579.06');
  });
});

describe('SARL with a majority manager is a TNS like an EURL', () => {
  it('same contributions as the EURL', () => {
    const sarl = computeForecast(project(SHOP('legal_form: sarl, manager: majority', PAY_1000)));
    expect(c(sarl.years[0]!.totals.socialContributions)).toBe('4994.20');
    expect(c(sarl.years[0]!.corporateTax)).toBe(c(computeForecast(project(SHOP('legal_form: eurl', PAY_1000))).years[0]!.corporateTax));
  });
});

describe('EI at the income tax: contributions on the profit, drawings are not a charge', () => {
  const f = computeForecast(project(SHOP('legal_form: ei', PAY_1000)));

  it('contributions on a profit of 21 458.88 €', () => {
    // profit before contributions 12 × 1 788.24 = 21 458.88; base = profit − deductible contributions (solved)
    expect(c(f.years[0]!.totals.socialContributions)).toBe('6263.64');
    expect(c(f.years[0]!.resultBeforeTax)).toBe('15195.24'); // 21 458.88 − 6 263.64, the 12 000 € drawn are not deducted
    expect(c(f.years[0]!.corporateTax)).toBe('0.00');
    expect(c(f.years[0]!.netResult)).toBe('15195.24');
  });

  it('drawings still leave the cash; the first year is billed on the flat base', () => {
    expect(c(month(f, 1).cashFlows.ownerPay)).toBe('1000.00');
    expect(c(month(f, 1).cashFlows.socialAndTax)).toBe('290.06');
    expect(c(month(f, 23).cashFlows.socialAndTax)).toBe('3072.95'); // 6 263.64 − 3 480.75 + 290.06
    expect(f.ownerStatus).toBe('tns_ir');
  });
});

describe('EI opting for the corporate tax is treated like an EURL', () => {
  const f = computeForecast(project(SHOP('legal_form: ei, corporate_tax: true', PAY_1000)));
  it('contributions on net pay, corporate tax due', () => {
    expect(c(f.years[0]!.totals.socialContributions)).toBe('4994.20');
    expect(c(f.years[0]!.corporateTax)).toBe('669.70'); // 15 % × (12 × (1 788.24 − 1 000 − 416.18))
    expect(f.corporateTaxApplies).toBe(true);
  });
});

describe('SASU (assimilé salarié) at 1 000 €/month net', () => {
  it('without ACRE: gross 1 265.59, employer 40.13 % + employee 20.99 % = 773.48 €/month', () => {
    // employee share ≤ PASS: 6.9 + 0.4 + 3.15 + 0.86 = 11.31 % + CSG-CRDS 9.7 % × (98.25 % + 1.5 % prévoyance) = 20.98575 %
    // gross = 1 000 / (1 − 20.98575 %) = 1 265.5864; employer: 13 + 8.55 + 2.11 + 5.25 + 2.08 + 4.72 + 1.29 + 1.5 + 0.1 + 0.3 + 0.55 + 0.68 = 40.13 %
    const f = computeForecast(project(SHOP('legal_form: sasu', PAY_1000)));
    expect(c(month(f, 1).socialContributions)).toBe('773.48'); // 265.5864 + 507.8848
    expect(c(month(f, 1).cashFlows.socialAndTax)).toBe('773.48'); // paid in the month
  });

  it('with ACRE (created in 2026): 539.75 €/month during 12 months, then 773.48', () => {
    const f = computeForecast(project(SHOP('legal_form: sasu, acre: true', PAY_1000)));
    expect(c(month(f, 12).socialContributions)).toBe('539.75'); // URSSAF: 539.75
    expect(c(month(f, 13).socialContributions)).toBe('773.48');
  });

  it('a SARL whose manager is minority or equal is assimilé salarié too', () => {
    for (const manager of ['minority', 'equal']) {
      const f = computeForecast(project(SHOP(`legal_form: sarl, manager: ${manager}`, PAY_1000)));
      expect(c(month(f, 1).socialContributions)).toBe('773.48');
      expect(f.ownerStatus).toBe('employee');
    }
  });

  it('no pay, no contributions', () => {
    const f = computeForecast(project(SHOP('legal_form: sas')));
    expect(c(f.years[0]!.totals.socialContributions)).toBe('0.00');
  });
});
