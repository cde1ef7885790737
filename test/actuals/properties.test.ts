/** Identities of the actuals (fast-check): amounts read back as written, totals that add up. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseActuals } from '../../src/actuals/analyse.js';
import { combineOrders } from '../../src/actuals/import.js';
import type { ImportResult, Order } from '../../src/actuals/types.js';
import { parseAmount } from '../../src/actuals/values.js';
import { formatNumber } from '../../src/i18n/format.js';
import { Decimal, sum, ZERO } from '../../src/model/decimal.js';
import { project } from '../engine/helpers.js';

const cents = fc.bigInt({ min: -10_000_000_00n, max: 10_000_000_00n }).map((c) => new Decimal(c.toString()).div(100));

describe('amounts', () => {
  it('an amount written the French or the English way reads back exactly', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom('fr' as const, 'en' as const), (d, lang) => {
        expect(parseAmount(formatNumber(d, lang))!.eq(d)).toBe(true);
        expect(parseAmount(`${formatNumber(d, lang)}\u00A0€`)!.eq(d)).toBe(true);
      }),
    );
  });
});

const P = project(`
ecomplan: 1
project: { name: P, start: 2027-01, horizon_months: 12 }
company: { legal_form: micro_entreprise, activity: goods, vat_regime: franchise }
products:
  - { id: a, name: A, price: 20, vat_rate: 20%, mix: 60%, strategy: resale, purchase_cost: 5, supplier: s }
  - { id: b, name: B, price: 35, vat_rate: 20%, mix: 40%, strategy: resale, purchase_cost: 9, supplier: s }
suppliers: { list: [{ id: s, name: S }] }
channels: [{ id: site, name: Site, kind: own_site, share: 100%, payment_fee_rate: 1.5%, payment_fee_fixed: 0.25 }]
demand: { conversion_rate: 2%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 1000 }]
financing: [{ kind: equity, name: Apport, amount: 5000 }]
`);

const arbOrder = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  a: fc.integer({ min: 0, max: 3 }),
  b: fc.integer({ min: 0, max: 3 }),
  refund: fc.integer({ min: 0, max: 2000 }),
  status: fc.constantFrom('kept' as const, 'kept' as const, 'kept' as const, 'cancelled' as const, 'test' as const, 'pending' as const),
});

function toOrders(raw: Array<{ month: number; day: number; a: number; b: number; refund: number; status: Order['status'] }>): Order[] {
  return raw.map((r, i) => {
    const total = new Decimal(20 * r.a + 35 * r.b + 5);
    return {
      id: String(i),
      date: `2027-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
      status: r.status,
      rawStatus: '',
      total,
      taxes: ZERO,
      shipping: new Decimal(5),
      discounts: ZERO,
      refunds: Decimal.min(total, new Decimal(r.refund).div(100)),
      currency: 'EUR',
      source: 'generic',
      file: 'x.csv',
      line: i + 2,
      lines: [
        { quantity: new Decimal(r.a), unitPrice: new Decimal(20), sku: 'a', name: '', line: i + 2 },
        { quantity: new Decimal(r.b), unitPrice: new Decimal(35), sku: 'b', name: '', line: i + 2 },
      ],
    };
  });
}

describe('the comparison', () => {
  it('cumulated = Σ months for every line, diff = actual − forecast, and every order is counted or left out', () => {
    fc.assert(
      fc.property(fc.array(arbOrder, { minLength: 1, maxLength: 40 }), fc.boolean(), (raw, includePending) => {
        const orders = toOrders(raw);
        const a = analyseActuals(P, orders, { until: '2027-12-31', includePending });
        expect(a.counted + a.left.cancelled + a.left.test + a.left.pending).toBe(orders.length);
        const pending = orders.filter((o) => o.status === 'pending');
        expect(a.pending.orders).toBe(pending.length);
        expect(a.pending.amount.eq(sum(pending.map((o) => o.total!)))).toBe(true);
        expect(a.left.pending).toBe(includePending ? 0 : pending.length);
        for (const line of a.cumulative) {
          // Unknown: the margin when no unit matched a product, units when the orders have none.
          if (line.actual === null) {
            expect(line.id === 'contribution_margin' ? a.units.matched.isZero() : line.id.startsWith('units.') && a.units.all.isZero()).toBe(true);
            continue;
          }
          const months = a.months.map((m) => m.lines.find((l) => l.id === line.id)?.actual ?? ZERO);
          if (line.id !== 'basket') expect(sum(months).minus(line.actual).abs().lt('1e-20')).toBe(true);
          if (line.forecast !== null) expect(line.diff!.eq(line.actual.minus(line.forecast))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('overlapping exports', () => {
  it('two downloads sharing orders count each order once, and the number dropped is the overlap', () => {
    fc.assert(
      fc.property(fc.array(arbOrder, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (raw, x, y) => {
        const orders = toOrders(raw);
        const [from, to] = [x % orders.length, y % orders.length].sort((p, q) => p - q) as [number, number];
        const first: ImportResult = { source: 'generic', orders: orders.slice(0, to + 1), problems: [] };
        const second: ImportResult = { source: 'generic', orders: orders.slice(from), problems: [] };
        const combined = combineOrders([first, second]);
        expect(combined.orders.map((o) => o.id).sort()).toEqual(orders.map((o) => o.id).sort());
        expect(combined.duplicates).toBe(to - from + 1);
      }),
      { numRuns: 60 },
    );
  });
});
