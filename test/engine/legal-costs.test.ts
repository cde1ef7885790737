/**
 * The costs of the legal obligations (issue 20): REP eco-contributions per unit (a variable charge,
 * inside the contribution margin) and flat (a fixed charge, a twelfth a month), and the approved
 * e-invoicing platform (a fixed charge from the month receiving e-invoices is mandatory). Hand-computed.
 */
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../src/engine/index.js';
import { eInvoicingFromMonth } from '../../src/engine/prepare/legal-costs.js';
import { c, project } from './helpers.js';

const BASE = `
ecomplan: 1
project: { name: REP, start: 2027-01, horizon_months: 12 }
company:
  legal_form: sasu
  vat_regime: normal
  vat_number: FR00123456789
  social_rate: 0%
  e_invoicing: { platform: Plateforme agréée, monthly_cost: 15 }
products:
  - { id: a, name: A, price: 60, vat_rate: 20%, mix: 50%, strategy: resale, supplier: s, purchase_cost: 20 }
  - { id: b, name: B, price: 30, vat_rate: 20%, mix: 50%, strategy: resale, supplier: s, purchase_cost: 10 }
suppliers: { list: [{ id: s, name: S }] }
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand: { conversion_rate: 10%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 200 }]
legal:
  rep:
    - { sector: packaging, eco_organism: Citeo, idu: FR000001_01AAAA, fee: { yearly: 120 } }
    - { sector: textiles, eco_organism: Refashion, idu: FR000001_11BBBB, fee: { per_unit: { a: 0.10, b: 0.05 } } }
`;

describe('eco-contributions and the e-invoicing platform in the forecast', () => {
  const f = computeForecast(project(BASE));
  const m1 = f.months[0]!;

  it('per unit: a variable charge inside the contribution margin', () => {
    // 200 × 10 % = 20 orders = 20 items: 10 of A at 0.10 + 10 of B at 0.05 = 1.50 HT (normal regime)
    expect(c(m1.repFees)).toBe('1.50');
    // revenue HT 10 × 50 + 10 × 25 = 750; cogs 10 × 20 + 10 × 10 = 300; margin 750 − 300 − 1.50
    expect(c(m1.contributionMargin)).toBe('448.50');
  });

  it('flat fee and platform: fixed charges below the margin', () => {
    expect(c(m1.repFlatFees)).toBe('10.00'); // 120 / 12
    expect(c(m1.eInvoicing)).toBe('15.00');
    // no other charge, owner pay 0: result = 448.50 − 10 − 15
    expect(c(m1.resultBeforeTax)).toBe('423.50');
    expect(c(f.years[0]!.totals.eInvoicing)).toBe('180.00');
    expect(c(f.years[0]!.totals.repFlatFees)).toBe('120.00');
  });

  it('cash: paid with their VAT, on their own lines; the VAT is deductible', () => {
    // (1.50 + 10) × 1.2 = 13.80; 15 × 1.2 = 18
    expect(c(m1.cashFlows.ecoContributions)).toBe('13.80');
    expect(c(m1.cashFlows.eInvoicing)).toBe('18.00');
    const without = computeForecast(project(BASE.replace(/\nlegal:[\s\S]*$/, '\n').replace('  e_invoicing: { platform: Plateforme agréée, monthly_cost: 15 }\n', '')));
    // 0.30 + 2 + 3 of VAT more in month 1
    expect(c(m1.vatDeductible.minus(without.months[0]!.vatDeductible))).toBe('5.30');
    expect(c(without.months[0]!.cashEnd.minus(m1.cashEnd))).toBe('31.80');
  });

  it('unit economics: the per-unit fee lowers the contribution of the unit', () => {
    const a = f.unitEconomics.find((r) => r.productId === 'a' && r.variant === 'main')!;
    expect(c(a.repFeePerUnit)).toBe('0.10');
    expect(c(a.contributionPerUnit)).toBe('29.90'); // 50 − 20 − 0.10
  });

  it('under the franchise, the VAT is part of the charge', () => {
    const franchise = computeForecast(project(BASE.replace('vat_regime: normal', 'vat_regime: franchise').replace('  vat_number: FR00123456789\n', '')));
    expect(c(franchise.months[0]!.repFees)).toBe('1.80');
    expect(c(franchise.months[0]!.eInvoicing)).toBe('18.00');
  });

  it('the platform is due from September 2026 only (receiving e-invoices, CGI 289 bis)', () => {
    expect(eInvoicingFromMonth({ start: '2026-01' })).toBe(9);
    expect(eInvoicingFromMonth({ start: '2027-01' })).toBe(1);
    const early = computeForecast(project(BASE.replace('start: 2027-01', 'start: 2026-01')));
    expect(early.months.slice(0, 8).every((m) => m.eInvoicing.isZero())).toBe(true);
    expect(c(early.months[8]!.eInvoicing)).toBe('15.00');
  });
});
