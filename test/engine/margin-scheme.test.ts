/**
 * Second-hand goods (issue 23, item 4): the régime de la marge (art. 297 A CGI). Under the normal regime
 * the VAT of such a product is on its margin — (price TTC − purchase cost) × rate / (1 + rate) when the
 * margin is positive — and its purchase carries no deductible VAT; under the franchise its purchase
 * cost is what was paid (no VAT added). Every figure is computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../src/engine/index.js';
import { c, project } from './helpers.js';

const SECOND_HAND = (regime: 'normal' | 'franchise', cameraPrice = '120') => `
ecomplan: 1
project: { name: Occasion, start: 2027-01, horizon_months: 12 }
company: { legal_form: sasu, social_rate: 80%, activity: goods, vat_regime: ${regime}${regime === 'normal' ? ', vat_number: FR00123456789' : ''} }
products:
  - id: appareil
    name: Appareil photo argentique
    price: ${cameraPrice}
    vat_rate: 20%
    mix: 60%
    strategy: resale
    second_hand: true
    supplier: chineur
    purchase_cost: 45
    packaging_cost: 2
  - id: pellicule
    name: Pellicule neuve
    price: 12
    vat_rate: 20%
    mix: 40%
    strategy: resale
    supplier: grossiste
    purchase_cost: 5
suppliers:
  list:
    - { id: chineur, name: Vide-greniers et particuliers }
    - { id: grossiste, name: Grossiste photo }
channels:
  - { id: site, name: Site, kind: own_site, share: 100% }
demand: { conversion_rate: 2%, items_per_order: 1 }
acquisition:
  - { id: seo, kind: seo, visitors: 1000 }
`;

describe('second-hand goods under the normal regime: VAT on the margin', () => {
  const f = computeForecast(project(SECOND_HAND('normal')));
  const m1 = f.months[0]!;
  const m2 = f.months[1]!;

  it('revenue and VAT collected: the camera’s VAT is on its margin, the film’s on its price', () => {
    // 1000 visitors × 2 % = 20 orders of 1 item: 12 cameras (60 %), 8 films (40 %)
    expect(c(m1.units.appareil)).toBe('12.00');
    expect(c(m1.units.pellicule)).toBe('8.00');
    // TTC: 12 × 120 + 8 × 12 = 1440 + 96 = 1536
    expect(c(m1.revenueTtc)).toBe('1536.00');
    // camera: margin 120 − 45 = 75, VAT 75 × 20 / 120 = 12.50, price HT 107.50; film: 12 / 1.2 = 10
    // HT: 12 × 107.50 + 8 × 10 = 1290 + 80 = 1370; VAT collected 12 × 12.50 + 8 × 2 = 166
    expect(c(m1.revenueHt)).toBe('1370.00');
    expect(c(m1.vatCollected)).toBe('166.00');
  });

  it('no deductible VAT on the second-hand purchase, only on its packaging', () => {
    // cost of goods: 12 × (45 + 2) + 8 × 5 = 564 + 40 = 604
    expect(c(m1.cogs)).toBe('604.00');
    // bought as sold (no inventory section): camera 12 × 2 × 20 % = 4.80 (packaging only), film 8 × 5 × 20 % = 8
    expect(c(m1.vatDeductible)).toBe('12.80');
    // paid the next month: 166 − 12.80
    expect(c(m2.cashFlows.vat)).toBe('153.20');
    // the supplier is paid the price, without VAT on top: 12 × 45 + 12 × 2.40 + 8 × 6 = 540 + 28.80 + 48 = 616.80
    expect(c(m1.cashFlows.purchases)).toBe('616.80');
  });

  it('unit economics: price HT after the VAT on the margin, markup on it', () => {
    const camera = f.unitEconomics.find((u) => u.productId === 'appareil' && u.variant === 'main')!;
    expect(c(camera.priceHt)).toBe('107.50');
    expect(c(camera.cost.total)).toBe('47.00');
    expect(c(camera.cost.vat)).toBe('0.40');
    // (107.50 − 47) / 107.50 = 56.28 %
    expect(camera.markupRate!.times(100).toDecimalPlaces(2).toFixed(2)).toBe('56.28');
  });

  it('a margin that is not positive bears no VAT: sold 40 for a 45 purchase, the price HT is the price', () => {
    const g = computeForecast(project(SECOND_HAND('normal', '40')));
    const camera = g.unitEconomics.find((u) => u.productId === 'appareil' && u.variant === 'main')!;
    expect(c(camera.priceHt)).toBe('40.00');
    // VAT collected: the films only, 8 × 2
    expect(c(g.months[0]!.vatCollected)).toBe('16.00');
  });
});

describe('second-hand goods under the franchise: the purchase cost is what was paid', () => {
  const f = computeForecast(project(SECOND_HAND('franchise')));
  const m1 = f.months[0]!;

  it('no VAT added to the second-hand purchase (it had none), the usual 20 % on the rest', () => {
    expect(c(m1.revenueHt)).toBe('1536.00');
    // camera: 45 + 2 × 1.2 = 47.40; film 5 × 1.2 = 6 → 12 × 47.40 + 8 × 6 = 568.80 + 48 = 616.80
    expect(c(m1.cogs)).toBe('616.80');
    expect(c(m1.vatCollected)).toBe('0.00');
  });
});
