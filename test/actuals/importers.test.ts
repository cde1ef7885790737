/**
 * Each importer on a small export written by hand, every figure checked against
 * the text above it: multi-line orders, discounts, refunds, cancelled and test
 * orders, and a malformed row reported at its line and column.
 */
import { describe, expect, it } from 'vitest';
import { decodeExport } from '../../src/actuals/csv.js';
import { combineOrders, importExport, importText } from '../../src/actuals/import.js';
import type { Order } from '../../src/actuals/types.js';
import { parseAmount, parseDate } from '../../src/actuals/values.js';
import { money2 } from '../../src/model/decimal.js';

const m = (d: { toFixed: (n: number) => string } | null) => (d === null ? null : money2(d as never));
const byId = (orders: Order[], id: string) => orders.find((o) => o.id === id)!;

describe('values', () => {
  it('reads amounts with a comma or a point, thousands separators and signs', () => {
    expect(m(parseAmount('1 234,56 €'))).toBe('1234.56');
    expect(m(parseAmount('1,234.56'))).toBe('1234.56');
    expect(m(parseAmount('1.234,56'))).toBe('1234.56');
    expect(m(parseAmount('-3,5'))).toBe('-3.50');
    expect(m(parseAmount('(12.00)'))).toBe('-12.00');
    expect(m(parseAmount(''))).toBe('0.00');
    expect(parseAmount('douze')).toBeNull();
  });
  it('reads ISO and French dates, and month-first dates when told', () => {
    expect(parseDate('2027-03-14 10:02:33 +0100')).toBe('2027-03-14');
    expect(parseDate('2027-03-14T10:02:33Z')).toBe('2027-03-14');
    expect(parseDate('14/03/2027 10:22')).toBe('2027-03-14');
    expect(parseDate('14/03/27')).toBe('2027-03-14');
    expect(parseDate('03/14/27', 'mdy')).toBe('2027-03-14');
    expect(parseDate('31/02/2027')).toBeNull();
    expect(parseDate('hier')).toBeNull();
  });
});

const SHOPIFY = [
  'Name,Email,Financial Status,Paid at,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Cancelled at,Payment Method,Refunded Amount,Tags',
  '#1001,a@example.com,paid,2027-01-05 10:00:00 +0100,EUR,63.00,0.00,10.50,63.00,,0.00,2027-01-05 10:00:00 +0100,2,Bougie,24.00,B1,,Shopify Payments,0.00,',
  '#1001,,,,,,,,,,,,1,Fondants,15.00,F1,,,,',
  '#1002,b@example.com,partially_refunded,2027-01-20 18:30:00 +0100,EUR,21.60,5.90,4.58,27.50,BIENVENUE10,2.40,2027-01-20 18:30:00 +0100,1,Bougie,24.00,B1,,Shopify Payments,10.00,',
  '#1003,c@example.com,voided,,EUR,24.00,5.90,0.00,29.90,,0.00,2027-02-01 09:00:00 +0100,1,Bougie,24.00,B1,2027-02-01 09:05:00 +0100,Shopify Payments,0.00,',
  '#1004,d@example.com,paid,2027-02-02 09:00:00 +0100,EUR,24.00,5.90,0.00,29.90,,0.00,2027-02-02 09:00:00 +0100,1,Bougie,24.00,B1,,bogus,0.00,test',
  '#1005,e@example.com,paid,2027-02-03 09:00:00 +0100,EUR,24.00,5.90,0.00,29.90,,0.00,2027-02-03 09:00:00 +0100,deux,Bougie,24.00,B1,,Shopify Payments,0.00,',
].join('\n');

describe('Shopify orders export', () => {
  const r = importText(SHOPIFY, 'shopify.csv');
  it('is detected from its header', () => expect(r.source).toBe('shopify'));
  it('groups the rows of a multi-line order, order fields from its first row', () => {
    const o = byId(r.orders, '#1001');
    expect(o.date).toBe('2027-01-05');
    expect(o.lines.map((l) => [money2(l.quantity), l.sku, l.name, m(l.unitPrice), l.line])).toEqual([
      ['2.00', 'B1', 'Bougie', '24.00', 2],
      ['1.00', 'F1', 'Fondants', '15.00', 3],
    ]);
    expect([m(o.total), m(o.taxes), m(o.shipping), m(o.discounts), m(o.refunds)]).toEqual(['63.00', '10.50', '0.00', '0.00', '0.00']);
    expect(o.status).toBe('kept');
  });
  it('reads the discount and the refund', () => {
    const o = byId(r.orders, '#1002');
    expect([m(o.total), m(o.discounts), m(o.refunds), m(o.shipping)]).toEqual(['27.50', '2.40', '10.00', '5.90']);
    expect(o.rawStatus).toBe('partially_refunded');
  });
  it('dates an unpaid order by Created at; a cancelled one is marked, a test one too', () => {
    expect(byId(r.orders, '#1003')).toMatchObject({ status: 'cancelled', date: '2027-02-01' });
    expect(byId(r.orders, '#1004').status).toBe('test');
  });
  it('reports a malformed quantity at its line and column, by column name', () => {
    expect(r.problems).toEqual([
      {
        code: 'actuals.bad_quantity',
        severity: 'error',
        path: 'Lineitem quantity',
        line: 7,
        column: 13,
        data: { column: 'Lineitem quantity', value: 'deux' },
      },
    ]);
  });
});

