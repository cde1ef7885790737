import { describe, expect, it } from 'vitest';
import { LEGAL_RULES_FR, RULES_DATE, legalRule } from '../../src/model/rules-fr.js';

describe('dated legal rules (issue 12, items 11–12)', () => {
  it('each rule has a source and a date not after the rules date', () => {
    for (const r of LEGAL_RULES_FR) {
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.inForceFrom <= RULES_DATE, r.id).toBe(true);
    }
    expect(legalRule('withdrawal_function').inForceFrom).toBe('2026-06-19');
    expect(legalRule('late_delivery_refund').source).toContain('L216-3');
  });
});
