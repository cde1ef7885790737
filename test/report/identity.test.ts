import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { formatSiren, formatSiret, signed } from '../../src/render/report/identity.js';
import { axisMoney } from '../../src/render/charts/svg.js';
import { breakEvenChart } from '../../src/render/charts/index.js';

const N = '\u202F';

describe('dossier details (issue 12, item 4)', () => {
  it('groups SIREN and SIRET as INSEE prints them, leaves a typo as written', () => {
    expect(formatSiren('927415836')).toBe(`927${N}415${N}836`);
    expect(formatSiret('92741583600018')).toBe(`927${N}415${N}836${N}00018`);
    expect(formatSiret('927 415 836 00018')).toBe(`927${N}415${N}836${N}00018`);
    expect(formatSiren('92741583')).toBe('92741583');
  });

  it('signs differences with + and a true minus', () => {
    expect(signed('414 €', new Decimal(414))).toBe('+414 €');
    expect(signed('-644 €', new Decimal(-644))).toBe('\u2212644 €');
    expect(signed('0 €', new Decimal(0))).toBe('0 €');
  });

  it('writes a whole axis in k€ when it reaches 10 000, the small ticks too', () => {
    const axis = { min: new Decimal(0), max: new Decimal(10000) };
    expect(axisMoney(new Decimal(8000), { lang: 'fr' }, new Decimal(2000), axis)).toBe('8\u00A0k€');
    expect(axisMoney(new Decimal(8000), { lang: 'fr' }, new Decimal(2000), { min: new Decimal(0), max: new Decimal(8000) })).toBe(`8${N}000\u00A0€`);
  });

  it('says the point mort is reached from the first month', () => {
    const months = ['2027-01', '2027-02'].map((month, i) => ({
      month,
      margin: new Decimal(100 * (i + 1)),
      fixed: new Decimal(50 * (i + 1)),
    }));
    expect(breakEvenChart(months, '2027-01', { lang: 'fr' }).svg).toContain('Point mort dès le 1er mois (janvier 2027)');
  });
});
