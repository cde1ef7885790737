/**
 * PrestaShop's back-office export of the orders list (Commandes → Exporter; 1.7 and later,
 * `OrderController::exportAction`): one row per order, semicolons, headers in the employee's
 * language (layouts.ts, PRESTASHOP), `Total` as the back office shows it (`1 234,56 €`, tax
 * included, in the shop's currency), the date as stored (`2027-03-14 10:02:33`). It has no
 * items, no tax, no shipping and no refunded amount: orders and revenue are compared, units
 * and margins cannot be. A « Remboursé » order is refunded in full. States: statuses.ts.
 */
import type { CsvTable } from '../csv.js';
import { PRESTASHOP } from '../layouts.js';
import { PRESTASHOP_STATUS } from '../statuses.js';
import type { ImportResult, Order } from '../types.js';
import { currencyIn } from '../values.js';
import { groupRows, Reader, settle } from './read.js';
import { ZERO } from '../../model/decimal.js';

export function importPrestaShop(table: CsvTable, file: string): ImportResult {
  const r = new Reader(table);
  if (!r.requireFields(PRESTASHOP, ['id', 'total', 'status', 'date'])) return { source: 'prestashop', orders: [], problems: r.problems };
  const c = r.columnsOf(PRESTASHOP);
  const orders: Order[] = [];
  for (const { id, rows } of groupRows(r, c.id!)) {
    const row = rows[0]!;
    const date = r.date(row, c.date!);
    const total = r.amount(row, c.total);
    if (date === null || total === null) continue;
    const { meaning, raw } = r.status(row, c.status, PRESTASHOP_STATUS);
    orders.push({
      id,
      date,
      ...settle(meaning, total, ZERO),
      rawStatus: raw,
      lines: [],
      total,
      taxes: null,
      shipping: ZERO,
      discounts: ZERO,
      currency: currencyIn(r.text(row, c.total)),
      source: 'prestashop',
      file,
      line: row.line,
    });
  }
  return { source: 'prestashop', orders, problems: r.problems };
}
