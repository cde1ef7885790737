/**
 * A CSV of any other shop, read through a column mapping (`actuals.mapping` in the
 * project or `--mapping file.yaml`): one row per order line, the order's fields
 * taken from its first row. Only `order_id`, `date` and `quantity` are required.
 */
import { ZERO } from '../../model/decimal.js';
import type { CsvTable } from '../csv.js';
import type { ColumnMapping, ImportResult, Order, OrderLine, OrderStatus } from '../types.js';
import { groupRows, pos, Reader } from './read.js';

const statusOf = (raw: string): OrderStatus => (/cancel|annul|failed|échou/i.test(raw) ? 'cancelled' : /^test$/i.test(raw) ? 'test' : 'kept');

export function importGeneric(table: CsvTable, file: string, m: ColumnMapping): ImportResult {
  const r = new Reader(table);
  const wanted = [m.order_id, m.date, m.quantity, m.sku, m.name, m.unit_price, m.total, m.taxes, m.shipping, m.discounts, m.refunds, m.status, m.currency].filter((c): c is string => c !== undefined);
  if (!r.require(wanted)) return { source: 'generic', orders: [], problems: r.problems };
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, m.order_id)) {
    const first = rows[0]!;
    const date = r.date(first, m.date, m.date_order ?? 'dmy');
    const lines: OrderLine[] = [];
    for (const row of rows) {
      const quantity = r.quantity(row, m.quantity);
      if (quantity === null) continue;
      lines.push({
        quantity,
        unitPrice: m.unit_price ? r.amount(row, m.unit_price) : null,
        sku: r.text(row, m.sku) || null,
        name: r.text(row, m.name),
        line: row.line,
      });
    }
    const total = m.total ? r.amount(first, m.total) : null;
    if (date === null) continue;
    const rawStatus = r.text(first, m.status);
    orders.push({
      id,
      date,
      status: statusOf(rawStatus),
      rawStatus,
      lines,
      total,
      taxes: m.taxes ? r.amount(first, m.taxes) : null,
      shipping: m.shipping ? pos(r.amount(first, m.shipping)) : ZERO,
      discounts: m.discounts ? pos(r.amount(first, m.discounts)) : ZERO,
      refunds: m.refunds ? pos(r.amount(first, m.refunds)) : ZERO,
      currency: r.text(first, m.currency) || null,
      source: 'generic',
      file,
      line: first.line,
    });
  }
  return { source: 'generic', orders, problems: r.problems };
}
