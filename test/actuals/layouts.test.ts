/**
 * The platform tables and the small readers around them, each on a few rows written by hand
 * with the figures checked in the comments: header aliases, statuses, item cells, currency
 * marks and rates, Etsy's adjusted orders, a generic mapping with item cells.
 */
import { describe, expect, it } from 'vitest';
import { parseRates } from '../../src/actuals/currency.js';
import { itemFields } from '../../src/actuals/importers/item-cells.js';
import { importText } from '../../src/actuals/import.js';
import { ETSY_ORDERS, LAYOUTS, PRESTASHOP, SHOPIFY } from '../../src/actuals/layouts.js';
import { GENERIC_STATUS, PRESTASHOP_STATUS, SHOPIFY_STATUS, statusMeaning, WOO_STATUS } from '../../src/actuals/statuses.js';
import type { Order } from '../../src/actuals/types.js';
import { currencyIn, parseAmount } from '../../src/actuals/values.js';
import { money2 } from '../../src/model/decimal.js';

const m = (d: { toFixed: (n: number) => string } | null | undefined) => (d ? money2(d as never) : null);
const byId = (orders: Order[], id: string) => orders.find((o) => o.id === id)!;

describe('layouts are data', () => {
  it('every field of every layout has at least one header name, and the signature is made of its fields', () => {
    for (const l of LAYOUTS) {
      for (const names of Object.values(l.columns)) expect(names.length).toBeGreaterThan(0);
      for (const f of l.signature) expect(l.columns[f]).toBeDefined();
    }
    expect(ETSY_ORDERS.columns.shipping).toEqual(['Shipping', 'Delivery']);
    expect(PRESTASHOP.columns.status).toContain('État');
    expect(SHOPIFY.source).toBe('shopify');
  });
});

describe('statuses are data', () => {
  it('one rule across importers: awaiting payment is pending, never paid is cancelled', () => {
    expect(['pending', 'authorized', 'voided', 'expired'].map((s) => statusMeaning(SHOPIFY_STATUS, s))).toEqual(['pending', 'kept', 'cancelled', 'cancelled']);
    expect(['wc-pending', 'Pending payment', 'On hold', 'wc-failed', 'Refunded', 'Completed'].map((s) => statusMeaning(WOO_STATUS, s))).toEqual([
      'pending',
      'pending',
      'pending',
      'cancelled',
      'refunded',
      'kept',
    ]);
    expect(['En attente de virement bancaire', 'Remboursé', 'Annulé', 'Livré', 'Awaiting bank wire payment'].map((s) => statusMeaning(PRESTASHOP_STATUS, s))).toEqual([
      'pending',
      'refunded',
      'cancelled',
      'kept',
      'pending',
    ]);
    expect(['en attente de paiement', 'Annulée', 'test', 'payée'].map((s) => statusMeaning(GENERIC_STATUS, s))).toEqual(['pending', 'cancelled', 'test', 'kept']);
  });
  it('a status that is the name of an object property is a word like another', () => {
    expect(['constructor', '__proto__', 'toString'].map((s) => statusMeaning(WOO_STATUS, s))).toEqual(['kept', 'kept', 'kept']);
  });
});

describe('values', () => {
  it('reads the currency written beside an amount, and the amount without it', () => {
    expect(['1\u202f234,50\u00a0€', '12,00 $US', '$12.00', '12.00 CAD', '£3', '42,00'].map(currencyIn)).toEqual(['EUR', 'USD', 'USD', 'CAD', 'GBP', null]);
    expect(['1\u202f234,50\u00a0€', '12,00 $US', '12.00 CAD'].map((s) => m(parseAmount(s)))).toEqual(['1234.50', '12.00', '12.00']);
    expect([parseAmount('EUR'), parseAmount('€')]).toEqual([null, null]);
  });
  it('rates are Decimals read from the characters written; a bad or repeated one is named', () => {
    const r = parseRates(['USD=0.92', 'gbp=1,17']);
    expect(r.ok && [...r.rates].map(([c, d]) => [c, d.toString()])).toEqual([
      ['USD', '0.92'],
      ['GBP', '1.17'],
    ]);
    expect(parseRates(['USD=0'])).toEqual({ ok: false, value: 'USD=0' });
    expect(parseRates(['USD=0.92', 'USD=0.93'])).toEqual({ ok: false, value: 'USD=0.93' });
    expect(parseRates(['dollars'])).toEqual({ ok: false, value: 'dollars' });
  });
  it('an item cell: key:value parts, a « | » inside a name kept', () => {
    expect(Object.fromEntries(itemFields('name:Thé | tasse|product_id:4|sku:T1|quantity:2|total:10.00|tax:2.00|pa_poids:100 g'))).toEqual({
      name: 'Thé | tasse',
      product_id: '4',
      sku: 'T1',
      quantity: '2',
      total: '10.00',
      tax: '2.00',
      pa_poids: '100 g',
    });
  });
});

