/**
 * WooCommerce's order export (the « Advanced Order Export For WooCommerce »
 * layout, one row per item, the order's fields repeated on each row): Order
 * Number, Order Status, Order Date, SKU, Item Name, Quantity, Item Cost (inc. tax),
 * Discount Amount, Order Shipping Amount, Order Total Tax Amount, Order Total
 * Amount, Order Refund Amount, Order Currency. Column names: docs/actuals.md.
 */
import type { CsvTable } from '../csv.js';
import type { ImportResult, Order, OrderLine, OrderStatus } from '../types.js';
import { groupRows, pos, Reader } from './read.js';

export const WOO_SIGNATURE = ['Order Number', 'Order Status', 'Order Date', 'Item Name'];

/** Orders never paid (pending, failed, draft) are left out with the cancelled ones. */
function statusOf(raw: string): OrderStatus {
  const s = raw.toLowerCase().replace(/^wc-/, '');
  if (/cancel|failed|pending|draft|annul|échou|attente de paiement/.test(s)) return 'cancelled';
  return 'kept';
}

export function importWooCommerce(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.require(['Order Number', 'Order Status', 'Order Date', 'Item Name', ['Quantity', 'Quantity (- Refund)'], 'Order Total Amount']))
    return { source: 'woocommerce', orders: [], problems: r.problems };
  const qty = r.pick('Quantity', 'Quantity (- Refund)')!;
  const price = r.pick('Item Cost (inc. tax)', 'Item Cost');
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, 'Order Number')) {
    const first = rows[0]!;
    const date = r.date(first, 'Order Date');
    const lines: OrderLine[] = [];
    for (const row of rows) {
      const quantity = r.quantity(row, qty);
      if (quantity === null) continue;
      lines.push({
        quantity,
        unitPrice: price ? r.amount(row, price) : null,
        sku: r.text(row, r.pick('SKU')) || null,
        name: r.text(row, 'Item Name'),
        line: row.line,
      });
    }
    const total = r.amount(first, 'Order Total Amount');
    const shipping = pos(r.amount(first, r.pick('Order Shipping Amount'))).plus(pos(r.amount(first, r.pick('Order Shipping Tax Amount'))));
    if (date === null || total === null) continue;
    const rawStatus = r.text(first, 'Order Status');
    orders.push({
      id,
      date,
      status: statusOf(rawStatus),
      rawStatus,
      lines,
      total,
      taxes: r.has('Order Total Tax Amount') ? r.amount(first, 'Order Total Tax Amount') : null,
      shipping,
      discounts: pos(r.amount(first, r.pick('Cart Discount Amount', 'Discount Amount'))),
      refunds: pos(r.amount(first, r.pick('Order Refund Amount', 'Order Total Refunded'))),
      currency: r.text(first, r.pick('Order Currency', 'Currency')) || null,
      source: 'woocommerce',
      file,
      line: first.line,
    });
  }
  return { source: 'woocommerce', orders, problems: r.problems };
}
