/**
 * Identities that hold for every month of every valid project (fast-check).
 * Decimals carry 40 digits; `near` allows for the last digits of divisions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastSummary, forecastWith } from '../../src/engine/forecast.js';
import { computeForecast } from '../../src/engine/index.js';
import { LEVER_NAMES, moveLever, neutralLevers } from '../../src/engine/levers.js';
import type { CashFlows, Forecast, MonthResult } from '../../src/engine/types.js';
import { Decimal, ZERO, sum } from '../../src/model/decimal.js';
import { rawProject, scaleMoney, toProject, withoutTraffic } from './arbitrary.js';

const EPSILON = new Decimal('1e-18');
function near(a: Decimal, b: Decimal): boolean {
  return a
    .minus(b)
    .abs()
    .lte(EPSILON.times(Decimal.max(1, a.abs(), b.abs())));
}
function expectNear(a: Decimal, b: Decimal, what: string): void {
  if (!near(a, b)) expect.fail(`${what}: ${a.toString()} ≠ ${b.toString()}`);
}

const RUNS = { numRuns: 60 };

const MONEY_FIELDS = [
  'revenueTtc',
  'revenueHt',
  'vatCollected',
  'vatDeductible',
  'cogs',
  'channelFees',
  'shippingCosts',
  'returnsCost',
  'contributionMargin',
  'marketing',
  'fixedCosts',
  'setupCosts',
  'depreciation',
  'interest',
  'ownerPay',
  'socialContributions',
  'incomeTax',
  'resultBeforeTax',
  'stockPurchases',
  'stockValue',
  'cashIn',
  'cashOut',
  'cashEnd',
] as const satisfies ReadonlyArray<keyof MonthResult>;
const FLOW_FIELDS = [
  'sales',
  'financing',
  'purchases',
  'expenses',
  'investments',
  'vat',
  'loanRepayments',
  'socialAndTax',
  'ownerPay',
  'corporateTax',
  'ecoContributions',
  'eInvoicing',
] as const satisfies ReadonlyArray<keyof CashFlows>;

const charges = (f: Forecast, m: MonthResult) => {
  const base = [m.cogs, m.channelFees, m.shippingCosts, m.returnsCost, m.repFees, m.marketing, m.fixedCosts, m.repFlatFees, m.eInvoicing, m.setupCosts, m.depreciation, m.interest];
  // An EI at the income tax: its drawings are not a charge, its contributions are.
  if (f.ownerStatus === 'tns_ir') return [...base, m.socialContributions];
  return f.legalForm === 'micro_entreprise' ? base : [...base, m.ownerPay, m.socialContributions];
};

describe('forecast identities (property)', () => {
  it('result before tax = revenue HT − each charge line, every month', () => {
    fc.assert(
      fc.property(rawProject, (raw) => {
        const f = computeForecast(toProject(raw));
        for (const m of f.months) expectNear(m.resultBeforeTax, m.revenueHt.minus(sum(charges(f, m))), `result ${m.month}`);
        for (const y of f.years) expectNear(y.resultBeforeTax, sum(f.months.filter((m) => m.month >= y.firstMonth && m.month <= y.lastMonth).map((m) => m.resultBeforeTax)), `year ${y.year}`);
      }),
      RUNS,
    );
  });

  it('cash_end(m) = cash_end(m−1) + cash_in − cash_out, and the flows add up', () => {
    fc.assert(
      fc.property(rawProject, (raw) => {
        const f = computeForecast(toProject(raw));
        let previous = ZERO;
        for (const m of f.months) {
          expectNear(m.cashEnd, previous.plus(m.cashIn).minus(m.cashOut), `cash ${m.month}`);
          expectNear(m.cashIn, m.cashFlows.sales.plus(m.cashFlows.financing), `cash in ${m.month}`);
          expectNear(m.cashOut, sum(FLOW_FIELDS.filter((k) => k !== 'sales' && k !== 'financing').map((k) => m.cashFlows[k])), `cash out ${m.month}`);
          previous = m.cashEnd;
        }
        expect(f.cash.lowest.eq(Decimal.min(...f.months.map((m) => m.cashEnd)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('channel sums equal totals; unit contributions add up to the contribution margin', () => {
    fc.assert(
      fc.property(rawProject, (raw) => {
        const p = toProject(raw);
        const f = computeForecast(p);
        const shares = new Map((p.channels ?? []).map((c) => [c.id, c.share]));
        for (const m of f.months) {
          expectNear(sum(Object.values(m.channelRevenueTtc)), m.revenueTtc, `channel revenue ${m.month}`);
          expectNear(sum(Object.values(m.channelFeesByChannel)), m.channelFees, `channel fees ${m.month}`);
          expectNear(sum(Object.values(m.channelOrders)), m.orders, `channel orders ${m.month}`);
          if (f.vatSwitch && m.index >= f.vatSwitch.from) continue; // unit economics are at the declared VAT regime
          const fromUnits = sum(f.unitEconomics.filter((r) => r.variant === 'main').map((r) => m.units[r.productId]!.times(shares.get(r.channelId)!).times(r.contributionPerUnit)));
          expectNear(fromUnits, m.contributionMargin, `unit contributions ${m.month}`);
        }
      }),
      RUNS,
    );
  });

  it('a project with no traffic has only fixed charges', () => {
    fc.assert(
      fc.property(rawProject, (raw) => {
        const f = computeForecast(toProject(withoutTraffic(raw)));
        for (const m of f.months) {
          for (const k of ['revenueTtc', 'revenueHt', 'cogs', 'channelFees', 'shippingCosts', 'returnsCost', 'contributionMargin', 'stockPurchases', 'stockValue'] as const)
            expect(m[k].isZero(), `${k} ${m.month}`).toBe(true);
          expectNear(m.resultBeforeTax, sum(charges(f, m)).negated(), `result ${m.month}`);
        }
      }),
      RUNS,
    );
  });

  it('multiplying every price and cost by k multiplies every money line by k (no tax bracket crossed)', () => {
    fc.assert(
      fc.property(rawProject, fc.constantFrom(new Decimal(2), new Decimal(3), new Decimal('0.5')), (drawn, k) => {
        // Owner contributions are not proportional (minimum contributions, PASS bands): a flat social_rate keeps them so.
        const company = drawn.company as { legal_form: string; social_rate?: unknown };
        // A loan's échéancier is in cents, as the bank debits it (issue 19): not proportional to the cent, so no loan here.
        const financing = (drawn.financing as Array<{ kind: string }>).filter((x) => x.kind !== 'loan');
        const raw = { ...drawn, financing, ...(company.legal_form === 'micro_entreprise' || company.social_rate !== undefined ? {} : { company: { ...company, social_rate: new Decimal('0.45') } }) };
        const base = computeForecast(toProject(raw));
        const ceiling = new Decimal(42500).div(Decimal.max(1, k));
        fc.pre(base.years.every((y) => y.resultBeforeTax.lt(ceiling)));
        const scaled = computeForecast(toProject(scaleMoney(raw, k) as Record<string, unknown>));
        fc.pre(!base.vatSwitch && !scaled.vatSwitch); // a VAT franchise threshold is a bracket too
        base.months.forEach((m, i) => {
          const s = scaled.months[i]!;
          for (const key of MONEY_FIELDS) expectNear(m[key].times(k), s[key], `${key} ${m.month}`);
          for (const key of FLOW_FIELDS) expectNear(m.cashFlows[key].times(k), s.cashFlows[key], `${key} ${m.month}`);
          expect(s.orders.eq(m.orders)).toBe(true);
        });
        base.years.forEach((y, i) => {
          const s = scaled.years[i]!;
          for (const key of ['corporateTax', 'netResult', 'workingCapital', 'fixedCharges'] as const) expectNear(y[key].times(k), s[key], `${key} year ${y.year}`);
        });
      }),
      RUNS,
    );
  });

  it('cost of goods (items ordered × the mix-weighted unit cost) equals Σ units × unit cost of each product', () => {
    // Revenue is covered by the unit contributions above, summed product by product.
    fc.assert(
      fc.property(rawProject, (raw) => {
        const f = computeForecast(toProject(raw));
        for (const m of f.months) {
          if (f.vatSwitch && m.index >= f.vatSwitch.from) continue; // the stock plan is at the declared VAT regime
          expectNear(sum(f.stock.map((s) => m.units[s.productId]!.times(s.unitCost))), m.cogs, `cogs ${m.month}`);
        }
      }),
      RUNS,
    );
  });

  it('sensitivity reads the same year-1 result and lowest cash as the whole forecast, to the last digit', () => {
    fc.assert(
      fc.property(rawProject, fc.constantFrom(...LEVER_NAMES), fc.constantFrom(new Decimal('0.9'), new Decimal('1.1')), (raw, lever, k) => {
        const p = toProject(raw);
        const levers = moveLever(neutralLevers(), lever, k);
        const whole = forecastWith(p, 'base', levers);
        const summary = forecastSummary(p, levers);
        expect(summary.resultYearOne.eq(whole.years[0]!.resultBeforeTax)).toBe(true);
        expect(summary.lowestCash.eq(whole.cash.lowest)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(rawProject, (raw) => {
        const p = toProject(raw);
        const a = computeForecast(p);
        const b = computeForecast(p);
        expect(a.months.map((m) => m.cashEnd.toString())).toEqual(b.months.map((m) => m.cashEnd.toString()));
      }),
      { numRuns: 20 },
    );
  });
});
