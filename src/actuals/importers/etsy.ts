/**
 * Etsy's « Sold Orders » CSV (one row per order) and « Sold Order Items » CSV (one
 * row per item), from Shop Manager → Settings → Options → Download Data. Etsy
 * writes dates month first (`03/14/27`). Sold Orders has no quantity per item: with
 * one SKU the order's « Number of Items » go to it, with several each SKU gets one
 * and the first the rest; give Sold Order Items too for exact lines (the two files
 * are merged by Order ID: lines from the items, money from the orders).
 */
import { Decimal, ONE, sum, ZERO } from '../../model/decimal.js';
import type { CsvTable } from '../csv.js';
import type { ImportResult, Order, OrderLine, OrderStatus } from '../types.js';
import { groupRows, pos, Reader } from './read.js';

export const ETSY_ORDERS_SIGNATURE = ['Sale Date', 'Order ID', 'Number of Items', 'Order Total'];
export const ETSY_ITEMS_SIGNATURE = ['Sale Date', 'Item Name', 'Transaction ID', 'Order ID'];

const statusOf = (raw: string): OrderStatus => (/cancel|annul/i.test(raw) ? 'cancelled' : 'kept');

export function importEtsyOrders(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.require(['Sale Date', 'Order ID', 'Number of Items', 'Order Total'])) return { source: 'etsy_orders', orders: [], problems: r.problems };
  const orders: Order[] = [];
  for (const row of table.rows) {
    const id = r.required(row, 'Order ID');
    const date = r.date(row, 'Sale Date', 'mdy');
    const items = r.quantity(row, 'Number of Items');
    const total = r.amount(row, 'Order Total');
    if (id === null || date === null || items === null || total === null) continue;
    const skus = r
      .text(row, r.pick('SKU'))
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const lines: OrderLine[] =
      skus.length === 0
        ? [{ quantity: items, unitPrice: null, sku: null, name: '', line: row.line }]
        : skus.map((sku, i) => ({
            quantity: i === 0 ? Decimal.max(ONE, items.minus(skus.length - 1)) : ONE,
            unitPrice: null,
            sku,
            name: '',
            line: row.line,
          }));
    const adjusted = r.text(row, r.pick('Adjusted Order Total'));
    const adjustedTotal = adjusted === '' ? null : r.amount(row, 'Adjusted Order Total');
    const rawStatus = r.text(row, r.pick('Status'));
    orders.push({
      id,
      date,
      status: statusOf(rawStatus),
      rawStatus,
      lines,
      total,
      taxes: r.has('Sales Tax') ? r.amount(row, 'Sales Tax') : null,
      shipping: pos(r.amount(row, r.pick('Shipping'))),
      discounts: pos(r.amount(row, r.pick('Discount Amount'))).plus(pos(r.amount(row, r.pick('Shipping Discount')))),
      refunds: adjustedTotal?.lt(total) ? total.minus(adjustedTotal) : ZERO,
      currency: r.text(row, r.pick('Currency')) || null,
      source: 'etsy_orders',
      file,
      line: row.line,
    });
  }
  return { source: 'etsy_orders', orders, problems: r.problems };
}

/** Sold Order Items alone: total = Σ Item Total + Order Shipping (no refunds, no status in this file). */
export function importEtsyItems(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.require(['Sale Date', 'Order ID', 'Item Name', 'Quantity', ['Item Total', 'Price']])) return { source: 'etsy_items', orders: [], problems: r.problems };
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, 'Order ID')) {
    const first = rows[0]!;
    const date = r.date(first, 'Sale Date', 'mdy');
    const lines: OrderLine[] = [];
    const totals = [];
    for (const row of rows) {
      const quantity = r.quantity(row, 'Quantity');
      const price = r.amount(row, r.pick('Price'));
      if (quantity === null) continue;
      lines.push({ quantity, unitPrice: price, sku: r.text(row, r.pick('SKU')) || null, name: r.text(row, 'Item Name'), line: row.line });
      totals.push(r.has('Item Total') ? (r.amount(row, 'Item Total') ?? ZERO) : (price ?? ZERO).times(quantity));
    }
    if (date === null) continue;
    const shipping = pos(r.amount(first, r.pick('Order Shipping')));
    orders.push({
      id,
      date,
      status: 'kept',
      rawStatus: '',
      lines,
      total: sum(totals).plus(shipping),
      taxes: r.has('Order Sales Tax') ? r.amount(first, 'Order Sales Tax') : null,
      shipping,
      discounts: sum(rows.map((row) => pos(r.amount(row, r.pick('Discount Amount'))))),
      refunds: ZERO,
      currency: r.text(first, r.pick('Currency')) || null,
      source: 'etsy_items',
      file,
      line: first.line,
    });
  }
  return { source: 'etsy_items', orders, problems: r.problems };
}

/** Sold Orders + Sold Order Items: an order in both takes its lines from the items file. */
export function mergeEtsy(orders: Order[]): Order[] {
  const items = new Map(orders.filter((o) => o.source === 'etsy_items').map((o) => [o.id, o]));
  const fromOrders = new Set(orders.filter((o) => o.source === 'etsy_orders').map((o) => o.id));
  return orders.filter((o) => !(o.source === 'etsy_items' && fromOrders.has(o.id))).map((o) => (o.source === 'etsy_orders' && items.has(o.id) ? { ...o, lines: items.get(o.id)!.lines } : o));
}
