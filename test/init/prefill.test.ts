import { describe, expect, it } from 'vitest';
import { defaultAnswers } from '../../src/init/answers.js';
import { applyPrefill, parseInitFlags } from '../../src/init/prefill.js';

describe('answers given as flags', () => {
  it('are parsed with the prompts’ rules and laid over the defaults', () => {
    const r = parseInitFlags({
      name: '  Atelier\nLumière ',
      price: '24,90 €',
      strategy: 'outsourced',
      cost: '9.8',
      channel: 'etsy',
      visitors: '2 000',
      conversion: '2 %',
      start: '2027-03',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = applyPrefill(defaultAnswers('fr', '2030-01'), r.prefill);
    expect(a.name).toBe('Atelier Lumière');
    expect(a.product.price.toFixed(2)).toBe('24.90');
    expect(a.product.strategy).toBe('outsourced');
    expect(a.product.unitCost.toFixed(2)).toBe('9.80');
    // A channel flag brings that channel's usual fees.
    expect(a.channel.preset).toBe('etsy');
    expect(a.channel.commissionRate.toFixed()).toBe('0.065');
    expect(a.channel.paymentFeeFixed.toFixed(2)).toBe('0.30');
    expect(a.visitors).toBe(2000);
    expect(a.conversionRate.toFixed()).toBe('0.02');
    expect(a.start).toBe('2027-03');
    // What no flag said keeps its default.
    expect(a.legalForm).toBe('micro_entreprise');
    expect(a.product.name).toBe('Produit 1');
  });

  it('the first bad flag is reported with its name and the parser’s message id', () => {
    expect(parseInitFlags({ price: '12', conversion: '250%' })).toEqual({
      ok: false,
      flag: 'conversion',
      id: 'init.invalid.rate_above_100',
      data: { value: '250%' },
    });
    expect(parseInitFlags({ legalForm: 'auto' })).toMatchObject({ ok: false, flag: 'legal-form', id: 'init.invalid.choice' });
    expect(parseInitFlags({ cost: '0' })).toEqual({ ok: false, flag: 'cost', id: 'init.invalid.positive' });
  });

  it('no flag, no change', () => {
    const base = defaultAnswers('en', '2027-01');
    const r = parseInitFlags({});
    expect(r).toEqual({ ok: true, prefill: {} });
    if (r.ok) expect(applyPrefill(base, r.prefill)).toEqual(base);
  });
});
