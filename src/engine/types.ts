/**
 * The engine's result: what `forecast`, `margin`, `stock`, `sensitivity`, `check`
 * and `report` read. Plain data, every amount and rate a Decimal (unrounded);
 * rounding happens in formatters only. Mirrors the JSON output contract of
 * forecast-model.md (snake_case there, camelCase here). `N`, the number type of the
 * stages (arith.ts), is Decimal for every forecast; only the risk draws run them over float64.
 */
import type { Path } from '../diagnostics/diagnostic.js';
import type { Decimal } from '../model/decimal.js';
import type { BankStatements } from './bank-types.js';

export type ScenarioName = 'base' | 'pessimistic' | 'optimistic';

/** A warning of the engine, located at a project-file path (positions added by the caller). */
export interface EngineWarning {
  code: string; // message id, e.g. `forecast.cash_negative`
  path: Path; // e.g. ['financing'] or ['company', 'legal_form']
  data: Record<string, unknown>;
  severity: 'error' | 'warning' | 'info';
}

/** One month: the period's money lines (PeriodTotals) plus what only a month has. */
export interface MonthResult<N = Decimal> extends PeriodTotals<N> {
  index: number; // 1..H
  month: string; // YYYY-MM
  newOrders: N;
  repeatOrders: N;
  units: Record<string, N>; // by product id
  stockValue: N;
  cashEnd: N;
  /** Revenue TTC by channel id (products + shipping). */
  channelRevenueTtc: Record<string, N>;
  productionHours: N;
  /** Channel fees by channel id (they sum to `channelFees`). */
  channelFeesByChannel: Record<string, N>;
  /** Orders by channel id (they sum to `orders`). */
  channelOrders: Record<string, N>;
  /** VAT deductible on this month's purchases, costs and investments (0 under the franchise). */
  vatDeductible: N;
  /** The detail of cashIn (sales + financing) and cashOut (the rest). */
  cashFlows: CashFlows<N>;
}

/** One month of the plan de trésorerie: cashIn = sales + financing; cashOut = the sum of the other lines. */
export interface CashFlows<N = Decimal> {
  sales: N; // revenue TTC (products net of refunds + shipping) cashed: after the channels' payout delays
  financing: N; // equity, loans, grants received
  purchases: N; // stock purchases paid (with VAT under the normal regime)
  expenses: N; // channel fees, shipping, returns, marketing, fixed and setup costs (with VAT)
  investments: N; // with VAT
  vat: N; // VAT due of the previous month
  loanRepayments: N; // principal + interest
  socialAndTax: N; // social contributions and income tax paid
  ownerPay: N;
  corporateTax: N;
  ecoContributions: N; // REP eco-contributions, per unit and flat (with VAT)
  eInvoicing: N; // the e-invoicing platform (with VAT)
}

/** The money lines of the P&L and cash, summed over a period (a year). */
export interface PeriodTotals<N = Decimal> {
  revenueTtc: N;
  revenueHt: N;
  vatCollected: N;
  cogs: N;
  channelFees: N;
  shippingCosts: N;
  returnsCost: N;
  /** REP eco-contributions per unit sold: a variable charge, inside the contribution margin (issue 20). */
  repFees: N;
  contributionMargin: N;
  marketing: N;
  fixedCosts: N;
  setupCosts: N;
  /** Flat yearly REP fees and the e-invoicing platform: fixed charges (issue 20). */
  repFlatFees: N;
  eInvoicing: N;
  depreciation: N;
  interest: N;
  ownerPay: N;
  socialContributions: N;
  incomeTax: N;
  resultBeforeTax: N;
  stockPurchases: N;
  cashIn: N;
  cashOut: N;
  orders: N;
  visitors: N;
}

export interface YearResult<N = Decimal> {
  year: number; // 1..
  revenueHt: N;
  contributionMargin: N;
  fixedCharges: N;
  resultBeforeTax: N;
  corporateTax: N;
  netResult: N;
  /** null when revenue or contribution margin is not positive. */
  breakEvenRevenue: N | null;
  /** The year's point mort in days: breakEvenRevenue ÷ revenueHt × 30 × months; null when not reached in the year (break-even.ts). */
  breakEvenDays: N | null;
  workingCapital: N;
  /** Months in this year (the last year of a horizon that is not a multiple of 12 is shorter). */
  months: number;
  firstMonth: string; // YYYY-MM
  lastMonth: string; // YYYY-MM
  totals: PeriodTotals<N>;
  /** contributionMargin / revenueHt; null when revenue is not positive. */
  contributionMarginRate: N | null;
  /** Micro-entreprise only: result − social contributions − income tax (« revenu disponible »), else null. */
  disposableIncome: N | null;
  stockValue: N;
  cashEnd: N;
}

