/**
 * One export file → normalised orders: decode, parse, detect the format from the
 * header (or take `--source`), run its importer. Pure: bytes in, orders and
 * located problems out.
 */
import { problem, type Problem } from '../diagnostics/problem.js';
import { decodeExport, parseCsv, type CsvTable } from './csv.js';
import { ETSY_ITEMS_SIGNATURE, ETSY_ORDERS_SIGNATURE, importEtsyItems, importEtsyOrders, mergeEtsy } from './importers/etsy.js';
import { importGeneric } from './importers/generic.js';
import { importShopify, SHOPIFY_SIGNATURE } from './importers/shopify.js';
import { importWooCommerce, WOO_SIGNATURE } from './importers/woocommerce.js';
import type { ColumnMapping, ImportResult, Order, SourceKind } from './types.js';

export interface ImportOptions {
  /** `--source`: skip detection. `etsy` means either Etsy file, told apart by its header. */
  source?: SourceKind | 'etsy';
  mapping?: ColumnMapping;
}

const hasAll = (header: string[], columns: string[]) => columns.every((c) => header.some((h) => h.toLowerCase() === c.toLowerCase()));

/** The export's format from its header; null when none matches. */
function detectSource(header: string[], mapping?: ColumnMapping): SourceKind | null {
  if (hasAll(header, SHOPIFY_SIGNATURE)) return 'shopify';
  if (hasAll(header, WOO_SIGNATURE)) return 'woocommerce';
  if (hasAll(header, ETSY_ITEMS_SIGNATURE)) return 'etsy_items';
  if (hasAll(header, ETSY_ORDERS_SIGNATURE)) return 'etsy_orders';
  if (mapping && hasAll(header, [mapping.order_id, mapping.date, mapping.quantity])) return 'generic';
  return null;
}

function run(source: SourceKind, table: CsvTable, file: string, mapping: ColumnMapping | undefined): ImportResult {
  switch (source) {
    case 'shopify':
      return importShopify(table, file);
    case 'woocommerce':
      return importWooCommerce(table, file);
    case 'etsy_orders':
      return importEtsyOrders(table, file);
    case 'etsy_items':
      return importEtsyItems(table, file);
    case 'generic':
      if (!mapping) return { source, orders: [], problems: [problem('actuals.no_mapping', 'error', '', { line: 1, column: 1 })] };
      return importGeneric(table, file, mapping);
  }
}

export function importText(text: string, file: string, opts: ImportOptions = {}): ImportResult & { problems: Problem[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { source: opts.source === 'etsy' ? 'etsy_orders' : (opts.source ?? 'generic'), orders: [], problems: parsed.problems };
  const detected = detectSource(parsed.table.header, opts.mapping);
  const source: SourceKind | null = opts.source === 'etsy' ? (detected === 'etsy_items' ? 'etsy_items' : 'etsy_orders') : (opts.source ?? detected);
  if (source === null) {
    const shown = parsed.table.header.slice(0, 6).join(', ');
    return {
      source: 'generic',
      orders: [],
      problems: [problem('actuals.unknown_format', 'error', '', { line: 1, column: 1 }, { columns: shown })],
    };
  }
  return run(source, parsed.table, file, opts.mapping);
}

export function importExport(bytes: Uint8Array, file: string, opts: ImportOptions = {}): ImportResult {
  const decoded = decodeExport(bytes);
  if (!decoded.ok) return { source: 'generic', orders: [], problems: decoded.problems };
  const result = importText(decoded.text, file, opts);
  return { ...result, problems: [...decoded.problems, ...result.problems] };
}

/** The orders of several exports, Etsy's two files merged, sorted by date then id (deterministic). */
export function combineOrders(results: ImportResult[]): Order[] {
  const all = mergeEtsy(results.flatMap((r) => r.orders));
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
