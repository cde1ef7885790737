/**
 * Normalised orders: what every importer returns, whatever the shop's export.
 * Amounts are Decimals exactly as written in the file (TTC unless said).
 */
import type { Decimal } from '../model/decimal.js';
import type { Problem } from '../diagnostics/problem.js';

const SOURCES = ['shopify', 'woocommerce', 'etsy_orders', 'etsy_items', 'prestashop', 'generic'] as const;
export type SourceKind = (typeof SOURCES)[number];

/**
 * `kept` orders are counted; `cancelled` and `test` orders are left out (and counted apart);
 * `pending` orders (not paid yet: cash on delivery, a bank transfer not received) are shown
 * apart with their amount and counted only with `--include-pending`.
 */
export type OrderStatus = 'kept' | 'pending' | 'cancelled' | 'test';

export interface OrderLine {
  quantity: Decimal;
  /** Unit price as exported (TTC for Shopify, Etsy, WooCommerce « Item Cost (inc. tax) »). */
  unitPrice: Decimal | null;
  sku: string | null;
  name: string;
  /** Line of the export where the line is (1-based). */
  line: number;
}

export interface Order {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  status: OrderStatus;
  /** The status as written in the export (`paid`, `Completed`…). */
  rawStatus: string;
  lines: OrderLine[];
  /**
   * What the seller is paid TTC: products after discounts + shipping (+ taxes when prices are HT).
   * A tax collected by a marketplace for the state (Etsy, US buyers) is not in it. Null when the
   * export has no total.
   */
  total: Decimal | null;
  /** VAT and other taxes in the total (null when unknown). */
  taxes: Decimal | null;
  /** Shipping charged to the customer, TTC. */
  shipping: Decimal;
  /** Discounts granted, TTC (positive). */
  discounts: Decimal;
  /** Refunded to the customer, TTC (positive). */
  refunds: Decimal;
  currency: string | null;
  source: SourceKind;
  file: string;
  /** Line of the order's first row. */
  line: number;
  /** Position of its export among the exports given (0 when alone): « first line » and duplicates follow it. */
  exportIndex?: number;
}

export interface ImportResult {
  source: SourceKind;
  orders: Order[];
  /** Located problems (line = CSV line, column = column number, path = column name). */
  problems: Problem[];
}

/** A generic CSV's column names for each field (`actuals.mapping` or `--mapping`). */
export interface ColumnMapping {
  order_id: string;
  date: string;
  /** Required unless `item_columns` describes the items. */
  quantity?: string;
  /** Prefix of the columns holding one item each as `name:…|sku:…|quantity:2|total:…` (`line_item_`). */
  item_columns?: string;
  sku?: string;
  name?: string;
  unit_price?: string;
  total?: string;
  taxes?: string;
  shipping?: string;
  discounts?: string;
  refunds?: string;
  status?: string;
  currency?: string;
  /** `dmy` (French, default) or `mdy` for dates written 03/31/2027. */
  date_order?: 'dmy' | 'mdy';
}
