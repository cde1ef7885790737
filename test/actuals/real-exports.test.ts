/**
 * The exports shops really produce (test/fixtures/actuals/, where each comes from and what was
 * replaced: SOURCES.md). For every file, month by month, the orders and revenue TTC ecomplan
 * counts against figures computed independently from the file: with Python's csv module and
 * decimal.Decimal, the rules of docs/actuals.md written again from scratch (the script is in
 * SOURCES.md, « Expected figures »). For Etsy, Python took Etsy's own Order Net + Card
 * Processing Fees; the formula order value − discounts + shipping agrees on every order but
 * those noted. Amounts in another currency are Python's figure × the rate, multiplied here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseActuals, type AnalyseOptions } from '../../src/actuals/analyse.js';
import { parseRates } from '../../src/actuals/currency.js';
import { importExport, importText, prepareOrders } from '../../src/actuals/import.js';
import { Decimal, money2 } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';
import { example, ROOT } from '../helpers/cli.js';

const FIX = `${ROOT}/test/fixtures/actuals`;
const D = (s: string) => new Decimal(s);

/** An example project, started at `start` so that the export's months are in its horizon. */
function projectFrom(name: string, start?: string) {
  const file = example(`${name}.ecomplan.yaml`);
  const text = readFileSync(file, 'utf8');
  return loadText({ name: file, text: start ? text.replace(/start: 20\d\d-\d\d/, `start: ${start}`) : text }).project!;
}

function run(files: string[], project: ReturnType<typeof projectFrom>, rates: string[] = [], opts: AnalyseOptions = {}) {
  const results = files.map((f) => importExport(readFileSync(`${FIX}/${f}`), f));
  const prepared = prepareOrders(results, project.currency, (parseRates(rates) as { ok: true; rates: Map<string, Decimal> }).rates);
  const analysis = prepared.problems.length ? null : analyseActuals(project, prepared.orders, { ...opts, duplicates: prepared.duplicates, conversions: prepared.conversions });
  return { results, prepared, analysis };
}

/** month → [orders, revenue TTC, refunds] as the analysis counts them. */
function byMonth(a: NonNullable<ReturnType<typeof run>['analysis']>) {
  const actual = (m: (typeof a.months)[number], id: string) => money2(m.lines.find((l) => l.id === id)!.actual!);
  return Object.fromEntries(a.months.map((m) => [m.month, [actual(m, 'orders'), actual(m, 'revenue_ttc'), actual(m, 'refunds')]]));
}

describe('Shopify, a shop in euros (2024)', () => {
  const p = projectFrom('bougies-atelier-lumiere', '2024-01');
  const { results, analysis } = run(['shopify-eur-2024.csv'], p);
  it('is read as Shopify, every order kept or left out', () => {
    expect(results[0]!.source).toBe('shopify');
    expect(results[0]!.problems).toEqual([]);
    // 50 orders: 44 sold, 6 cancelled (refunded then cancelled: « Cancelled at » set)
    expect([analysis!.counted, analysis!.left]).toEqual([44, { cancelled: 6, test: 0, pending: 0 }]);
  });
  it('month by month, orders and revenue TTC net of refunds (Python: Σ Total − Refunded Amount)', () => {
    // #2220 partially refunded: 903,27 − 155,74 counts 747,53
    expect(byMonth(analysis!)).toEqual({
      '2024-01': ['22.00', '4523.40', '155.74'],
      '2024-02': ['22.00', '6969.82', '0.00'],
    });
  });
  it('two downloads that overlap (the same file cut at 3 February and at 30 January) count each order once', () => {
    const both = run(['shopify-eur-2024-part1.csv', 'shopify-eur-2024-part2.csv'], p);
    // 36 orders in each part, 50 in all: 22 in both
    expect(both.prepared.duplicates).toBe(22);
    expect(byMonth(both.analysis!)).toEqual(byMonth(analysis!));
    expect(both.analysis!.left).toEqual(analysis!.left);
  });
});

