import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { breakEvenChart, cashChart, funnelChart, revenueChargesChart, scenarioChart, unitCostChart } from '../../src/render/charts/index.js';
import { niceStep, yScale } from '../../src/render/charts/svg.js';

const D = (s: string | number) => new Decimal(s);
const months = (n: number) => Array.from({ length: n }, (_, i) => `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const count = (svg: string, attr: string) => (svg.match(new RegExp(`${attr}=`, 'g')) ?? []).length;

describe('scales', () => {
  it('picks 1, 2 or 5 × 10^k steps', () => {
    expect(['7', '12', '38', '1000', '0.9', '26000'].map((r) => niceStep(D(r)).toString())).toEqual(['2', '5', '10', '200', '0.2', '10000']);
  });
  it('covers zero and the values on nice bounds', () => {
    const s = yScale([D('-1234'), D('8760')]);
    expect([s.min.toString(), s.max.toString(), s.step.toString()]).toEqual(['-2000', '10000', '2000']);
    expect(s.y(s.max).toFixed(1)).toBe('40.0');
    expect(s.y(s.min).toFixed(1)).toBe('276.0');
  });
});

describe('charts', () => {
  const ms = months(36);
  const monthly = ms.map((month, i) => ({
    month,
    revenue: D(1000 + i * 50),
    charges: D(1500 + i * 10),
    cash: D(2000 - i * 300 + i * i * 12),
    margin: D(i * 400),
    fixed: D(6000 + i * 200),
  }));

  it('revenue vs charges: two points a month, values exact', () => {
    const c = revenueChargesChart(monthly, { lang: 'fr' });
    expect(c.points).toBe(72);
    expect(count(c.svg, 'data-point')).toBe(72);
    expect(c.svg).toContain('data-chart="revenue-charges"');
    expect(c.svg).toContain('<circle data-point="" data-month="2027-02" data-value="1050.00"');
    expect(c.svg).toContain('<title>Chiffre d’affaires HT — février 2027\u00A0: 1\u202F050,00\u00A0€</title>');
  });

  it('cash: one point a month and the lowest point marked', () => {
    const lowest = monthly.reduce((lo, m) => (m.cash.lt(lo.cash) ? m : lo));
    const c = cashChart(
      monthly.map((m) => ({ month: m.month, cash: m.cash })),
      { month: lowest.month, value: lowest.cash },
      { lang: 'en' },
    );
    expect(count(c.svg, 'data-point')).toBe(36);
    expect(lowest.month).toBe('2028-01');
    expect(c.svg).toContain(`data-lowest="2028-01" data-value="${lowest.cash.toFixed(2)}"`);
    expect(c.svg).toContain('Lowest: €128.00 (January 2028)');
    expect(c.svg).toContain('<title>Cash at month end — January 2028: €128.00</title>');
  });

  it('break-even: two cumulative series and the month marked, or a note when never reached', () => {
    const c = breakEvenChart(monthly, '2027-08', { lang: 'fr' });
    expect(count(c.svg, 'data-point')).toBe(72);
    expect(c.svg).toContain('data-break-even="2027-08"');
    expect(c.svg).toContain('Point mort : août 2027');
    expect(breakEvenChart(monthly, null, { lang: 'fr' }).svg).toContain('Point mort non atteint sur l’horizon');
  });

  it('funnel: one bar per stage, widths proportional to the rates', () => {
    const c = funnelChart(
      [
        { label: 'Visite', rate: D('1') },
        { label: 'Panier', rate: D('0.07') },
        { label: 'Achat', rate: D('0.018') },
      ],
      { lang: 'fr' },
    );
    expect(count(c.svg, 'data-point')).toBe(3);
    expect(c.svg).toContain('<rect x="190.0" y="44.0" width="460.0"');
    expect(c.svg).toContain('<rect x="190.0" y="74.0" width="32.2"');
    expect(c.svg).toContain('>1,8\u00A0%</text>');
  });

  it('unit cost: one stacked bar per product', () => {
    const c = unitCostChart(
      [
        {
          label: 'Bougie',
          total: D('4.18'),
          segments: [
            { label: 'Matières', value: D('3.08') },
            { label: 'Emballage', value: D('1.10') },
          ],
        },
        { label: 'Coffret', total: D('14.50'), segments: [{ label: 'Achat', value: D('14.50') }] },
      ],
      { lang: 'fr' },
    );
    expect(count(c.svg, 'data-point')).toBe(2);
    expect(count(c.svg, 'data-segment')).toBe(3);
  });

  it('unit cost: long product and component names in full, a key entry with a swatch per component (issue 12, item 2)', () => {
    const name = 'Grande bougie 400 g à deux mèches, cire de colza et parfum de figuier';
    const parts = [
      'Mèche coton pré-cirée avec pied',
      'Pot en verre ambré 40 cl avec couvercle bambou',
      'Cire de colza française',
      'Main-d’œuvre',
      'Emballage',
      'Huile parfumée conforme IFRA (Grasse)',
      'Étiquette',
    ];
    const c = unitCostChart([{ label: name, total: D(7), segments: parts.map((label) => ({ label, value: D(1) })) }], { lang: 'fr' });
    expect(c.svg).not.toContain('…');
    expect(c.svg).toContain(`>${name}</text>`);
    for (const p of parts) expect(c.svg).toContain(`<g data-legend="${p.replace('’', '’')}"><rect`);
    expect(count(c.svg, 'data-legend')).toBe(7);
    // The key wraps: no swatch starts beyond the right edge (720 − 12 px).
    const xs = [...c.svg.matchAll(/<g data-legend="[^"]*"><rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThan(708);
    expect(new Set([...c.svg.matchAll(/<g data-legend="[^"]*"><rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1])).size).toBeGreaterThan(1);
  });

  it('scenarios: one bar per scenario and figure, negative values below zero', () => {
    const c = scenarioChart(
      [
        { id: 'pessimistic', label: 'Pessimiste' },
        { id: 'base', label: 'Base' },
        { id: 'optimistic', label: 'Optimiste' },
      ],
      [
        { label: 'CA an 1', values: [D(20000), D(30000), D(36000)] },
        { label: 'Résultat an 1', values: [D(-4000), D(2000), D(6000)] },
        { label: 'Trésorerie min.', values: [D(-1500), D(800), D(2100)] },
      ],
      { lang: 'fr' },
    );
    expect(count(c.svg, 'data-point')).toBe(9);
    expect(c.svg).toContain('data-scenario="pessimistic" data-value="-4000.00"');
  });

  it('escapes text and is deterministic', () => {
    const stages = [{ label: '<script>alert(1)</script> & {{x}}', rate: D(1) }];
    const a = funnelChart(stages, { lang: 'fr' }).svg;
    expect(a).not.toContain('<script');
    expect(a).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{x}}');
    expect(funnelChart(stages, { lang: 'fr' }).svg).toBe(a);
  });
});
