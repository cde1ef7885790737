/**
 * WooCommerce's order exports, in the layouts of its two common export plugins (layouts.ts):
 * « Advanced Order Export For WooCommerce », one row per item with the order's fields
 * repeated (WOO_ITEMS), and WebToffee's « Order Export & Order Import », one row per order
 * with its items in `line_item_N` cells (WOO_ORDERS). Statuses: statuses.ts (WOO_STATUS).
 */
import { type Decimal, sum, ZERO } from '../../model/decimal.js';
import type { CsvRow, CsvTable } from '../csv.js';
import { WOO_ITEM_COLUMNS, WOO_ITEMS, WOO_ORDERS } from '../layouts.js';
import { WOO_STATUS } from '../statuses.js';
import type { ImportResult, Order, OrderLine } from '../types.js';
import { parseAmount } from '../values.js';
import { itemColumns, itemFields, itemLines } from './item-cells.js';
import { groupRows, pos, Reader, settle } from './read.js';

/** The order fields both layouts share, under the columns each writes them in. */
type Money = { status?: string; taxes?: string; shipping?: string; shippingTax?: string; discount?: string; currency?: string };

/** One order from its first row: what both layouts read alike. */
function wooOrder(r: Reader, first: CsvRow, c: Money, o: { id: string; date: string; total: Decimal; refunds: Decimal; lines: OrderLine[]; file: string }): Order {
  const { meaning, raw } = r.status(first, c.status, WOO_STATUS);
  return {
    id: o.id,
    date: o.date,
    ...settle(meaning, o.total, o.refunds),
    rawStatus: raw,
    lines: o.lines,
    total: o.total,
    taxes: c.taxes ? r.amount(first, c.taxes) : null,
    shipping: pos(r.amount(first, c.shipping)).plus(pos(r.amount(first, c.shippingTax))),
    discounts: pos(r.amount(first, c.discount)),
    currency: r.text(first, c.currency) || null,
    source: 'woocommerce',
    file: o.file,
    line: first.line,
  };
}

export function importWooCommerce(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.requireFields(WOO_ITEMS, ['orderNumber', 'status', 'date', 'itemName', 'quantity', 'total'])) return { source: 'woocommerce', orders: [], problems: r.problems };
  const c = r.columnsOf(WOO_ITEMS);
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, c.orderNumber!)) {
    const first = rows[0]!;
    const date = r.date(first, c.date!);
    const lines: OrderLine[] = [];
    for (const row of rows) {
      const quantity = r.quantity(row, c.quantity!);
      if (quantity === null) continue;
      lines.push({ quantity, unitPrice: c.itemPrice ? r.amount(row, c.itemPrice) : null, sku: r.text(row, c.sku) || null, name: r.text(row, c.itemName), line: row.line });
    }
    const total = r.amount(first, c.total);
    if (date === null || total === null) continue;
    orders.push(wooOrder(r, first, c, { id, date, total, refunds: pos(r.amount(first, c.refunded)), lines, file }));
  }
  return { source: 'woocommerce', orders, problems: r.problems };
}

/** `refund_items`: `amount:10.00|reason:…|date:…` joined by `;` → the amount refunded. */
function refunded(cell: string) {
  return sum(cell.split(';').map((part) => parseAmount(itemFields(part).get('amount') ?? '')?.abs() ?? ZERO));
}

export function importWooCommerceOrders(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.requireFields(WOO_ORDERS, ['orderNumber', 'date', 'status', 'total'])) return { source: 'woocommerce', orders: [], problems: r.problems };
  const c = r.columnsOf(WOO_ORDERS);
  const items = itemColumns(table.header, WOO_ITEM_COLUMNS);
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, c.orderNumber!)) {
    const first = rows[0]!;
    const date = r.date(first, c.date!);
    const total = r.amount(first, c.total);
    const lines = rows.flatMap((x) => itemLines(r, x, items));
    if (date === null || total === null) continue;
    orders.push(wooOrder(r, first, c, { id, date, total, refunds: refunded(r.text(first, c.refunds)), lines, file }));
  }
  return { source: 'woocommerce', orders, problems: r.problems };
}
