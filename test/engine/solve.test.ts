/**
 * The barèmes' root finder (src/engine/social/solve.ts) and the solves that use it: exact on
 * piecewise-linear functions in a few evaluations, within its tolerance on curved ones, and
 * every net pay solved back to itself (gross − employee share = net; base − CSG = net).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { acreSocialFor, socialRulesFor } from '../../src/model/rules-social.js';
import { employeeOfNet } from '../../src/engine/social/assimile.js';
import { solveIncreasing } from '../../src/engine/social/solve.js';
import { tnsFromNet, tnsFromProfit } from '../../src/engine/social/tns.js';

const d = (v: string | number) => new Decimal(v);
const rules = socialRulesFor(2026).rules;

/** A piecewise-linear increasing function with kinks at 1 000 and 4 000, and its evaluations. */
function kinked() {
  let calls = 0;
  const g = (x: Decimal) => {
    calls++;
    const a = Decimal.min(x, 1000);
    const b = Decimal.max(0, Decimal.min(x, 4000).minus(1000));
    const c = Decimal.max(0, x.minus(4000));
    return a.times('0.78').plus(b.times('0.71')).plus(c.times('0.9'));
  };
  return { g, calls: () => calls };
}

describe('solveIncreasing', () => {
  it('lands exactly on the root of a piecewise-linear function in a few evaluations', () => {
    const { g, calls } = kinked();
    // 780 + 0.71 × (x − 1000) = 2 000 → x = 1000 + 1220 / 0.71
    const x = solveIncreasing(g, d(2000), d(0), d(10000));
    expect(x.minus(d(1220).div('0.71').plus(1000)).abs().lt('1e-20')).toBe(true);
    expect(calls()).toBeLessThanOrEqual(12);
  });

  it('solves a curved function within its tolerance', () => {
    const x = solveIncreasing((v) => v.times(v), d(2), d(0), d(2));
    expect(x.minus(d(2).sqrt()).abs().lt('1e-13')).toBe(true);
  });

  it('returns the nearer end when the target is outside the bracket', () => {
    const { g } = kinked();
    expect(solveIncreasing(g, d(-5), d(0), d(10)).toString()).toBe('0');
    expect(solveIncreasing(g, d(1e9), d(0), d(10)).toString()).toBe('10');
  });

  it('solves every target of a piecewise-linear function back to itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900_000 }), (cents) => {
        const { g, calls } = kinked();
        const target = d(cents).div(100);
        const x = solveIncreasing(g, target, d(0), d(2_000_000));
        return g(x).minus(target).abs().lte('1e-14') && calls() <= 40;
      }),
      { numRuns: 200 },
    );
  });
});

describe('the social solves', () => {
  it('an assimilé salarié gross pay gives back the net pay, with and without ACRE (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000_000 }), fc.boolean(), (cents, acre) => {
        const net = d(cents).div(100);
        const m = employeeOfNet(net, rules, acre ? acreSocialFor('2026-01') : null);
        return m.gross.minus(m.employee).minus(net).abs().lte('1e-12');
      }),
      { numRuns: 150 },
    );
  });

  it('a TNS base at the IS is the net pay plus the CSG-CRDS non déductible on it', () => {
    const year = { prorata: d(1), acreRate: d(0), activeMonths: 12 };
    for (const net of ['0', '6000', '24000', '60000', '250000']) {
      const b = tnsFromNet(d(net), rules, year);
      expect(b.base.minus(b.csgNonDeductible).minus(net).abs().lte('1e-12')).toBe(true);
    }
  });

  it('a TNS base at the IR is the profit minus the deductible contributions', () => {
    const year = { prorata: d(1), acreRate: d(0), activeMonths: 12 };
    for (const profit of ['12000', '36000', '90000']) {
      const b = tnsFromProfit(d(profit), rules, year);
      const deductible = b.total.minus(b.csgNonDeductible);
      expect(b.base.plus(deductible).minus(profit).abs().lte('1e-12')).toBe(true);
    }
  });
});
