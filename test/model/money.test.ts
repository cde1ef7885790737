/** Money never passes through a JS number: parsed from the characters written, summed exactly. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseYaml } from '../../src/io/yaml.js';
import { Decimal, isDecimal, money2, sum } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';
import { formatMoney, formatPercent } from '../../src/i18n/format.js';

const field = (yaml: string, key: string): Decimal => {
  const v = (parseYaml(yaml).data as Record<string, unknown>)[key];
  if (!isDecimal(v)) throw new Error(`${key} is not a Decimal`);
  return v;
};

describe('exact money', () => {
  it('0.1 + 0.2 is exactly 0.3 (a float gives 0.30000000000000004)', () => {
    const a = field('a: 0.1\n', 'a');
    const b = field('b: 0.2\n', 'b');
    expect(a.plus(b).eq(new Decimal('0.3'))).toBe(true);
    expect(0.1 + 0.2 === 0.3).toBe(false); // the trap this avoids
  });
  it('19.99 × 3 is exactly 59.97, and the price comes from the file as written', () => {
    const text =
      'ecomplan: 1\nproject: { name: X, start: 2027-01, horizon_months: 12 }\nproducts:\n  - { id: a, name: A, price: 19.99, vat_rate: 20%, mix: 100%, strategy: resale, purchase_cost: 5, supplier: s }\nsuppliers: { list: [{ id: s, name: S }] }\n';
    const l = loadText({ name: 'x', text });
    const price = l.project!.products[0]!.price;
    expect(price.times(3).toString()).toBe('59.97');
    expect(sum([price, price, price]).toString()).toBe('59.97');
  });
  it('keeps more digits than a float can hold', () => {
    expect(field('a: 1234567890.123456789012345678\n', 'a').toString()).toBe('1234567890.123456789012345678');
  });
  it('any decimal written with up to 2 places is parsed to the same value (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 2 }), (units, places) => {
        const s = places === 0 ? units.toString() : `${units / 10n ** BigInt(places)}.${(units % 10n ** BigInt(places)).toString().padStart(places, '0')}`;
        return field(`a: ${s}\n`, 'a').eq(new Decimal(s));
      }),
    );
  });
  it('sums of cents are exact whatever their number (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_00 }), { maxLength: 200 }), (cents) => {
        const total = sum(cents.map((c) => new Decimal(c).div(100)));
        return total.times(100).eq(cents.reduce((a, b) => a + b, 0));
      }),
    );
  });
  it('rounds half-up to the cent only at output', () => {
    expect(money2(new Decimal('2.675'))).toBe('2.68'); // a float rounds 2.675 to 2.67
    expect(money2(new Decimal('-0.004'))).toBe('0.00');
    expect(money2(new Decimal('-2.675'))).toBe('-2.68');
  });
  it('French and English typography', () => {
    expect(formatMoney(new Decimal('1234.567'), 'fr')).toBe('1\u202F234,57\u00A0€');
    expect(formatMoney(new Decimal('-1234567.5'), 'fr')).toBe('-1\u202F234\u202F567,50\u00A0€');
    expect(formatMoney(new Decimal('1234.5'), 'en')).toBe('€1,234.50');
    expect(formatMoney(new Decimal('-3'), 'en')).toBe('-€3.00');
    expect(formatPercent(new Decimal('0.123'), 'fr')).toBe('12,3\u00A0%');
    expect(formatPercent(new Decimal('0.123'), 'en')).toBe('12.3%');
  });
});
