/** What is sold and how it is made, bought, stored, shipped and returned, and where it is sold. */
import * as z from 'zod';
import { bool, id, int, list, money, nonEmptyText, quantity, rate, text, textList } from '../fields.js';
import { obj, enumOf } from './kit.js';
import { STRATEGIES, CHANNEL_KINDS, PAYERS } from './enums.js';
import { ProductSafety, Subscription } from './legal-2027.js';

const BomLine = obj({ material: id(), quantity: quantity() });

/** The cost basis of one production strategy (shared by a product and its alternatives). */
const strategyFields = {
  supplier: id().optional(),
  purchase_cost: money().optional(),
  manufacturing_cost: money().optional(),
  setup_cost: money().optional(),
  bill_of_materials: list(BomLine).optional(),
  labour_minutes: quantity().optional(),
};

const Alternative = obj({
  strategy: enumOf(STRATEGIES),
  ...strategyFields,
  packaging_cost: money().optional(),
  note: text().optional(),
});

export const Product = obj({
  id: id(),
  name: nonEmptyText(),
  description: text().optional(),
  category: text().optional(),
  price: money().describe('Consumer price, VAT included (TTC)'),
  vat_rate: rate(),
  weight_g: quantity().optional(),
  dimensions_cm: text().optional(),
  personas: list(id()).optional(),
  mix: rate().describe('Share of units sold; products sum to 100 %'),
  sku: text().optional().describe('The SKU of the shop’s order exports (ecomplan actuals)'),
  strategy: enumOf(STRATEGIES),
  ...strategyFields,
  packaging_cost: money().optional(),
  second_hand: bool().optional().describe('Second-hand goods bought for resale (strategy resale): no VAT on their purchase; under the normal regime, VAT on the margin (art. 297 A CGI)'),
  alternatives: list(Alternative).optional(),
  safety: ProductSafety.optional(),
  subscription: Subscription.optional(),
});

export const Material = obj({
  id: id(),
  name: nonEmptyText(),
  unit: text(),
  cost: money(),
  vat_rate: rate().optional(),
  suppliers: list(id()).optional(),
});

export const Labour = obj({ hourly_cost: money(), capacity_hours_per_month: quantity(744).optional() });

const Criterion = obj({ name: nonEmptyText(), weight: rate() });
const Supplier = obj({
  id: id(),
  name: nonEmptyText(),
  country: text().optional(),
  contact: text().optional(),
  supplies: list(id()).optional(),
  lead_time_days: int(0, 3650).optional(),
  minimum_order_units: int(0).optional(),
  payment_terms_days: int(0, 365).optional(),
  scores: z.record(z.string(), int(1, 5), { message: 'value.expected_mapping' }).optional(),
  selected: bool().optional(),
  note: text().optional(),
});
const Negotiation = obj({
  supplier: id().optional(),
  objectives: textList().optional(),
  arguments: textList().optional(),
  concessions: textList().optional(),
  fallback: text().optional(),
});
export const Suppliers = obj({
  method: obj({ sources: textList().optional(), criteria: list(Criterion).optional() }).optional(),
  list: list(Supplier).optional(),
  negotiation: Negotiation.optional(),
});

export const Inventory = obj({
  safety_stock_days: int(0, 365),
  cover_days: int(0, 365),
  tool: text().optional(),
});

export const Orders = obj({ steps: textList().optional(), preparation_hours: quantity(744).optional() });

const Carrier = obj({
  name: nonEmptyText(),
  cost: money(),
  delay_days: int(0, 365),
  share: rate().optional(),
  tracking: bool().optional(),
});
export const Shipping = obj({
  carriers: list(Carrier).optional(),
  charged_to_customer: money().optional(),
  free_above: money().optional(),
  promised_delivery_days: int(0, 365).optional(),
  zones: textList().optional().describe('Where the shop delivers (L221-14)'),
});

export const Returns = obj({
  rate: rate(),
  return_shipping_paid_by: enumOf(PAYERS).optional(),
  return_shipping_cost: money().optional(),
});

export const Channel = obj({
  id: id(),
  name: nonEmptyText(),
  kind: enumOf(CHANNEL_KINDS),
  share: rate(),
  commission_rate: rate().optional(),
  payment_fee_rate: rate().optional(),
  payment_fee_fixed: money().optional(),
  monthly_fee: money().optional(),
  payout_delay_days: int(0, 365).optional().describe('Days between a sale and its payout by the channel (0: cashed at once)'),
});
