/**
 * Shopify's orders export (Orders → Export → CSV): one row per line item; the
 * order's own fields (Financial Status, Paid at, Subtotal, Shipping, Taxes, Total,
 * Discount Amount, Refunded Amount, Cancelled at) are filled on its first row only.
 * Columns: layouts.ts (SHOPIFY); statuses: statuses.ts (SHOPIFY_STATUS).
 */
import type { CsvTable } from '../csv.js';
import { SHOPIFY } from '../layouts.js';
import { SHOPIFY_STATUS } from '../statuses.js';
import type { ImportResult, Order, OrderLine } from '../types.js';
import { groupRows, pos, Reader, settle } from './read.js';

export function importShopify(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.requireFields(SHOPIFY, ['name', 'quantity', 'itemName', 'total']) || !r.require([[...SHOPIFY.columns.paidAt, ...SHOPIFY.columns.createdAt]]))
    return { source: 'shopify', orders: [], problems: r.problems };
  const c = r.columnsOf(SHOPIFY);
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, c.name!)) {
    const first = rows[0]!;
    // « Paid at » is empty for an unpaid order: « Created at » dates it then.
    const date = r.date(first, c.paidAt && (r.text(first, c.paidAt) !== '' || !c.createdAt) ? c.paidAt : c.createdAt!);
    const lines: OrderLine[] = [];
    for (const row of rows) {
      const quantity = r.quantity(row, c.quantity!);
      if (quantity === null) continue;
      lines.push({ quantity, unitPrice: r.amount(row, c.itemPrice), sku: r.text(row, c.sku) || null, name: r.text(row, c.itemName), line: row.line });
    }
    const total = r.amount(first, c.total);
    if (date === null || total === null) continue;
    const { meaning, raw } = r.status(first, c.financialStatus, SHOPIFY_STATUS);
    const isTest = /\btest\b/i.test(r.text(first, c.tags)) || /bogus/i.test(r.text(first, c.paymentMethod));
    const settled = settle(r.text(first, c.cancelledAt) !== '' ? 'cancelled' : isTest ? 'test' : meaning, total, pos(r.amount(first, c.refunded)));
    orders.push({
      id,
      date,
      ...settled,
      rawStatus: raw,
      lines,
      total,
      taxes: c.taxes ? r.amount(first, c.taxes) : null,
      shipping: pos(r.amount(first, c.shipping)),
      discounts: pos(r.amount(first, c.discount)),
      currency: r.text(first, c.currency) || null,
      source: 'shopify',
      file,
      line: first.line,
    });
  }
  return { source: 'shopify', orders, problems: r.problems };
}
