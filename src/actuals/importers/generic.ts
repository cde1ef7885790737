/**
 * A CSV of any other shop, read through a column mapping (`actuals.mapping` in the
 * project or `--mapping file.yaml`): one row per order line, the order's fields
 * taken from its first row; or one row per order with its items in numbered cells
 * (`item_columns: line_item_`, each `name:…|sku:…|quantity:2|total:…`). `order_id` and
 * `date` are required, and `quantity` unless `item_columns` is given.
 */
import { problem } from '../../diagnostics/problem.js';
import { ZERO } from '../../model/decimal.js';
import type { CsvRow, CsvTable } from '../csv.js';
import { GENERIC_STATUS } from '../statuses.js';
import type { ColumnMapping, ImportResult, Order, OrderLine } from '../types.js';
import { itemColumns, itemLines } from './item-cells.js';
import { groupRows, pos, Reader, settle } from './read.js';

function rowLines(r: Reader, rows: CsvRow[], m: ColumnMapping, items: string[]): OrderLine[] {
  if (m.item_columns !== undefined) return rows.flatMap((row) => itemLines(r, row, items));
  const lines: OrderLine[] = [];
  for (const row of rows) {
    const quantity = r.quantity(row, m.quantity!);
    if (quantity === null) continue;
    lines.push({ quantity, unitPrice: m.unit_price ? r.amount(row, m.unit_price) : null, sku: r.text(row, m.sku) || null, name: r.text(row, m.name), line: row.line });
  }
  return lines;
}

export function importGeneric(table: CsvTable, file: string, m: ColumnMapping): ImportResult {
  const r = new Reader(table);
  if (m.quantity === undefined && m.item_columns === undefined) return { source: 'generic', orders: [], problems: [problem('actuals.mapping_needs_items', 'error', '', { line: 1, column: 1 })] };
  const wanted = [m.order_id, m.date, m.quantity, m.sku, m.name, m.unit_price, m.total, m.taxes, m.shipping, m.discounts, m.refunds, m.status, m.currency].filter((c): c is string => c !== undefined);
  const items = m.item_columns === undefined ? [] : itemColumns(table.header, m.item_columns);
  if (!r.require(wanted) || (m.item_columns !== undefined && !r.require([[`${m.item_columns}1`]]))) return { source: 'generic', orders: [], problems: r.problems };
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, m.order_id)) {
    const first = rows[0]!;
    const date = r.date(first, m.date, m.date_order ?? 'dmy');
    const lines = rowLines(r, rows, m, items);
    const total = m.total ? r.amount(first, m.total) : null;
    if (date === null) continue;
    const { meaning, raw } = r.status(first, m.status, GENERIC_STATUS);
    orders.push({
      id,
      date,
      ...settle(meaning, total, m.refunds ? pos(r.amount(first, m.refunds)) : ZERO),
      rawStatus: raw,
      lines,
      total,
      taxes: m.taxes ? r.amount(first, m.taxes) : null,
      shipping: m.shipping ? pos(r.amount(first, m.shipping)) : ZERO,
      discounts: m.discounts ? pos(r.amount(first, m.discounts)) : ZERO,
      currency: r.text(first, m.currency) || null,
      source: 'generic',
      file,
      line: first.line,
    });
  }
  return { source: 'generic', orders, problems: r.problems };
}
