/** The dated barème of the owner's contributions (src/model/rules-social.ts) and its small helpers. */
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../../src/model/decimal.js';
import { ACRE_SOCIAL, acreSocialFor, SOCIAL_FR, socialRulesFor } from '../../src/model/rules-social.js';
import { socialRulesFor as reExported } from '../../src/model/rules-fr.js';
import { acreRate, microAcreLastMonth } from '../../src/engine/social/micro.js';
import { healthRate } from '../../src/engine/social/tns.js';

/** Every { value, source, certainty } leaf of a table. */
function figures(node: unknown, path = ''): Array<[string, { value: unknown; source: unknown; certainty: unknown }]> {
  if (node && typeof node === 'object' && 'source' in node && 'value' in node) return [[path, node as never]];
  if (node && typeof node === 'object' && !isDecimal(node)) return Object.entries(node).flatMap(([k, v]) => figures(v, `${path}.${k}`));
  return [];
}

describe('rules-social', () => {
  it('every figure is a Decimal with a source and a certainty', () => {
    const all = [...figures(SOCIAL_FR), ...figures(ACRE_SOCIAL)];
    expect(all.length).toBeGreaterThan(50);
    for (const [path, f] of all) {
      expect(isDecimal(f.value), path).toBe(true);
      expect(String(f.source).length, path).toBeGreaterThan(10);
      expect(['primary', 'secondary', 'uncertain'], path).toContain(f.certainty);
    }
  });

  it('2026 is known; a later year uses the last known one and says so', () => {
    expect(socialRulesFor(2026)).toMatchObject({ known: true, rules: { year: 2026 } });
    expect(socialRulesFor(2029)).toMatchObject({ known: false, rules: { year: 2026 } });
    expect(reExported).toBe(socialRulesFor);
    expect(socialRulesFor(2026).rules.pass.value.toString()).toBe('48060');
  });

  it('ACRE outside the micro regime: 25 % for a creation from 2026, 100 % before', () => {
    expect(acreSocialFor('2025-12').tnsRate.value.toString()).toBe('1');
    expect(acreSocialFor('2026-01').tnsRate.value.toString()).toBe('0.25');
    expect(acreSocialFor('2026-01').employerShare.value.toString()).toBe('0.25');
  });

  it('micro ACRE lasts until the end of the third calendar quarter after the start quarter', () => {
    expect([1, 2, 3, 4, 6, 7, 12].map((m) => microAcreLastMonth(`2026-${String(m).padStart(2, '0')}`))).toEqual([12, 11, 10, 12, 10, 12, 10]);
  });

  it('the reduced micro rate is rounded half-up to 0.1 point (décret 2026-69)', () => {
    const step = new Decimal('0.001');
    expect(acreRate(new Decimal('0.123'), new Decimal('0.5'), step).toString()).toBe('0.062'); // 6.15 → 6.2
    expect(acreRate(new Decimal('0.123'), new Decimal('0.75'), step).toString()).toBe('0.092'); // 9.225 → 9.2
    expect(acreRate(new Decimal('0.212'), new Decimal('0.75'), step).toString()).toBe('0.159'); // 15.9
  });

  it('the TNS health rate is interpolated between its points', () => {
    const points = SOCIAL_FR[2026]!.tns.healthPoints;
    expect(healthRate(new Decimal('0.3'), points).toString()).toBe('0');
    expect(healthRate(new Decimal('0.5'), points).toString()).toBe('0.02'); // halfway 0 → 4 %
    expect(healthRate(new Decimal('0.85'), points).toString()).toBe('0.0535'); // halfway 4 → 6.7 %
    expect(healthRate(new Decimal('3'), points).toString()).toBe('0.067');
  });
});
