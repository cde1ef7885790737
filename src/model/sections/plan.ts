/** Demand, acquisition and the money of the plan: fixed costs, investments, financing, owner pay. */
import { bool, id, int, list, money, month, nonEmptyText, quantity, rate, text } from '../fields.js';
import { obj, enumOf } from './kit.js';
import { ACQUISITION_KINDS, FINANCING_KINDS } from './enums.js';

const ScenarioShift = obj({
  traffic: rate({ signed: true }).optional(),
  conversion: rate({ signed: true }).optional(),
  costs: rate({ signed: true }).optional(),
});
export const Demand = obj({
  conversion_rate: rate(),
  items_per_order: quantity(1000),
  seasonality: list(quantity(100)).optional().describe('12 coefficients, January to December'),
  scenarios: obj({ pessimistic: ScenarioShift.optional(), optimistic: ScenarioShift.optional() }).optional(),
});

export const AcquisitionSource = obj({
  id: id(),
  name: text().optional(),
  kind: enumOf(ACQUISITION_KINDS),
  visitors: quantity().optional().describe('Month-1 visitors of an organic source'),
  monthly_growth: rate({ signed: true }).optional(),
  growth_until_month: month().optional(),
  monthly_budget: money().optional().describe('Paid source: visitors = budget / cost_per_click'),
  cost_per_click: money().optional(),
  monthly_cost: money().optional().describe('Cost of an organic source (agency, tool), a marketing charge'),
  from: month().optional(),
  contract: bool().optional().describe('Paid influencers: the written contract of loi 2023-451 art. 8 is signed'),
});

export const FixedCost = obj({
  name: nonEmptyText(),
  monthly: money().optional(),
  yearly: money().optional(),
  from: month().optional(),
  until: month().optional(),
  vat_rate: rate().optional(),
});

export const Investment = obj({
  name: nonEmptyText(),
  amount: money(),
  month: month().optional(),
  depreciation_years: quantity(50).optional().describe('Depreciation period in years, at most 50'),
  vat_rate: rate().optional(),
});

export const Financing = obj({
  kind: enumOf(FINANCING_KINDS),
  name: nonEmptyText(),
  amount: money(),
  month: month().optional(),
  rate: rate().optional(),
  months: int(1, 600).optional(),
  deferral_months: int(0, 600).optional(),
});

export const OwnerPay = obj({ from: month(), monthly: money() });
