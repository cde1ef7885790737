/**
 * Items written one per cell, as WooCommerce's order-export plugins do in their « one row
 * per order » layout: columns `line_item_1`, `line_item_2`… each holding
 * `name:Bougie|product_id:12|sku:B1|quantity:2|total:40.00|sub_total:40.00|tax:8.00`.
 * `total` and `tax` are the line's, after discounts; the unit price TTC is their sum over the
 * quantity. The same reading serves a generic export whose mapping names `item_columns`.
 */
import { problem } from '../../diagnostics/problem.js';
import type { CsvRow } from '../csv.js';
import type { OrderLine } from '../types.js';
import { parseAmount } from '../values.js';
import type { Reader } from './read.js';

const KEY = /^[A-Za-z_][\w-]*$/;

/** `key:value|key:value` → its fields. A part without a key belongs to the value before it (a `|` in a name). */
export function itemFields(cell: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const part of cell.split('|')) {
    const colon = part.indexOf(':');
    const key = colon > 0 ? part.slice(0, colon).trim().toLowerCase() : '';
    if (KEY.test(key)) {
      fields.set(key, part.slice(colon + 1));
      last = key;
    } else if (last !== null) fields.set(last, `${fields.get(last)}|${part}`);
  }
  for (const [k, v] of fields) fields.set(k, v.trim());
  return fields;
}

/** The item columns of a header: those named `<prefix><number>`, in the order of their numbers. */
export function itemColumns(header: readonly string[], prefix: string): string[] {
  const p = prefix.toLowerCase();
  const numbered = header.filter((h) => h.toLowerCase().startsWith(p) && /^\d+$/.test(h.slice(p.length))).map((h) => ({ h, n: Number(h.slice(p.length)) }));
  return numbered.sort((a, b) => a.n - b.n).map((x) => x.h);
}

/** The lines of one row's item cells; a cell whose quantity is unreadable is a located problem. */
export function itemLines(r: Reader, row: CsvRow, columns: readonly string[]): OrderLine[] {
  const lines: OrderLine[] = [];
  for (const column of columns) {
    const cell = r.text(row, column);
    if (cell === '') continue;
    const f = itemFields(cell);
    const raw = f.get('quantity') ?? f.get('qty') ?? '';
    const quantity = parseAmount(raw);
    if (raw === '' || quantity === null || !quantity.isInteger() || quantity.lt(0)) {
      r.problems.push(problem('actuals.bad_item', 'error', column, r.at(row, column), { column, value: cell.slice(0, 80) }));
      continue;
    }
    const total = parseAmount(f.get('total') ?? '');
    const tax = parseAmount(f.get('tax') ?? '');
    const unitPrice = total !== null && tax !== null && quantity.gt(0) ? total.plus(tax).div(quantity) : null;
    lines.push({ quantity, unitPrice, sku: f.get('sku') || null, name: f.get('name') ?? '', line: row.line });
  }
  return lines;
}