describe('Etsy: adjusted orders', () => {
  const ETSY = [
    'Sale Date,Order ID,Number of Items,Currency,Order Value,Discount Amount,Shipping Discount,Shipping,Sales Tax,Order Total,Status,Card Processing Fees,Order Net,Adjusted Order Total,Adjusted Card Processing Fees,Adjusted Net Order Amount,SKU',
    // never adjusted: Adjusted Order Total 0.00; Etsy collected 2,00 of tax: the seller gets 30,00
    '03/02/27,4001,1,EUR,25.00,0.00,0.00,5.00,0.00,32.00,,1.21,28.79,0.00,0.00,0.00,B1',
    // partly refunded: Etsy's adjusted net + fees = 18,44 + 0,56 = 19,00: 11,00 refunded of 30,00
    '03/03/27,4002,1,EUR,25.00,0.00,0.00,5.00,0.00,32.00,,1.21,28.79,20.00,0.56,18.44,B1',
    // no Order Net: value − discount + shipping + the seller's tax = 25 − 2,50 + 5 + 1,50 = 29,00
    '03/04/27,4003,1,EUR,25.00,2.50,0.00,5.00,1.50,29.00,,,,0.00,0.00,0.00,B1',
  ].join('\n');
  const r = importText(ETSY, 'EtsySoldOrders.csv');
  it('counts the seller’s money, a zero adjustment as none, a partial refund from Etsy’s adjusted figures', () => {
    expect(r.orders.map((o) => [o.id, m(o.total), m(o.refunds), o.taxes])).toEqual([
      ['4001', '30.00', '0.00', null],
      ['4002', '30.00', '11.00', null],
      ['4003', '29.00', '0.00', null],
    ]);
  });
});

describe('Etsy « Sold Order Items » in British English', () => {
  it('reads Order Delivery as the order’s shipping: total = Σ Item Total + Order Delivery', () => {
    const text = [
      'Sale Date,Item Name,Buyer,Quantity,Price,Discount Amount,Delivery Discount,Order Delivery,Order Sales Tax,Item Total,Currency,Transaction ID,Order ID,SKU',
      '03/14/27,Candle,x,2,12.00,0,0,3.50,0,24.00,GBP,1,77,C1',
    ].join('\n');
    const r = importText(text, 'EtsySoldOrderItems2027.csv');
    expect([r.source, r.orders.map((o) => [m(o.total), m(o.shipping), o.currency])]).toEqual(['etsy_items', [['27.50', '3.50', 'GBP']]]);
  });
});

describe('PrestaShop with an English back office, and a generic export with item cells', () => {
  it('reads the English headers and a total in US dollars', () => {
    const text = ['ID;Reference;"New client";Delivery;Customer;Total;Payment;Status;Date', '7;ABCDEFGHI;1;"United States";"J. Doe";$84.00;"Bank wire";"Payment accepted";"2027-03-29 20:31:12"'].join(
      '\n',
    );
    const r = importText(text, 'order_2027.csv');
    expect([r.source, r.orders.map((o) => [o.id, o.date, m(o.total), o.currency, o.status, o.lines.length])]).toEqual(['prestashop', [['7', '2027-03-29', '84.00', 'USD', 'kept', 0]]]);
  });
  it('a mapping with item_columns reads one row per order; a bad item is located at its cell', () => {
    const text = [
      'Commande,Jour,Statut,Article 1,Article 2,Total',
      'C1,02/03/2027,payée,name:T-shirt|sku:tshirt|quantity:2|total:84.00,name:Chemise|sku:chemise-lin|quantity:1|total:95.00,179.00',
      'C2,03/03/2027,en attente,name:T-shirt|quantity:deux|total:42.00,,42.00',
    ].join('\n');
    const r = importText(text, 'boutique.csv', { mapping: { order_id: 'Commande', date: 'Jour', status: 'Statut', total: 'Total', item_columns: 'Article ' } });
    expect(byId(r.orders, 'C1').lines.map((l) => [l.sku, money2(l.quantity)])).toEqual([
      ['tshirt', '2.00'],
      ['chemise-lin', '1.00'],
    ]);
    expect(byId(r.orders, 'C2').status).toBe('pending');
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.path])).toEqual([['actuals.bad_item', 3, 4, 'Article 1']]);
  });
  it('a mapping with neither quantity nor item_columns says so', () => {
    const r = importText('Commande,Jour\nC1,02/03/2027\n', 'b.csv', { mapping: { order_id: 'Commande', date: 'Jour' } });
    expect(r.problems.map((p) => p.code)).toEqual(['actuals.mapping_needs_items']);
  });
});
