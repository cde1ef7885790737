/**
 * Bytes of an export → normalised orders: decode, parse, detect the layout from the header
 * (layouts.ts), run its importer. Pure: bytes and a file name in, orders and located
 * problems out. Then the orders of several exports are combined: each order counted once.
 */
import { problem, type Problem } from '../diagnostics/problem.js';
import { convertOrders, type Conversion, type Rates } from './currency.js';
import { decodeExport, parseCsv, type CsvTable } from './csv.js';
import { importEtsyItems, importEtsyOrders, mergeEtsy } from './importers/etsy.js';
import { importGeneric } from './importers/generic.js';
import { importPrestaShop } from './importers/prestashop.js';
import { importShopify } from './importers/shopify.js';
import { importWooCommerce, importWooCommerceOrders } from './importers/woocommerce.js';
import { ETSY_ITEMS, ETSY_ORDERS, LAYOUTS, PRESTASHOP, SHOPIFY, WOO_ITEMS, WOO_ORDERS, type Layout } from './layouts.js';
import type { ColumnMapping, ImportResult, Order } from './types.js';

/** `--source`: a platform, told apart from its other layouts by the header. */
export type SourceOption = 'shopify' | 'woocommerce' | 'etsy' | 'prestashop' | 'generic';

export interface ImportOptions {
  source?: SourceOption;
  mapping?: ColumnMapping;
}

const IMPORTERS = new Map<Layout, (table: CsvTable, file: string) => ImportResult>([
  [SHOPIFY, importShopify],
  [WOO_ITEMS, importWooCommerce],
  [WOO_ORDERS, importWooCommerceOrders],
  [ETSY_ITEMS, importEtsyItems],
  [ETSY_ORDERS, importEtsyOrders],
  [PRESTASHOP, importPrestaShop],
]);

/** The layouts `--source` allows, the one recognised first (the default when none is). */
const PLATFORM: Record<Exclude<SourceOption, 'generic'>, Layout[]> = {
  shopify: [SHOPIFY],
  woocommerce: [WOO_ORDERS, WOO_ITEMS],
  etsy: [ETSY_ITEMS, ETSY_ORDERS],
  prestashop: [PRESTASHOP],
};

const has = (header: string[], name: string) => header.some((h) => h.normalize('NFC').toLowerCase() === name.normalize('NFC').toLowerCase());
const recognises = (header: string[], layout: Layout) => layout.signature.every((field) => layout.columns[field]!.some((name) => has(header, name)));

/** The layout of an export from its header, within `--source`'s platform when given; null when none matches. */
function layoutOf(header: string[], source: SourceOption | undefined): Layout | 'generic' | null {
  if (source === 'generic') return 'generic';
  if (source !== undefined) return PLATFORM[source].find((l) => recognises(header, l)) ?? PLATFORM[source].at(-1)!;
  return LAYOUTS.find((l) => recognises(header, l)) ?? null;
}

export function importText(text: string, file: string, opts: ImportOptions = {}): ImportResult & { problems: Problem[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { source: 'generic', orders: [], problems: parsed.problems };
  const { header } = parsed.table;
  const mapping = opts.mapping;
  const found = layoutOf(header, opts.source);
  const generic = found === 'generic' || (found === null && mapping !== undefined && has(header, mapping.order_id) && has(header, mapping.date));
  if (generic) {
    if (!mapping) return { source: 'generic', orders: [], problems: [problem('actuals.no_mapping', 'error', '', { line: 1, column: 1 })] };
    return importGeneric(parsed.table, file, mapping);
  }
  if (found === null) {
    return { source: 'generic', orders: [], problems: [problem('actuals.unknown_format', 'error', '', { line: 1, column: 1 }, { columns: header.slice(0, 6).join(', ') })] };
  }
  return IMPORTERS.get(found)!(parsed.table, file);
}

export function importExport(bytes: Uint8Array, file: string, opts: ImportOptions = {}): ImportResult {
  const decoded = decodeExport(bytes);
  if (!decoded.ok) return { source: 'generic', orders: [], problems: decoded.problems };
  const result = importText(decoded.text, file, opts);
  return { ...result, problems: [...decoded.problems, ...result.problems] };
}

/** The latest order date of each export: the newer download of two that overlap wins. */
function latestDates(results: ImportResult[]): string[] {
  const latest = (orders: readonly Order[]) =>
    orders
      .map((o) => o.date)
      .sort()
      .at(-1) ?? '';
  return results.map((r) => latest(r.orders));
}

/**
 * The orders of several exports, each counted once: two downloads covering the same days hold
 * the same orders (same platform, same id); the copy kept is the one of the export whose latest
 * order is the latest (the newer download), or of the later export given. Etsy's two files are
 * then merged. Sorted by date then id (deterministic).
 */
export function combineOrders(results: ImportResult[]): { orders: Order[]; duplicates: number } {
  const latest = latestDates(results);
  const kept = new Map<string, Order>();
  let duplicates = 0;
  results.forEach((r, exportIndex) => {
    for (const o of r.orders) {
      // Within a platform (WooCommerce's two layouts count as one), an id is one order.
      const key = `${o.source}\u0000${o.id}`;
      const other = kept.get(key);
      const order = { ...o, exportIndex };
      if (other === undefined) {
        kept.set(key, order);
        continue;
      }
      duplicates += 1;
      if (latest[exportIndex]! >= latest[other.exportIndex!]!) kept.set(key, order);
    }
  });
  const all = mergeEtsy([...kept.values()]);
  const sorted = all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { orders: sorted, duplicates };
}

/**
 * The orders compared: combined (each counted once), then in the project's currency. An
 * export in another currency without its `--rate` is a problem of that export.
 */
export function prepareOrders(
  results: ImportResult[],
  projectCurrency: string,
  rates: Rates,
): { orders: Order[]; duplicates: number; conversions: Conversion[]; problems: Array<{ file: string; problem: Problem }> } {
  const { orders, duplicates } = combineOrders(results);
  const converted = convertOrders(orders, projectCurrency, rates);
  return { orders: converted.orders, duplicates, conversions: converted.conversions, problems: converted.problems };
}
