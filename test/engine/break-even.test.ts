/**
 * The point mort holds (issue 19): the first month from which the cumulative margin
 * covers the cumulative fixed charges until the end of the horizon. A margin that
 * catches up and falls behind again is no point mort; check, the dossier and the
 * objectives read the engine's one definition.
 */
import { DECIMAL } from '../../src/engine/arith.js';
import { describe, expect, it } from 'vitest';
import { breakEvenDaysOf, breakEvenMonthOf } from '../../src/engine/stages/break-even.js';
import type { MonthResult } from '../../src/engine/types.js';
import { evaluate } from '../../src/evaluate/index.js';
import { Decimal } from '../../src/model/decimal.js';
import { c, project } from './helpers.js';

/** Months with the given contribution margin and fixed charges (result = margin − fixed). */
const months = (rows: Array<[number, number]>): MonthResult[] =>
  rows.map(([margin, fixed], i) => ({ month: `2027-${String(i + 1).padStart(2, '0')}`, contributionMargin: new Decimal(margin), resultBeforeTax: new Decimal(margin - fixed) }) as MonthResult);

describe('breakEvenMonthOf', () => {
  it('is the first month from which the cumulative margin covers the fixed charges to the end', () => {
    // cumulative margin 100, 200, 300, 400 against fixed 150, 250, 300, 350: covered from March on
    expect(
      breakEvenMonthOf(
        DECIMAL,
        months([
          [100, 150],
          [100, 100],
          [100, 50],
          [100, 50],
        ]),
      ),
    ).toBe('2027-03');
  });

  it('is null when the margin covers the charges at first and falls behind later', () => {
    // covered in January (100 ≥ 0), no longer from March (300 < 400): the old rule said January
    expect(
      breakEvenMonthOf(
        DECIMAL,
        months([
          [100, 0],
          [100, 150],
          [100, 250],
          [100, 100],
        ]),
      ),
    ).toBeNull();
  });

  it('restarts after a month that falls behind: the point mort is the last crossing', () => {
    // covered in January, behind in February, covered again from March to the end
    expect(
      breakEvenMonthOf(
        DECIMAL,
        months([
          [100, 50],
          [100, 200],
          [200, 0],
          [100, 100],
        ]),
      ),
    ).toBe('2027-03');
  });

  it('needs a positive cumulative margin', () => {
    expect(
      breakEvenMonthOf(
        DECIMAL,
        months([
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toBeNull();
  });
});

describe('the point mort in days of a year', () => {
  it('seuil ÷ CA × 360, × months ÷ 12 for a shorter year; null above the revenue', () => {
    expect(c(breakEvenDaysOf(DECIMAL, new Decimal(25000), new Decimal(100000), 12))).toBe('90.00');
    expect(c(breakEvenDaysOf(DECIMAL, new Decimal(25000), new Decimal(50000), 6))).toBe('90.00'); // half of 180 days
    expect(breakEvenDaysOf(DECIMAL, new Decimal(100001), new Decimal(100000), 12)).toBeNull();
    expect(breakEvenDaysOf(DECIMAL, null, new Decimal(100000), 12)).toBeNull();
  });
});

// Sales from month 1, rent from month 2 larger than the margin: covered in month 1 only, then a loss every year.
const LOSING = `
ecomplan: 1
project:
  name: Perte
  start: 2027-03
  horizon_months: 36
  indicators: { min_markup_rate: 30% }
company: { legal_form: sasu, social_rate: 80%, activity: goods, vat_regime: normal, vat_number: FR00123456789 }
products:
  - { id: p, name: P, price: 60, vat_rate: 20%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 20 }
suppliers: { list: [{ id: s, name: S }] }
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand: { conversion_rate: 2%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 1000 }]
fixed_costs:
  - { name: Loyer, monthly: 1500, from: 2 }
financing:
  - { kind: equity, name: Apport, amount: 5000 }
`;

describe('a project that loses money every year', () => {
  const ev = evaluate({ project: project(LOSING) }, { check: true });
  const f = ev.base!.forecast;

  it('has no point mort, though month 1 alone is covered', () => {
    // month 1: 20 orders × (50 − 20) = 600 of margin, no charge; from month 2 the rent (1 500) is above the margin
    expect(f.years.every((y) => y.netResult.isNegative())).toBe(true);
    expect(c(f.months[0]!.resultBeforeTax)).toBe('600.00');
    expect(f.breakEvenMonth).toBeNull();
    expect(ev.base!.indicators.breakEven).toMatchObject({ month: null, index: null, days: null });
  });

  it('C1.5 does not pass: the point mort is not reached in the horizon', () => {
    const c15 = ev.check!.criteria.find((r) => r.id === 'C1.5')!;
    expect(c15.status).toBe('partial');
    expect(c15.messageId).toBe('gap.break_even_not_reached');
  });
});
