/**
 * Shopify's orders export (Orders → Export → CSV): one row per line item; the
 * order's own fields (Financial Status, Paid at, Subtotal, Shipping, Taxes, Total,
 * Discount Amount, Refunded Amount, Cancelled at) are filled on its first row only.
 * Column names: docs/actuals.md.
 */
import type { CsvTable } from '../csv.js';
import type { ImportResult, Order, OrderLine, OrderStatus } from '../types.js';
import { groupRows, pos, Reader } from './read.js';

export const SHOPIFY_SIGNATURE = ['Name', 'Financial Status', 'Lineitem quantity', 'Lineitem name'];

function statusOf(financial: string, cancelledAt: string, tags: string, payment: string): OrderStatus {
  if (cancelledAt !== '' || /^voided$/i.test(financial)) return 'cancelled';
  if (/\btest\b/i.test(tags) || /bogus/i.test(payment)) return 'test';
  return 'kept';
}

export function importShopify(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.require(['Name', 'Lineitem quantity', 'Lineitem name', ['Paid at', 'Created at'], 'Total'])) return { source: 'shopify', orders: [], problems: r.problems };
  const dateColumn = r.pick('Paid at', 'Created at')!;
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, 'Name')) {
    const first = rows[0]!;
    // « Paid at » is empty for an unpaid order: « Created at » dates it then.
    const dateCell = r.text(first, dateColumn) === '' && r.has('Created at') ? 'Created at' : dateColumn;
    const date = r.date(first, dateCell);
    const lines: OrderLine[] = [];
    for (const row of rows) {
      const quantity = r.quantity(row, 'Lineitem quantity');
      if (quantity === null) continue;
      lines.push({
        quantity,
        unitPrice: r.amount(row, r.pick('Lineitem price')),
        sku: r.text(row, r.pick('Lineitem sku')) || null,
        name: r.text(row, 'Lineitem name'),
        line: row.line,
      });
    }
    const total = r.amount(first, 'Total');
    if (date === null || total === null) continue;
    const financial = r.text(first, r.pick('Financial Status'));
    orders.push({
      id,
      date,
      status: statusOf(financial, r.text(first, r.pick('Cancelled at')), r.text(first, r.pick('Tags')), r.text(first, r.pick('Payment Method'))),
      rawStatus: financial,
      lines,
      total,
      taxes: r.has('Taxes') ? r.amount(first, 'Taxes') : null,
      shipping: pos(r.amount(first, r.pick('Shipping'))),
      discounts: pos(r.amount(first, r.pick('Discount Amount'))),
      refunds: pos(r.amount(first, r.pick('Refunded Amount'))),
      currency: r.text(first, r.pick('Currency')) || null,
      source: 'shopify',
      file,
      line: first.line,
    });
  }
  return { source: 'shopify', orders, problems: r.problems };
}
