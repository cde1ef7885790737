/**
 * The engine's result: what `forecast`, `margin`, `stock`, `sensitivity`, `check`
 * and `report` read. Plain data, every amount and rate a Decimal (unrounded);
 * rounding happens in formatters only. Mirrors the JSON output contract of
 * forecast-model.md (snake_case there, camelCase here).
 */
import type { Decimal } from '../model/decimal.js';

export type ScenarioName = 'base' | 'pessimistic' | 'optimistic';

/** A warning of the engine, located at a project-file path (positions added by the caller). */
export interface EngineWarning {
  code: string; // message id, e.g. `forecast.cash_negative`
  path: string; // e.g. `financing` or `company.legal_form`
  data: Record<string, unknown>;
  severity: 'error' | 'warning' | 'info';
}

export interface MonthResult {
  index: number; // 1..H
  month: string; // YYYY-MM
  visitors: Decimal;
  newOrders: Decimal;
  repeatOrders: Decimal;
  orders: Decimal;
  units: Record<string, Decimal>; // by product id
  revenueTtc: Decimal;
  revenueHt: Decimal;
  vatCollected: Decimal;
  cogs: Decimal;
  channelFees: Decimal;
  shippingCosts: Decimal;
  returnsCost: Decimal;
  marketing: Decimal;
  fixedCosts: Decimal;
  setupCosts: Decimal;
  depreciation: Decimal;
  interest: Decimal;
  ownerPay: Decimal;
  socialContributions: Decimal;
  incomeTax: Decimal;
  resultBeforeTax: Decimal;
  contributionMargin: Decimal;
  stockPurchases: Decimal;
  stockValue: Decimal;
  cashIn: Decimal;
  cashOut: Decimal;
  cashEnd: Decimal;
  /** Revenue TTC by channel id (products + shipping). */
  channelRevenueTtc: Record<string, Decimal>;
  productionHours: Decimal;
}

export interface YearResult {
  year: number; // 1..
  revenueHt: Decimal;
  contributionMargin: Decimal;
  fixedCharges: Decimal;
  resultBeforeTax: Decimal;
  corporateTax: Decimal;
  netResult: Decimal;
  /** null when revenue or contribution margin is not positive. */
  breakEvenRevenue: Decimal | null;
  workingCapital: Decimal;
}

export interface AmountLine {
  label: string;
  amount: Decimal;
}

export interface UnitCostBreakdown {
  strategy: 'resale' | 'outsourced' | 'in_house';
  /** Lines like purchase cost, materials, labour, packaging; their sum is `total` (VAT included under franchise). */
  lines: AmountLine[];
  total: Decimal;
}

export interface UnitEconomicsRow {
  productId: string;
  productName: string;
  channelId: string;
  channelName: string;
  /** 'main' for the product's declared strategy, else the index of the alternative. */
  variant: 'main' | number;
  cost: UnitCostBreakdown;
  priceTtc: Decimal;
  priceHt: Decimal;
  channelFeesPerUnit: Decimal;
  shippingPerUnit: Decimal;
  contributionPerUnit: Decimal;
  markupRate: Decimal | null; // taux de marque
  marginRate: Decimal | null; // taux de marge
  coefficient: Decimal | null; // coefficient multiplicateur
}

export interface StockMonth {
  month: string;
  units: Decimal; // sold
  purchaseUnits: Decimal;
  purchaseValue: Decimal;
  stockUnits: Decimal;
  stockValue: Decimal;
  forcedByMinimum: boolean;
}

export interface StockPlan {
  productId: string;
  productName: string;
  reorderPointUnits: Decimal | null; // null when no lead time is known
  months: StockMonth[];
}

export interface Forecast {
  scenario: ScenarioName;
  currency: string;
  start: string;
  horizon: number;
  months: MonthResult[];
  years: YearResult[];
  breakEvenMonth: string | null;
  cash: { lowest: Decimal; lowestMonth: string };
  financingPlan: { needs: AmountLine[]; resources: AmountLine[] };
  unitEconomics: UnitEconomicsRow[];
  stock: StockPlan[];
  warnings: EngineWarning[];
}

export interface SensitivityRow {
  hypothesis: string; // id: traffic, conversion, items_per_order, prices, unit_costs, channel_fees, marketing, fixed_costs
  resultLow: Decimal;
  resultHigh: Decimal;
  cashLow: Decimal;
  cashHigh: Decimal;
  resultSwing: Decimal;
  cashSwing: Decimal;
}
