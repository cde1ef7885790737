import { describe, expect, it } from 'vitest';
import { acrePayFactor, RULES_FR, rulesFor, rulesForMonth, type Figure } from '../../src/model/rules-fr.js';
import { isDecimal } from '../../src/model/decimal.js';

function figures(node: unknown, path = ''): Array<[string, Figure]> {
  if (node && typeof node === 'object' && 'value' in node && 'source' in node) return [[path, node as Figure]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => figures(v, `${path}.${k}`));
  return [];
}

describe('French rules table', () => {
  it('every figure has a Decimal value, a source and a certainty', () => {
    for (const row of Object.values(RULES_FR))
      for (const [path, f] of figures(row)) {
        expect(isDecimal(f.value), path).toBe(true);
        expect(f.source.length, path).toBeGreaterThan(10);
        expect(['primary', 'secondary', 'uncertain'], path).toContain(f.certainty);
      }
  });

  it('is chosen by the month’s year; later years use the last row, earlier the first', () => {
    expect(rulesFor(2025).micro.ceiling.goods.value.toString()).toBe('188700');
    expect(rulesFor(2026).micro.ceiling.goods.value.toString()).toBe('203100');
    expect(rulesFor(2031).year).toBe(2026);
    expect(rulesFor(2019).year).toBe(2025);
    expect(rulesForMonth('2025-12').year).toBe(2025);
    expect(rulesForMonth('2026-01').year).toBe(2026);
  });

  it('holds the figures of french-rules.md', () => {
    const r = rulesFor(2026);
    expect([r.micro.social.goods, r.micro.social.services, r.micro.cfp.goods, r.micro.versementLiberatoire.goods].map((f) => f.value.toString())).toEqual(['0.123', '0.212', '0.001', '0.01']);
    expect([r.vatFranchise.base.goods, r.vatFranchise.upper.goods, r.vatFranchise.base.services, r.vatFranchise.upper.services].map((f) => f.value.toString())).toEqual([
      '85000',
      '93500',
      '37500',
      '41250',
    ]);
    expect([r.corporateTax.reducedRate, r.corporateTax.reducedCeiling, r.corporateTax.normalRate].map((f) => f.value.toString())).toEqual(['0.15', '42500', '0.25']);
  });

  it('ACRE: 50 % paid for a creation before 2026-07-01, 75 % from then', () => {
    expect(acrePayFactor('2026-06').value.toString()).toBe('0.5');
    expect(acrePayFactor('2026-07').value.toString()).toBe('0.75');
    expect(acrePayFactor('2028-01').value.toString()).toBe('0.75');
  });
});
