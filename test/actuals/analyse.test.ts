/**
 * Matching, the month comparison and the re-forecast on a project whose forecast
 * is constant (test/engine/forecast.test.ts, RESALE_SASU: 40 orders a month of one
 * lamp at 120 € TTC, delivery charged 6 €, 5 % returns, fees 2 % + 0,50 €), every
 * actual figure computed by hand in the comments.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseActuals } from '../../src/actuals/analyse.js';
import { matchOrders } from '../../src/actuals/match.js';
import { demandFactor } from '../../src/actuals/reforecast.js';
import type { Order, OrderLine } from '../../src/actuals/types.js';
import { Decimal, money2 } from '../../src/model/decimal.js';
import { project } from '../engine/helpers.js';
import { ROOT } from '../helpers/cli.js';

const RESALE = readFileSync(`${ROOT}/test/engine/forecast.test.ts`, 'utf8').split('const RESALE_SASU = `')[1]!.split('`;')[0]!;
const P = project(RESALE.replace('    mix: 100%\n', '    mix: 100%\n    sku: LMP-01\n'));
const D = (s: string | number) => new Decimal(s);

function order(id: string, date: string, lines: Array<Partial<OrderLine>>, over: Partial<Order> = {}): Order {
  return {
    id,
    date,
    status: 'kept',
    rawStatus: 'paid',
    total: D('126'),
    taxes: D('21'),
    shipping: D('6'),
    discounts: D(0),
    refunds: D(0),
    currency: 'EUR',
    source: 'shopify',
    file: 'x.csv',
    line: 2,
    lines: lines.map((l) => ({ quantity: D(1), unitPrice: D(120), sku: 'LMP-01', name: 'Lampe', line: 2, ...l })),
    ...over,
  };
}
const many = (n: number, month: string, prefix: string) => Array.from({ length: n }, (_, i) => order(`${prefix}${i + 1}`, `${month}-${String((i % 28) + 1).padStart(2, '0')}`, [{}]));

describe('matching', () => {
  it('matches by SKU, by the product id written as a SKU, and by name; groups the rest', () => {
    const orders = [
      order('1', '2027-01-02', [{ sku: 'lmp-01' }, { sku: null, name: '  LAMPE ' }, { sku: 'lampe', name: '' }]),
      order('2', '2027-01-03', [{ sku: 'AJ-9', name: 'Abat-jour', quantity: D(2) }]),
      order('3', '2027-01-04', [{ sku: 'AJ-9', name: 'Abat-jour' }]),
      order('4', '2027-01-05', [{}], { status: 'cancelled' }),
      order('5', '2027-01-06', [{}], { status: 'test' }),
    ];
    const m = matchOrders(P, orders);
    expect([...m.lines.values()][0]!.map((l) => l.productId)).toEqual(['lampe', 'lampe', 'lampe']);
    expect(m.unmatched.map((u) => [u.key, money2(u.units), u.orders, u.where])).toEqual([['AJ-9', '3.00', 2, 'x.csv:2']]);
    expect(m.left).toEqual({ cancelled: 1, test: 1 });
    expect(m.lines.size).toBe(3);
  });
});

describe('forecast against actuals', () => {
  // January: 30 orders of one lamp (126 € TTC of which 21 € VAT), the last one refunded in full.
  const jan = many(30, '2027-01', 'J');
  jan[29] = { ...jan[29]!, refunds: D(126) };
  // February: 36 orders, one with 2 lampshades matching no product.
  const feb = many(36, '2027-02', 'F');
  feb[0] = order('F1', '2027-02-01', [{}, { sku: null, name: 'Abat-jour', quantity: D(2) }]);
  const orders = [...jan, ...feb, ...many(34, '2027-03', 'M'), ...many(10, '2027-04', 'A').map((o) => ({ ...o, date: `2027-04-0${(Number(o.id.slice(1)) % 9) + 1}` }))];
  const a = analyseActuals(P, orders, { until: '2027-04-10' });
  const jan1 = a.months[0]!;
  const line = (id: string, lines = jan1.lines) => lines.find((l) => l.id === id)!;
  const show = (id: string, lines = jan1.lines) => {
    const l = line(id, lines);
    return [l.forecast && money2(l.forecast), money2(l.actual), l.diff && money2(l.diff), l.diffRate?.toDecimalPlaces(4).toFixed(4) ?? null, l.verdict];
  };

  it('covers January to April, April partial', () => {
    expect(a.months.map((m) => [m.month, m.full])).toEqual([
      ['2027-01', true],
      ['2027-02', true],
      ['2027-03', true],
      ['2027-04', false],
    ]);
    expect(a.counted).toBe(110);
  });
  it('January: orders, units, revenue net of the refund', () => {
    expect(show('orders')).toEqual(['40.00', '30.00', '-10.00', '-0.2500', 'behind']);
    expect(show('units.lampe')).toEqual(['40.00', '30.00', '-10.00', '-0.2500', 'behind']);
    // forecast (40 × 126) × 95 % = 4 788; actual 29 × 126 = 3 654
    expect(show('revenue_ttc')).toEqual(['4788.00', '3654.00', '-1134.00', '-0.2368', 'behind']);
    // HT: 29 × 105 = 3 045 (the refunded order's VAT is refunded too)
    expect(show('revenue_ht')).toEqual(['3990.00', '3045.00', '-945.00', '-0.2368', 'behind']);
    // basket 4 788 / 40 = 119,70; 3 654 / 30 = 121,80
    expect(show('basket')).toEqual(['119.70', '121.80', '2.10', '0.0175', 'on_plan']);
    expect(show('shipping_charged')).toEqual(['240.00', '180.00', '-60.00', '-0.2500', 'behind']);
  });
  it('January: refunds and fees (more is worse), contribution margin', () => {
    // forecast refunds 5 040 − 4 788 = 252; actual one order of 126
    expect(show('refunds')).toEqual(['252.00', '126.00', '-126.00', '-0.5000', 'ahead']);
    // 3 654 × 2 % + 30 × 0,50 = 88,08
    expect(show('channel_fees')).toEqual(['115.76', '88.08', '-27.68', '-0.2391', 'ahead']);
    // 3 045 − 30 × 42 − 88,08 − 30 × 6 (carrier) − 1 × 8 (return) = 1 508,92
    expect(show('contribution_margin')).toEqual(['1938.24', '1508.92', '-429.32', '-0.2215', 'behind']);
  });
  it('unmatched units are shown without a forecast and a verdict', () => {
    expect(show('units.unmatched', a.months[1]!.lines)).toEqual([null, '2.00', null, null, null]);
    expect(a.unmatched.map((u) => [u.key, money2(u.units)])).toEqual([['Abat-jour', '2.00']]);
  });
  it('cumulates the months to date', () => {
    // 30 + 36 + 34 + 10 orders against 4 × 40
    expect(show('orders', a.cumulative)).toEqual(['160.00', '110.00', '-50.00', '-0.3125', 'behind']);
  });
  it('the re-forecast factor is actual / forecast orders over the last three full months', () => {
    const r = a.reforecast!;
    expect(r.base.months).toEqual(['2027-01', '2027-02', '2027-03']);
    // (30 + 36 + 34) / (3 × 40) = 100 / 120
    expect([money2(r.base.actualOrders), money2(r.base.forecastOrders), r.factor.toDecimalPlaces(6).toFixed(6)]).toEqual(['100.00', '120.00', '0.833333']);
    expect(r.through).toBe('2027-03');
    expect(r.months.slice(2, 4).map((m) => [m.month, m.kind])).toEqual([
      ['2027-03', 'actual'],
      ['2027-04', 'reforecast'],
    ]);
  });
  it('the revised year-1 revenue: actuals to March, then 3 990 × 100/120 = 3 325 a month', () => {
    const r = a.reforecast!;
    expect(money2(r.months[3]!.revenueHt)).toBe('3325.00');
    // 3 045 + 36 × 105 + 34 × 105 + 9 × 3 325 = 40 320; the plan: 12 × 3 990 = 47 880
    expect([money2(r.original.year1RevenueHt), money2(r.revised.year1RevenueHt)]).toEqual(['47880.00', '40320.00']);
  });
  it('a tolerance of 30 % puts January’s orders on plan', () => {
    const loose = analyseActuals({ ...P, actuals: { tolerance: D('0.30') } }, orders, { until: '2027-04-10' });
    expect(loose.months[0]!.lines.find((l) => l.id === 'orders')!.verdict).toBe('on_plan');
  });
  it('no factor without forecast orders', () => {
    expect(demandFactor({ months: ['2027-01'], actualOrders: D(3), forecastOrders: D(0) })).toBeNull();
  });
});
