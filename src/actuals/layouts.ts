/**
 * The export layouts of each platform as data (design/style.md, principle 15): every field
 * an importer reads, with the header names it is written under — US and British Etsy,
 * English and French PrestaShop back offices, the two WooCommerce export plugins. A new
 * layout is a new table and a fixture, not a branch of code. Names are matched without
 * regard to case; the first name the header has is read. Sources of each table:
 * docs/actuals.md and test/fixtures/actuals/SOURCES.md.
 */
import type { SourceKind } from './types.js';

export interface Layout<F extends string = string> {
  /** What its orders count as (duplicates are looked for within a platform). */
  source: SourceKind;
  /** Fields the header must all have for the layout to be recognised. */
  signature: readonly F[];
  columns: Readonly<Record<F, readonly string[]>>;
}

/** A layout whose fields are the keys of its columns. */
const layout = <C extends Record<string, readonly string[]>>(l: { source: SourceKind; signature: ReadonlyArray<keyof C & string>; columns: C }): Layout<keyof C & string> => l;

/** Shopify, Orders → Export: one row per line item, the order's fields on its first row. */
export const SHOPIFY = layout({
  source: 'shopify',
  signature: ['name', 'financialStatus', 'quantity', 'itemName'],
  columns: {
    name: ['Name'],
    financialStatus: ['Financial Status'],
    paidAt: ['Paid at'],
    createdAt: ['Created at'],
    cancelledAt: ['Cancelled at'],
    paymentMethod: ['Payment Method'],
    tags: ['Tags'],
    total: ['Total'],
    taxes: ['Taxes'],
    shipping: ['Shipping'],
    discount: ['Discount Amount'],
    refunded: ['Refunded Amount'],
    currency: ['Currency'],
    quantity: ['Lineitem quantity'],
    itemName: ['Lineitem name'],
    itemPrice: ['Lineitem price'],
    sku: ['Lineitem sku'],
  },
});

/** WooCommerce through « Advanced Order Export For WooCommerce »: one row per item, the order's fields repeated. */
export const WOO_ITEMS = layout({
  source: 'woocommerce',
  signature: ['orderNumber', 'status', 'date', 'itemName'],
  columns: {
    orderNumber: ['Order Number'],
    status: ['Order Status'],
    date: ['Order Date'],
    itemName: ['Item Name'],
    quantity: ['Quantity', 'Quantity (- Refund)'],
    itemPrice: ['Item Cost (inc. tax)', 'Item Cost'],
    sku: ['SKU'],
    total: ['Order Total Amount'],
    taxes: ['Order Total Tax Amount'],
    shipping: ['Order Shipping Amount'],
    shippingTax: ['Order Shipping Tax Amount'],
    discount: ['Cart Discount Amount', 'Discount Amount'],
    refunded: ['Order Refund Amount', 'Order Total Refunded'],
    currency: ['Order Currency', 'Currency'],
  },
});

/**
 * WooCommerce through « Order Export & Order Import for WooCommerce » (WebToffee): one row per
 * order, each item in a `line_item_N` cell written `name:…|product_id:…|sku:…|quantity:2|total:…`
 * (total before tax), refunds in `refund_items` as `amount:…|reason:…|date:…` joined by `;`.
 */
export const WOO_ORDERS = layout({
  source: 'woocommerce',
  signature: ['orderNumber', 'date', 'status', 'total', 'firstItem'],
  columns: {
    orderNumber: ['order_number', 'order_id'],
    date: ['order_date'],
    status: ['status'],
    total: ['order_total'],
    taxes: ['tax_total'],
    shipping: ['shipping_total'],
    shippingTax: ['shipping_tax_total'],
    discount: ['discount_total', 'cart_discount'],
    refunds: ['refund_items'],
    currency: ['order_currency'],
    firstItem: ['line_item_1'],
  },
});

/** The prefix of WOO_ORDERS' item columns. */
export const WOO_ITEM_COLUMNS = 'line_item_';

/** Etsy « Sold Orders » (EtsySoldOrders<year>.csv): one row per order; British English says « Delivery ». */
export const ETSY_ORDERS = layout({
  source: 'etsy_orders',
  signature: ['date', 'orderId', 'items', 'total'],
  columns: {
    date: ['Sale Date'],
    orderId: ['Order ID'],
    items: ['Number of Items'],
    orderValue: ['Order Value'],
    discount: ['Discount Amount'],
    shippingDiscount: ['Shipping Discount', 'Delivery Discount'],
    shipping: ['Shipping', 'Delivery'],
    salesTax: ['Sales Tax'],
    total: ['Order Total'],
    status: ['Status'],
    fees: ['Card Processing Fees'],
    net: ['Order Net'],
    adjustedTotal: ['Adjusted Order Total'],
    adjustedFees: ['Adjusted Card Processing Fees'],
    adjustedNet: ['Adjusted Net Order Amount'],
    currency: ['Currency'],
    sku: ['SKU'],
  },
});

/** Etsy « Sold Order Items » (EtsySoldOrderItems<year>.csv): one row per item. */
export const ETSY_ITEMS = layout({
  source: 'etsy_items',
  signature: ['date', 'itemName', 'transaction', 'orderId'],
  columns: {
    date: ['Sale Date'],
    itemName: ['Item Name'],
    transaction: ['Transaction ID'],
    orderId: ['Order ID'],
    quantity: ['Quantity'],
    price: ['Price'],
    sku: ['SKU'],
    discount: ['Discount Amount'],
    itemTotal: ['Item Total'],
    shipping: ['Order Shipping', 'Order Delivery'],
    currency: ['Currency'],
  },
});

/**
 * PrestaShop, Commandes → Exporter (back office 1.7 and later, `OrderController::exportAction`):
 * semicolons, one row per order, no item. Headers in the employee's language.
 */
export const PRESTASHOP = layout({
  source: 'prestashop',
  signature: ['id', 'reference', 'newClient', 'total', 'status', 'date'],
  columns: {
    id: ['ID'],
    reference: ['Référence', 'Reference'],
    newClient: ['Nouveau client', 'New client'],
    delivery: ['Livraison', 'Delivery'],
    total: ['Total'],
    payment: ['Paiement', 'Payment'],
    status: ['État', 'Etat', 'Status'],
    date: ['Date'],
  },
});

/** Detection order: the first layout whose signature the header has. */
export const LAYOUTS: readonly Layout[] = [SHOPIFY, WOO_ITEMS, WOO_ORDERS, ETSY_ITEMS, ETSY_ORDERS, PRESTASHOP];