export interface AmountLine<N = Decimal> {
  /** The user's name of the item, or an English fallback for a generic line. */
  label: string;
  amount: N;
  /** Message id of a generic line (`plan.initial_stock`): render `t(lang, id)` instead of `label`. */
  id?: string;
  /** Where the item is in the project file (`investments[0]`). */
  path?: string;
}

export interface UnitCostBreakdown<N = Decimal> {
  strategy: 'resale' | 'outsourced' | 'in_house';
  /** Lines like purchase cost, materials, labour, packaging; their sum is `total` (VAT included under franchise). */
  lines: AmountLine<N>[];
  total: N;
  /** Deductible VAT per unit under the normal regime (0 under the franchise, where it is inside `total`). */
  vat: N;
  /** One-off setup cost of an outsourced strategy (not per unit), 0 otherwise. */
  setupCost: N;
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
  /** Refunded revenue HT and return shipping per unit (contribution = priceHt − cost − fees − shipping − returns − REP fee). */
  returnsPerUnit: Decimal;
  /** REP eco-contributions of one unit (issue 20), 0 when none. */
  repFeePerUnit: Decimal;
  /** Units of this product sold through this channel over the horizon (0 for alternatives). */
  horizonUnits: Decimal;
}

interface StockMonth {
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
  strategy: 'resale' | 'outsourced' | 'in_house';
  unitCost: Decimal;
  leadTimeDays: number | null;
  minimumOrderUnits: number;
  /** Months between a purchase and its payment. */
  paymentDelayMonths: number;
  supplierId: string | null;
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
  /** `initialStock`: the purchases of month 1 (at most the working capital), shown « dont » the working capital, not a need of its own; null when no working capital is needed. */
  financingPlan: { needs: AmountLine[]; resources: AmountLine[]; initialStock?: Decimal | null };
  unitEconomics: UnitEconomicsRow[];
  stock: StockPlan[];
  warnings: EngineWarning[];
  /** project.name */
  project: string;
  legalForm: 'micro_entreprise' | 'ei' | 'eurl' | 'sasu' | 'sarl' | 'sas' | null;
  vatRegime: 'franchise' | 'normal';
  /** The VAT franchise lost (art. 293 B CGI): normal regime from month index `from` (1-based), else null. */
  vatSwitch?: { from: number; reason: 'upper' | 'base' } | null;
  /** How the owner is insured: micro-entrepreneur, TNS at the IR (EI) or IS, assimilé salarié (src/engine/social). */
  ownerStatus?: 'micro' | 'tns_ir' | 'tns_is' | 'employee' | null;
  /** Whether the business pays the corporate tax (EURL, SARL, SAS, SASU, EI opting for the IS). */
  corporateTaxApplies?: boolean;
  /**
   * Totals of the initial financing plan, equal once balanced (issue 19), and its balance before the balancing line:
   * resources − needs, shown as the need « Trésorerie de départ » when positive, the resource « Besoin non couvert » when negative.
   */
  financingTotals: { needs: Decimal; resources: Decimal; balance: Decimal };
  /** Balance sheets, SIG, CAF, debt and financing plans by year (issue 19, stages/bank.ts). */
  bank: BankStatements;
}

export interface SensitivityRow {
  hypothesis: string; // id: traffic, conversion, items_per_order, prices, unit_costs, channel_fees, marketing, fixed_costs, return_rate
  resultLow: Decimal;
  resultHigh: Decimal;
  cashLow: Decimal;
  cashHigh: Decimal;
  resultSwing: Decimal;
  cashSwing: Decimal;
  /** The base scenario's year-1 result and lowest cash balance (same on every row). */
  resultBase: Decimal;
  cashBase: Decimal;
  /** 1 = largest swing. Rows come sorted by resultRank. */
  resultRank: number;
  cashRank: number;
}