const WOO = [
  'Order Number;Order Status;Order Date;Cart Discount Amount;Order Shipping Amount;Order Shipping Tax Amount;Order Refund Amount;Order Total Amount;Order Total Tax Amount;Order Currency;Item #;SKU;Item Name;Quantity;Item Cost (inc. tax)',
  '2001;Completed;2027-09-01 20:42;0,00;4,58;0,92;0,00;79,50;2,53;EUR;1;sencha;Sencha;2;18,00',
  '2001;Completed;2027-09-01 20:42;0,00;4,58;0,92;0,00;79,50;2,53;EUR;2;matcha;Matcha;1;28,00',
  '2002;Refunded;2027-09-03 11:00;2,80;4,58;0,92;30,70;30,70;1,81;EUR;1;matcha;Matcha;1;28,00',
  '2003;Cancelled;2027-09-04 11:00;0,00;4,58;0,92;0,00;33,50;1,81;EUR;1;matcha;Matcha;1;28,00',
  '2004;Completed;04/09/2027;0,00;0,00;0,00;0,00;18,00;0,94;EUR;1;sencha;Sencha;1;18,00',
  '2005;Completed;le 5 septembre;0,00;0,00;0,00;0,00;18,00;0,94;EUR;1;sencha;Sencha;1;18,00',
].join('\r\n');

describe('WooCommerce order export (semicolons, decimal commas)', () => {
  const r = importText(WOO, 'woo.csv');
  it('is detected and groups an order’s items', () => {
    expect(r.source).toBe('woocommerce');
    const o = byId(r.orders, '2001');
    expect(o.lines.map((l) => [money2(l.quantity), l.sku, m(l.unitPrice)])).toEqual([
      ['2.00', 'sencha', '18.00'],
      ['1.00', 'matcha', '28.00'],
    ]);
    // shipping TTC = 4,58 HT + 0,92 VAT
    expect([m(o.total), m(o.taxes), m(o.shipping)]).toEqual(['79.50', '2.53', '5.50']);
  });
  it('reads the coupon and a full refund; a cancelled order is marked', () => {
    expect([m(byId(r.orders, '2002').discounts), m(byId(r.orders, '2002').refunds)]).toEqual(['2.80', '30.70']);
    expect(byId(r.orders, '2002').status).toBe('kept');
    expect(byId(r.orders, '2003').status).toBe('cancelled');
  });
  it('reads a French date and reports an unreadable one at its line', () => {
    expect(byId(r.orders, '2004').date).toBe('2027-09-04');
    expect(r.orders.some((o) => o.id === '2005')).toBe(false);
    expect(r.problems).toEqual([
      {
        code: 'actuals.bad_date',
        severity: 'error',
        path: 'Order Date',
        line: 7,
        column: 3,
        data: { column: 'Order Date', value: 'le 5 septembre' },
      },
    ]);
  });
});

const ETSY_ORDERS = [
  'Sale Date,Order ID,Number of Items,Currency,Order Value,Coupon Code,Discount Amount,Shipping Discount,Shipping,Sales Tax,Order Total,Status,Adjusted Order Total,SKU',
  '01/15/27,3100,3,EUR,72.00,MERCI10,7.20,0.00,0.00,0.00,64.80,Completed,,"B1,F1"',
  '01/20/27,3101,1,EUR,24.00,,0.00,0.00,5.90,0.00,29.90,Completed,5.90,B1',
  '02/02/27,3102,1,EUR,24.00,,0.00,0.00,5.90,0.00,29.90,Canceled,,B1',
].join('\n');
const ETSY_ITEMS = [
  'Sale Date,Item Name,Buyer,Quantity,Price,Discount Amount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Order ID,SKU',
  '01/15/27,Bougie,x,2,24.00,4.80,0.00,0.00,43.20,EUR,1,3100,B1',
  '01/15/27,Fondants,x,1,24.00,2.40,0.00,0.00,21.60,EUR,2,3100,F1',
].join('\n');