describe('Shopify, a shop in rand (2021): currency, orders awaiting payment, notes on several lines', () => {
  const p = projectFrom('bougies-atelier-lumiere', '2021-01');
  it('is refused without a rate: the error names both currencies and the option, at the first order', () => {
    const { prepared } = run(['shopify-zar-2021.csv'], p);
    expect(prepared.problems.map((x) => [x.file, x.problem.code, x.problem.line, x.problem.data])).toEqual([
      ['shopify-zar-2021.csv', 'actuals.currency_mismatch', 2, { currency: 'ZAR', project: 'EUR', option: '--rate ZAR=…' }],
    ]);
  });
  it('with --rate ZAR=0.055: 35 paid orders (Python: 62 855 ZAR), 13 awaiting payment (72 859 ZAR) apart, 2 voided', () => {
    const { analysis } = run(['shopify-zar-2021.csv'], p, ['ZAR=0.055']);
    expect(byMonth(analysis!)).toEqual({ '2021-05': ['35.00', money2(D('62855').times('0.055')), '0.00'] });
    expect([analysis!.left, analysis!.pending.orders, money2(analysis!.pending.amount)]).toEqual([{ cancelled: 2, test: 0, pending: 13 }, 13, money2(D('72859').times('0.055'))]);
    // every order of the file is converted, the 2 voided ones too
    expect(analysis!.conversions.map((c) => [c.currency, c.rate.toString(), c.orders])).toEqual([['ZAR', '0.055', 50]]);
  });
  it('--include-pending counts them: 48 orders, 135 714 ZAR', () => {
    const { analysis } = run(['shopify-zar-2021.csv'], p, ['ZAR=0.055'], { includePending: true });
    expect(byMonth(analysis!)).toEqual({ '2021-05': ['48.00', money2(D('135714').times('0.055')), '0.00'] });
  });
  it('an order after a note written on several lines is located at its true line, LF or CRLF', () => {
    const text = readFileSync(`${FIX}/shopify-zar-2021.csv`, 'utf8');
    // #13530 starts on line 35 of the file (Python: 1 + the line breaks before it)
    expect(importText(text, 'zar.csv').orders.find((o) => o.id === '#13530')!.line).toBe(35);
    // The same file saved with CRLF everywhere (in the notes too), and a bad total on #13530.
    const crlf = text.replace(/\n/g, '\r\n');
    const bad = crlf.replace(/(#13530,[^\r]*?,ZAR,2863\.00,0\.00,373\.43,)2863\.00/, '$1vingt');
    const r = importText(bad, 'zar-crlf.csv');
    expect(r.problems.map((x) => [x.code, x.line, x.path])).toEqual([['actuals.bad_amount', 35, 'Total']]);
    expect(importText(crlf, 'zar-crlf.csv').orders.find((o) => o.id === '#13531')!.line).toBe(38);
  });
});

describe('Etsy « Sold Orders », US dollars (2020): tax collected by Etsy, Adjusted Order Total empty', () => {
  const p = projectFrom('bougies-atelier-lumiere', '2020-01');
  const { results, analysis } = run(['EtsySoldOrders2020-usd.csv'], p, ['USD=0.92']);
  it('counts what the seller is paid, not Order Total, and no refund', () => {
    expect(results[0]!.source).toBe('etsy_orders');
    const usd = { '2020-01': [70, '1995.20'], '2020-02': [68, '2264.55'], '2020-03': [23, '1269.50'], '2020-04': [89, '2694.32'], '2020-05': [89, '2317.68'], '2020-06': [8, '190.64'] } as const;
    expect(byMonth(analysis!)).toEqual(Object.fromEntries(Object.entries(usd).map(([m, [n, v]]) => [m, [money2(D(String(n))), money2(D(v).times('0.92')), '0.00']])));
    // Order Total includes the sales tax Etsy remits: 26,74 for the first order, the seller gets 24,99.
    expect(money2(results[0]!.orders.find((o) => o.id === '1663091444')!.total!)).toBe('24.99');
  });
});

describe('Etsy « Sold Orders », tab-separated (2023): Adjusted Order Total 0, extras outside Order Value', () => {
  const p = projectFrom('bougies-atelier-lumiere', '2023-01');
  const { results, analysis } = run(['EtsySoldOrders2023-usd-tab.csv'], p, ['USD=0.92']);
  it('month by month: Order Net + Card Processing Fees (the formula is 4,00 short on 5 orders, 8 + 8 + 4)', () => {
    expect(results[0]!.problems).toEqual([]);
    const usd = { '2023-01': [130, '3098.28'], '2023-02': [101, '2397.17'], '2023-03': [88, '1904.27'] } as const;
    expect(byMonth(analysis!)).toEqual(Object.fromEntries(Object.entries(usd).map(([m, [n, v]]) => [m, [money2(D(String(n))), money2(D(v).times('0.92')), '0.00']])));
  });
});

describe('Etsy « Sold Orders » in Canadian dollars with « Delivery » headers (2020)', () => {
  const p = projectFrom('bougies-atelier-lumiere', '2020-09');
  const { results, analysis } = run(['EtsySoldOrders2020-cad-delivery.csv'], p, ['CAD=0.68']);
  it('reads Delivery, Delivery Discount, Sales tax and Order total like the US names', () => {
    expect([results[0]!.source, results[0]!.problems]).toEqual(['etsy_orders', []]);
    const cad = { '2020-09': [78, '3109.72', '518.5'], '2020-10': [84, '3384.67', '579.5'], '2020-11': [112, '4692.41', '835.5'] } as const;
    const shipping = (m: string) => money2(analysis!.months.find((x) => x.month === m)!.lines.find((l) => l.id === 'shipping_charged')!.actual!);
    expect(Object.fromEntries(analysis!.months.map((m) => [m.month, [...byMonth(analysis!)[m.month]!, shipping(m.month)]]))).toEqual(
      Object.fromEntries(Object.entries(cad).map(([m, [n, v, s]]) => [m, [money2(D(String(n))), money2(D(v).times('0.68')), '0.00', money2(D(s).times('0.68'))]])),
    );
  });
});

describe('Etsy « Sold Order Items » alone (2021), newest first', () => {
  const p = projectFrom('bougies-atelier-lumiere', '2021-01');
  const { analysis } = run(['EtsySoldOrderItems2021-usd.csv'], p, ['USD=0.92']);
  it('month by month: Σ Item Total + Order Shipping', () => {
    const usd: Record<string, [number, string]> = {
      '2021-01': [12, '61.95'],
      '2021-02': [9, '45.00'],
      '2021-03': [14, '97.45'],
      '2021-04': [12, '49.75'],
      '2021-05': [13, '67.45'],
      '2021-06': [5, '37.10'],
      '2021-07': [11, '44.60'],
      '2021-08': [10, '53.60'],
      '2021-09': [3, '23.20'],
      '2021-10': [2, '7.85'],
      '2021-11': [7, '30.15'],
      '2021-12': [11, '60.70'],
    };
    expect(byMonth(analysis!)).toEqual(Object.fromEntries(Object.entries(usd).map(([m, [n, v]]) => [m, [money2(D(String(n))), money2(D(v).times('0.92')), '0.00']])));
  });
  it('lines without SKU are grouped by name, each with its first line in the file (Python: 31 and 24 units, lines 12 and 13)', () => {
    const names = ['quali-tea boba', 'back to school essentials'].map(
      (n) => `${n} | sticker flakes, stickers, ${n === 'quali-tea boba' ? 'boba' : 'school'} stickers, bullet journal, stationery, crafts, pen pal, planners`,
    );
    const rows = analysis!.unmatched.filter((u) => names.includes(u.key)).map((u) => [money2(u.units), u.where]);
    expect(rows).toEqual([
      ['24.00', 'EtsySoldOrderItems2021-usd.csv:13'],
      ['31.00', 'EtsySoldOrderItems2021-usd.csv:12'],
    ]);
    // 158 units in all (Python: Σ Quantity), none a product of the plan
    expect(analysis!.withheld).toEqual({ reason: 'nothing_matched', units: D('158') });
  });
});

describe('WooCommerce, one row per order with line_item_N cells (WebToffee layout, built from its source)', () => {
  const p = projectFrom('the-kissa-import');
  const { results, analysis } = run(['woocommerce-webtoffee-orders.csv'], p);
  it('is recognised and counted: pending and on-hold apart, cancelled and failed left out', () => {
    expect([results[0]!.source, results[0]!.problems]).toEqual(['woocommerce', []]);
    expect(byMonth(analysis!)).toEqual({ '2027-09': ['3.00', '141.90', '23.90'], '2027-10': ['3.00', '220.20', '18.00'] });
    expect([analysis!.left, money2(analysis!.pending.amount)]).toEqual([{ cancelled: 2, test: 0, pending: 2 }, '95.80']);
  });
  it('items come from the cells, a name holding « | » included', () => {
    const units = (m: string, id: string) => money2(analysis!.months.find((x) => x.month === m)!.lines.find((l) => l.id === `units.${id}`)!.actual!);
    expect([units('2027-09', 'sencha-shizuoka'), units('2027-10', 'sencha-shizuoka'), units('2027-10', 'kyusu-tokoname')]).toEqual(['3.00', '5.00', '1.00']);
    const coffret = results[0]!.orders.find((o) => o.id === '2109')!.lines[0]!;
    expect([coffret.name, coffret.sku, money2(coffret.unitPrice!)]).toEqual(['Coffret découverte | 3 thés', 'coffret-3', '40.00']);
  });
});

describe('PrestaShop back-office export (French, built from its source)', () => {
  const p = projectFrom('vetements-maison-oree');
  const { results, analysis } = run(['prestashop-order-export-fr.csv'], p);
  it('is recognised and counted: a refunded order counts nothing, awaiting payment apart', () => {
    expect([results[0]!.source, results[0]!.problems]).toEqual(['prestashop', []]);
    expect(byMonth(analysis!)).toEqual({ '2027-03': ['3.00', '447.00', '84.00'], '2027-04': ['3.00', '462.00', '0.00'] });
    expect([analysis!.left, money2(analysis!.pending.amount)]).toEqual([{ cancelled: 2, test: 0, pending: 2 }, '1329.50']);
  });
  it('has no items: units and margins unknown, no re-forecast', () => {
    const cum = (id: string) => analysis!.cumulative.find((l) => l.id === id)!.actual;
    expect([cum('units.chemise-lin'), cum('contribution_margin')]).toEqual([null, null]);
    expect(analysis!.withheld).toEqual({ reason: 'no_items' });
  });
});
