/**
 * Actuals: the column mapping of a generic order export and the on-plan tolerance. `quantity`
 * (one row per item) or `item_columns` (one row per order, items in numbered cells) is needed:
 * the importer says so when neither is given.
 */
import { nonEmptyText, rate, text } from '../fields.js';
import { obj, enumOf } from './kit.js';

export const ActualsMapping = obj({
  order_id: nonEmptyText(),
  date: nonEmptyText(),
  quantity: nonEmptyText().optional(),
  item_columns: nonEmptyText().optional(),
  sku: text().optional(),
  name: text().optional(),
  unit_price: text().optional(),
  total: text().optional(),
  taxes: text().optional(),
  shipping: text().optional(),
  discounts: text().optional(),
  refunds: text().optional(),
  status: text().optional(),
  currency: text().optional(),
  date_order: enumOf(['dmy', 'mdy'] as const).optional(),
});
export const Actuals = obj({
  mapping: ActualsMapping.optional().describe('Column names of a generic order export'),
  tolerance: rate().optional().describe('Difference within which a line is on plan (default 10 %)'),
});