describe('Etsy Sold Orders and Sold Order Items', () => {
  const orders = importText(ETSY_ORDERS, 'EtsySoldOrders.csv');
  const items = importText(ETSY_ITEMS, 'EtsySoldOrderItems.csv');
  it('tells the two files apart by their header; dates are month first', () => {
    expect([orders.source, items.source]).toEqual(['etsy_orders', 'etsy_items']);
    expect(byId(orders.orders, '3100').date).toBe('2027-01-15');
  });
  it('Sold Orders alone: the first SKU takes the remaining items; the refund is Order Total − Adjusted Order Total', () => {
    const o = byId(orders.orders, '3100');
    expect(o.lines.map((l) => [l.sku, money2(l.quantity)])).toEqual([
      ['B1', '2.00'],
      ['F1', '1.00'],
    ]);
    expect([m(o.total), m(o.discounts), m(o.refunds)]).toEqual(['64.80', '7.20', '0.00']);
    expect(m(byId(orders.orders, '3101').refunds)).toBe('24.00'); // 29,90 − 5,90
    expect(byId(orders.orders, '3102').status).toBe('cancelled');
  });
  it('Sold Order Items alone: total = Σ Item Total + Order Shipping', () => {
    const o = byId(items.orders, '3100');
    expect([m(o.total), m(o.discounts)]).toEqual(['64.80', '7.20']);
  });
  it('both files: one order each, lines from the items, money from the orders', () => {
    const all = combineOrders([orders, items]).orders;
    expect(all.map((o) => o.id)).toEqual(['3100', '3101', '3102']);
    const o = byId(all, '3100');
    expect(o.source).toBe('etsy_orders');
    expect(o.lines.map((l) => [l.name, money2(l.quantity)])).toEqual([
      ['Bougie', '2.00'],
      ['Fondants', '1.00'],
    ]);
  });
});

const MAPPING = {
  order_id: 'Référence',
  date: 'Date',
  quantity: 'Quantité',
  sku: 'Réf. produit',
  name: 'Produit',
  total: 'Total TTC',
  taxes: 'TVA',
  refunds: 'Remboursé',
  status: 'État',
};
const GENERIC = [
  'Référence;Date;État;Produit;Réf. produit;Quantité;Total TTC;TVA;Remboursé',
  'ORE1;02/03/2027 09:57;Livré;Chemise en lin lavé;chemise-lin;1;99,90;16,65;0,00',
  'ORE1;02/03/2027 09:57;Livré;T-shirt;tshirt;2;99,90;16,65;0,00',
  'ORE2;05/03/2027;Annulée;T-shirt;tshirt;1;42,00;7,00;0,00',
  'ORE3;06/03/2027;Livré;T-shirt;tshirt;1;quarante;7,00;0,00',
].join('\r\n');

describe('generic CSV with a column mapping, Latin-1', () => {
  const bytes = Buffer.from(GENERIC, 'latin1');
  const r = importExport(bytes, 'presta.csv', { mapping: MAPPING });
  it('reads a Latin-1 file with a note, and detects the mapping from the header', () => {
    expect(r.source).toBe('generic');
    expect(r.problems[0]).toMatchObject({ code: 'actuals.read_as_latin1', severity: 'info' });
    expect(byId(r.orders, 'ORE1').lines.map((l) => [l.name, l.sku, money2(l.quantity)])).toEqual([
      ['Chemise en lin lavé', 'chemise-lin', '1.00'],
      ['T-shirt', 'tshirt', '2.00'],
    ]);
    expect([m(byId(r.orders, 'ORE1').total), m(byId(r.orders, 'ORE1').taxes)]).toEqual(['99.90', '16.65']);
    expect(byId(r.orders, 'ORE2').status).toBe('cancelled');
  });
  it('reports a bad amount at its line and column', () => {
    expect(r.problems.slice(1)).toEqual([
      {
        code: 'actuals.bad_amount',
        severity: 'error',
        path: 'Total TTC',
        line: 5,
        column: 7,
        data: { column: 'Total TTC', value: 'quarante' },
      },
    ]);
  });
  it('without a mapping, the format is unknown', () => {
    const u = importExport(bytes, 'presta.csv');
    expect(u.problems.map((p) => p.code)).toEqual(['actuals.read_as_latin1', 'actuals.unknown_format']);
  });
});

describe('encodings', () => {
  it('a UTF-8 BOM is dropped', () => {
    const d = decodeExport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name,Total\n')]));
    expect(d).toMatchObject({ ok: true, encoding: 'utf-8', text: 'Name,Total\n' });
  });
  it('UTF-16 and binary files are refused with their own message', () => {
    expect(decodeExport(Buffer.from([0xff, 0xfe, 0x41, 0x00])).problems[0]!.code).toBe('actuals.utf16');
    expect(decodeExport(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])).problems[0]).toMatchObject({
      code: 'actuals.binary',
      data: { offset: 4 },
    });
    expect(decodeExport(Buffer.alloc(0)).problems[0]!.code).toBe('actuals.empty_file');
  });
  it('an unclosed quote is a located CSV syntax error', () => {
    const r = importText('Name,Total\n"#1,12\n', 'x.csv');
    expect(r.problems[0]!.code).toBe('actuals.csv_syntax');
  });
});
