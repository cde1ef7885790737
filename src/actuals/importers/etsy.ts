/**
 * Etsy's « Sold Orders » CSV (one row per order) and « Sold Order Items » CSV (one row
 * per item), from Shop Manager → Settings → Options → Download Data. Columns, US and British:
 * layouts.ts (ETSY_ORDERS, ETSY_ITEMS). Dates are month first (`03/14/27`).
 *
 * What the seller is paid: `Order Net` + `Card Processing Fees`, Etsy's own figure — order
 * value − discounts + shipping (already net of its discount) + the seller's own tax + extras
 * such as gift wrapping. `Order Total` is not: for US buyers it holds the sales tax Etsy
 * collects and remits, even when `Sales Tax` shows it. Without `Order Net` (older files), the
 * sum is made from the columns. `Adjusted Order Total` is `0` on every order never adjusted:
 * only a non-zero one is a refund. The seller's VAT is inside the prices: the taxes are
 * unknown here (revenue HT follows the plan's HT/TTC ratio).
 *
 * Sold Orders has no quantity per item: with one SKU the order's « Number of Items » go to it,
 * with several each SKU gets one and the first the rest; give Sold Order Items too for exact
 * lines (the two files are merged by Order ID: lines from the items, money from the orders).
 */
import { Decimal, ONE, sum, ZERO } from '../../model/decimal.js';
import type { CsvRow, CsvTable } from '../csv.js';
import { ETSY_ITEMS, ETSY_ORDERS } from '../layouts.js';
import { ETSY_STATUS } from '../statuses.js';
import type { ImportResult, Order, OrderLine } from '../types.js';
import { groupRows, pos, Reader, settle } from './read.js';

type Columns = Record<keyof typeof ETSY_ORDERS.columns, string | undefined>;

/** What the seller is paid for the order, and what was refunded of it. */
function sellerMoney(r: Reader, row: CsvRow, c: Columns, orderTotal: Decimal): { paid: Decimal; refunds: Decimal } {
  const paid =
    c.net && r.text(row, c.net) !== ''
      ? pos(r.amount(row, c.net)).plus(pos(r.amount(row, c.fees)))
      : c.orderValue
        ? pos(r.amount(row, c.orderValue))
            .minus(pos(r.amount(row, c.discount)))
            .plus(pos(r.amount(row, c.shipping)))
            .plus(pos(r.amount(row, c.salesTax)))
        : orderTotal;
  const adjusted = pos(r.amount(row, c.adjustedTotal));
  if (adjusted.isZero()) return { paid, refunds: ZERO };
  // Adjusted like the order: Etsy's adjusted net and fees, else the adjusted total less the marketplace's tax.
  const adjustedPaid = c.adjustedNet ? pos(r.amount(row, c.adjustedNet)).plus(pos(r.amount(row, c.adjustedFees))) : adjusted.minus(orderTotal.minus(paid));
  return { paid, refunds: Decimal.min(paid, Decimal.max(ZERO, paid.minus(adjustedPaid))) };
}

function skuLines(r: Reader, row: CsvRow, c: Columns, items: Decimal): OrderLine[] {
  const skus = r
    .text(row, c.sku)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (skus.length === 0) return [{ quantity: items, unitPrice: null, sku: null, name: '', line: row.line }];
  return skus.map((sku, i) => ({ quantity: i === 0 ? Decimal.max(ONE, items.minus(skus.length - 1)) : ONE, unitPrice: null, sku, name: '', line: row.line }));
}

export function importEtsyOrders(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.requireFields(ETSY_ORDERS, ['date', 'orderId', 'items', 'total'])) return { source: 'etsy_orders', orders: [], problems: r.problems };
  const c = r.columnsOf(ETSY_ORDERS);
  const orders: Order[] = [];
  for (const row of table.rows) {
    const id = r.required(row, c.orderId!);
    const date = r.date(row, c.date!, 'mdy');
    const items = r.quantity(row, c.items!);
    const orderTotal = r.amount(row, c.total);
    if (id === null || date === null || items === null || orderTotal === null) continue;
    const { paid, refunds } = sellerMoney(r, row, c, orderTotal);
    const { meaning, raw } = r.status(row, c.status, ETSY_STATUS);
    orders.push({
      id,
      date,
      ...settle(meaning, paid, refunds),
      rawStatus: raw,
      lines: skuLines(r, row, c, items),
      total: paid,
      taxes: null,
      shipping: pos(r.amount(row, c.shipping)),
      discounts: pos(r.amount(row, c.discount)).plus(pos(r.amount(row, c.shippingDiscount))),
      currency: r.text(row, c.currency) || null,
      source: 'etsy_orders',
      file,
      line: row.line,
    });
  }
  return { source: 'etsy_orders', orders, problems: r.problems };
}

/** Sold Order Items alone: paid = Σ Item Total + Order Shipping (this file has no status and no refund). */
export function importEtsyItems(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.requireFields(ETSY_ITEMS, ['date', 'orderId', 'itemName', 'quantity']) || !r.require([[...ETSY_ITEMS.columns.itemTotal, ...ETSY_ITEMS.columns.price]]))
    return { source: 'etsy_items', orders: [], problems: r.problems };
  const c = r.columnsOf(ETSY_ITEMS);
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, c.orderId!)) {
    const first = rows[0]!;
    const date = r.date(first, c.date!, 'mdy');
    const lines: OrderLine[] = [];
    const totals: Decimal[] = [];
    for (const row of rows) {
      const quantity = r.quantity(row, c.quantity!);
      const price = r.amount(row, c.price);
      if (quantity === null) continue;
      lines.push({ quantity, unitPrice: price, sku: r.text(row, c.sku) || null, name: r.text(row, c.itemName), line: row.line });
      totals.push(c.itemTotal ? (r.amount(row, c.itemTotal) ?? ZERO) : (price ?? ZERO).times(quantity));
    }
    if (date === null) continue;
    const shipping = pos(r.amount(first, c.shipping));
    orders.push({
      id,
      date,
      status: 'kept',
      rawStatus: '',
      lines,
      total: sum(totals).plus(shipping),
      taxes: null,
      shipping,
      discounts: sum(rows.map((row) => pos(r.amount(row, c.discount)))),
      refunds: ZERO,
      currency: r.text(first, c.currency) || null,
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
