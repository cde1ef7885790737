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
import { demandFactors } from '../../src/actuals/reforecast.js';
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
    expect(m.left).toEqual({ cancelled: 1, test: 1, pending: 0 });
    expect(m.lines.size).toBe(3);
  });
});

describe('unmatched lines', () => {
  it('« first line » is the first line of the exports (in the order given), not the earliest order', () => {
    // Etsy files are newest first: the March order is on line 2, the January one on line 9.
    const orders = [order('1', '2027-01-05', [{ sku: 'X', name: 'X', line: 9 }], { line: 9 }), order('2', '2027-03-05', [{ sku: 'X', name: 'X', line: 2 }], { line: 2 })];
    expect(matchOrders(P, orders).unmatched.map((u) => u.where)).toEqual(['x.csv:2']);
    const two = [
      order('1', '2027-01-05', [{ sku: 'X', name: 'X', line: 5 }], { file: 'b.csv', exportIndex: 1 }),
      order('2', '2027-03-05', [{ sku: 'X', name: 'X', line: 7 }], { file: 'a.csv', exportIndex: 0 }),
    ];
    expect(matchOrders(P, two).unmatched.map((u) => u.where)).toEqual(['a.csv:7']);
  });
  it('lines without SKU are grouped by product name; a line with neither has an empty key', () => {
    const orders = [
      order('1', '2027-01-05', [
        { sku: null, name: 'Abat-jour' },
        { sku: null, name: 'abat-jour ', quantity: D(2) },
        { sku: null, name: 'Ampoule' },
      ]),
      order('2', '2027-01-06', [{ sku: null, name: '' }]),
    ];
    expect(matchOrders(P, orders).unmatched.map((u) => [u.key, money2(u.units), u.orders])).toEqual([
      ['', '1.00', 1],
      ['Abat-jour', '3.00', 1],
      ['Ampoule', '1.00', 1],
    ]);
  });
});

describe('nothing matches the plan', () => {
  // 68 units of another shop: orders and revenue still compared, margins and re-forecast not.
  const orders = Array.from({ length: 68 }, (_, i) => order(`W${i}`, `2027-0${(i % 3) + 1}-10`, [{ sku: 'AUTRE', name: 'Autre chose' }]));
  const a = analyseActuals(P, orders, { until: '2027-03-31' });
  it('shows orders and revenue, the margin « non rapproché » (null), and withholds the re-forecast', () => {
    const cum = (id: string) => a.cumulative.find((l) => l.id === id)!;
    expect([money2(cum('orders').actual!), money2(cum('revenue_ttc').actual!)]).toEqual(['68.00', '8568.00']);
    expect([cum('contribution_margin').actual, cum('contribution_margin').verdict]).toEqual([null, null]);
    expect(a.months.map((m) => m.lines.find((l) => l.id === 'contribution_margin')!.actual)).toEqual([null, null, null]);
    expect(a.reforecast).toBeNull();
    expect(a.withheld).toEqual({ reason: 'nothing_matched', units: D(68) });
  });
  it('an export without items (PrestaShop) has no margin and no re-forecast either', () => {
    const b = analyseActuals(P, [order('P1', '2027-01-10', [])], { until: '2027-01-31' });
    expect(b.withheld).toEqual({ reason: 'no_items' });
    expect(b.cumulative.find((l) => l.id === 'contribution_margin')!.actual).toBeNull();
  });
});

describe('orders awaiting payment', () => {
  const orders = [order('1', '2027-01-05', [{}]), order('2', '2027-01-06', [{}], { status: 'pending', total: D('126') }), order('3', '2027-01-07', [{}], { status: 'pending', total: D('63') })];
  it('are apart by default, with their amount; --include-pending counts them', () => {
    const apart = analyseActuals(P, orders);
    expect([apart.counted, apart.left.pending, apart.pending.orders, money2(apart.pending.amount), apart.pending.counted]).toEqual([1, 2, 2, '189.00', false]);
    expect(money2(apart.cumulative.find((l) => l.id === 'revenue_ttc')!.actual!)).toBe('126.00');
    const counted = analyseActuals(P, orders, { includePending: true });
    expect([counted.counted, counted.left.pending, counted.pending.counted]).toEqual([3, 0, true]);
    expect(money2(counted.cumulative.find((l) => l.id === 'revenue_ttc')!.actual!)).toBe('315.00');
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
    return [l.forecast && money2(l.forecast), l.actual && money2(l.actual), l.diff && money2(l.diff), l.diffRate?.toDecimalPlaces(4).toFixed(4) ?? null, l.verdict];
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
  it('the re-forecast factors: actual / forecast orders, and goods per order, over the last three full months', () => {
    const r = a.reforecast!;
    expect(r.base.months).toEqual(['2027-01', '2027-02', '2027-03']);
    // orders: (30 + 36 + 34) / (3 × 40) = 100 / 120
    expect([money2(r.base.actualOrders), money2(r.base.forecastOrders), r.factors.orders.toDecimalPlaces(6).toFixed(6)]).toEqual(['100.00', '120.00', '0.833333']);
    // goods = revenue TTC − shipping charged: actual (29 + 36 + 34) × 126 − 100 × 6 = 11 874;
    // forecast 3 × (4 788 − 40 × 6) = 13 644; basket (11 874 / 100) / (13 644 / 120) = 118,74 / 113,70
    expect([money2(r.base.actualGoods), money2(r.base.forecastGoods), r.factors.basket.toDecimalPlaces(6).toFixed(6)]).toEqual(['11874.00', '13644.00', '1.044327']);
    expect(r.through).toBe('2027-03');
    expect(r.months.slice(2, 4).map((m) => [m.month, m.kind])).toEqual([
      ['2027-03', 'actual'],
      ['2027-04', 'reforecast'],
    ]);
  });
  it('the revised year-1 revenue: actuals to March, then fewer orders with a bigger basket', () => {
    const r = a.reforecast!;
    // 40 × 100/120 orders × (100 HT × 1,044327… + 5 HT of delivery) × 95 % kept = 3 465,37
    expect(money2(r.months[3]!.revenueHt)).toBe('3465.37');
    // 3 045 + 36 × 105 + 34 × 105 + 9 × 3 465,3694 = 41 583,32; the plan: 12 × 3 990 = 47 880
    expect([money2(r.original.year1RevenueHt), money2(r.revised.year1RevenueHt)]).toEqual(['47880.00', '41583.32']);
  });
  it('a tolerance of 30 % puts January’s orders on plan', () => {
    const loose = analyseActuals({ ...P, actuals: { tolerance: D('0.30') } }, orders, { until: '2027-04-10' });
    expect(loose.months[0]!.lines.find((l) => l.id === 'orders')!.verdict).toBe('on_plan');
  });
  it('no factors without forecast orders; a basket of 1 without actual orders', () => {
    expect(demandFactors({ months: ['2027-01'], actualOrders: D(3), forecastOrders: D(0), actualGoods: D(30), forecastGoods: D(0) })).toBeNull();
    const none = demandFactors({ months: ['2027-01'], actualOrders: D(0), forecastOrders: D(40), actualGoods: D(0), forecastGoods: D(4000) })!;
    expect([none.orders.toString(), none.basket.toString()]).toEqual(['0', '1']);
  });
});
